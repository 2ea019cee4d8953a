import { describe, expect, it } from 'vitest';
import { isValidFiscalCode } from '../../common/italian/fiscal-code.js';
import { demoLoginIdentities } from '../demo-login-identities.js';
import { DEMO_REFERENCE_DATE } from '../demo-reference-date.js';
import { DEMO_STAFF } from '../demo-staff.js';
import { pickDemoIdentities } from '../registry/demo-identities.js';
import { generateDemoPopulation } from '../registry/demo-population.js';
import { DEMO_TECHNICIAN } from './demo-technician.js';

describe('the demo technician', () => {
  it('should have a valid codice fiscale of her own, outside the population and the staff', () => {
    expect(DEMO_TECHNICIAN.fiscalCode).toBe('LMBCHR83H58D142X');
    expect(isValidFiscalCode(DEMO_TECHNICIAN.fiscalCode)).toBe(true);
    expect(DEMO_STAFF.map((member) => member.fiscalCode)).not.toContain(DEMO_TECHNICIAN.fiscalCode);
    const population = [...generateDemoPopulation({ seed: 42, referenceDate: DEMO_REFERENCE_DATE })];
    const codes = new Set(population.flatMap((entry) => entry.persons.map((person) => person.fiscalCode)));
    expect(codes.has(DEMO_TECHNICIAN.fiscalCode)).toBe(false);
  });

  it('should be offered on the test identity provider’s login page, after the clerks', () => {
    const identities = pickDemoIdentities({ seed: 42, referenceDate: DEMO_REFERENCE_DATE });
    const logins = demoLoginIdentities(identities, DEMO_STAFF, [DEMO_TECHNICIAN]);
    expect(logins).toHaveLength(10);
    expect(logins.at(-1)).toMatchObject({
      fiscalNumber: DEMO_TECHNICIAN.fiscalCode,
      givenName: 'Chiara',
      familyName: 'Lombardi',
      email: 'chiara.lombardi@example.com',
      label: expect.stringContaining('Tecnico incaricato'),
    });
  });
});

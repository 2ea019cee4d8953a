import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ImportFileValidator } from '../../registry/import/import-file-validator.js';
import { demoLoginIdentities } from '../demo-login-identities.js';
import { DEMO_REFERENCE_DATE } from '../demo-reference-date.js';
import { DEMO_STAFF } from '../demo-staff.js';
import { pickDemoIdentities } from './demo-identities.js';
import { generateDemoPopulation } from './demo-population.js';
import { demoPopulationCsv, shiftedExpiringCard } from './demo-population-csv.js';

function csvDigest(seed: number, size: number): { digest: string; lines: string[] } {
  const lines = [
    ...demoPopulationCsv(generateDemoPopulation({ seed, size, referenceDate: DEMO_REFERENCE_DATE })),
  ];
  return { digest: createHash('sha256').update(lines.join('')).digest('hex'), lines };
}

describe('demo population as an import file', () => {
  it('should be the same file for the same seed and another for another seed', () => {
    expect(csvDigest(42, 2000).digest).toBe(csvDigest(42, 2000).digest);
    expect(csvDigest(43, 2000).digest).not.toBe(csvDigest(42, 2000).digest);
  });

  it('should pass the importer’s checks, events included', () => {
    const { lines } = csvDigest(7, 3000);
    const header = lines[0].trimEnd().split(';');
    expect(header.at(-1)).toBe('events');
    const validator = new ImportFileValidator(header, { referenceDate: '2026-11-26' });
    const results = lines
      .slice(1)
      .map((line, index) => validator.check({ line: index + 2, values: line.trimEnd().split(';') }));
    expect(results.filter((result) => !result.ok)).toEqual([]);
    expect(validator.finish()).toEqual([]);
    expect(lines.some((line) => line.includes('marriage@'))).toBe(true);
  });

  it('should keep the demo identities whatever the seeding day, moving only the expiring card', () => {
    const identities = pickDemoIdentities({ seed: 42, referenceDate: DEMO_REFERENCE_DATE });
    const logins = demoLoginIdentities(identities, DEMO_STAFF);
    expect(logins.map((login) => login.fiscalNumber)).toEqual(
      demoLoginIdentities(
        pickDemoIdentities({ seed: 42, referenceDate: DEMO_REFERENCE_DATE }),
        DEMO_STAFF,
      ).map((login) => login.fiscalNumber),
    );
    expect(logins).toHaveLength(9);
    const card = identities.expiring_identity_card.person.identityDocument;
    expect(card).not.toBeNull();
    if (card) expect(shiftedExpiringCard(card, '2027-05-10', 20).expiresOn).toBe('2027-05-30');
  });

  it('should give the demo clerks valid, distinct codici fiscali outside the population', () => {
    const codes = DEMO_STAFF.map((member) => member.fiscalCode);
    expect(new Set(codes).size).toBe(4);
    const { lines } = csvDigest(42, 7000);
    for (const code of codes) expect(lines.some((line) => line.includes(code))).toBe(false);
  });
});

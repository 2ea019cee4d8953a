import { describe, expect, it } from 'vitest';
import { addDays, ageOn } from '../../common/calendar/civil-date.js';
import { isValidFiscalCode } from '../../common/italian/fiscal-code.js';
import { pickDemoIdentities } from './demo-identities.js';

const TODAY = '2026-03-01';

describe('pickDemoIdentities', () => {
  const identities = pickDemoIdentities({ seed: 42, referenceDate: TODAY });

  it('should be deterministic for the same seed and reference date', () => {
    expect(pickDemoIdentities({ seed: 42, referenceDate: TODAY })).toEqual(identities);
    expect(
      pickDemoIdentities({ seed: 43, referenceDate: TODAY }).resident_with_family.person.fiscalCode,
    ).not.toBe(identities.resident_with_family.person.fiscalCode);
  });

  it('should give a married head of household living with spouse and children', () => {
    const { person, household } = identities.resident_with_family;
    expect(person.maritalStatus).toBe('married');
    expect(household.headPersonId).toBe(person.id);
    expect(household.members.map((member) => member.relationshipCode)).toEqual(['01', '02', '03', '03']);
  });

  it('should give a minor of that same household', () => {
    const { person, household } = identities.minor;
    expect(ageOn(person.birthDate, TODAY)).toBeLessThan(18);
    expect(household.code).toBe(identities.resident_with_family.household.code);
  });

  it('should give a foreigner living alone', () => {
    const { person, household } = identities.single_foreigner;
    expect(person.citizenship).not.toBe('IT');
    expect(person.birthPlaceCode).toMatch(/^Z/);
    expect(household.members).toHaveLength(1);
  });

  it('should give an elderly widow whose late husband is kept in the household history', () => {
    const { person, household } = identities.elderly_widow;
    expect(person).toMatchObject({ sex: 'F', maritalStatus: 'widowed', status: 'resident' });
    expect(ageOn(person.birthDate, TODAY)).toBeGreaterThanOrEqual(75);
    expect(household.members.filter((member) => member.exitDate !== null)).toHaveLength(1);
  });

  it('should give a resident whose identity card expires in 20 days', () => {
    const document = identities.expiring_identity_card.person.identityDocument;
    expect(document?.kind).toBe('cie');
    expect(document?.expiresOn).toBe(addDays(TODAY, 20));
  });

  it('should give every identity a valid codice fiscale and an Italian description', () => {
    for (const identity of Object.values(identities)) {
      expect(isValidFiscalCode(identity.person.fiscalCode)).toBe(true);
      expect(identity.description.length).toBeGreaterThan(20);
    }
  });
});

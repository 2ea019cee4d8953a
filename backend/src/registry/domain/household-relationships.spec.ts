import { describe, expect, it } from 'vitest';
import { findHouseholdRelationship, HOUSEHOLD_RELATIONSHIPS } from './household-relationships.js';

describe('household relationships (ANPR)', () => {
  it('should map the main codes with Italian and English labels', () => {
    expect(findHouseholdRelationship('01')).toMatchObject({
      labelIt: 'Intestatario della scheda',
      valid: true,
    });
    expect(findHouseholdRelationship('2')).toMatchObject({ code: '02', labelEn: 'Husband / Wife' });
    expect(findHouseholdRelationship('03')?.labelIt).toBe('Figlio / Figlia');
    expect(findHouseholdRelationship('28')?.labelIt).toBe('Unito civilmente');
  });

  it('should keep the codes ANPR no longer accepts, marked as not valid', () => {
    for (const code of ['14', '15', '19', '26', '80', '81', '99']) {
      expect(findHouseholdRelationship(code)?.valid).toBe(false);
    }
  });

  it('should not know codes outside the table', () => {
    expect(findHouseholdRelationship('27')).toBeUndefined();
    expect(findHouseholdRelationship('1a')).toBeUndefined();
    expect(HOUSEHOLD_RELATIONSHIPS.every((relationship) => /^[0-9]{2}$/.test(relationship.code))).toBe(true);
  });
});

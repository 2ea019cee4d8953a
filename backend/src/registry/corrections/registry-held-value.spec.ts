import { describe, expect, it } from 'vitest';
import type { PersonRecord } from '../persistence/registry-records.js';
import { registryHeldValue } from './registry-held-value.js';

const PERSON: PersonRecord = {
  id: '00000000-0000-4000-8000-000000000001',
  fiscalCode: 'RSSMRA80A01I914X',
  familyName: 'Rossi',
  givenName: 'Maria',
  sex: 'F',
  birthDate: '1980-01-01',
  birthPlaceCode: 'I914',
  birthPlaceName: "Spino d'Adda",
  citizenship: 'IT',
  maritalStatus: 'married',
  status: 'resident',
  deathDate: null,
  identityDocument: { kind: 'cie', number: 'CA1234567', issuedOn: '2020-01-01', expiresOn: '2030-01-01' },
  blockedReason: null,
  membership: {
    householdId: 'h',
    householdCode: 'F1',
    headPersonId: null,
    relationshipCode: '01',
    entryDate: '2010-01-01',
    residenceSince: '2010-01-01',
    address: {
      kind: 'street',
      streetCode: '1',
      toponym: 'Via',
      streetName: 'Roma',
      civicNumber: '5',
      internal: null,
    },
  },
};

describe('the value a rettifica records as current', () => {
  it('should be what the visura shows for each datum the registry holds', () => {
    const value = (field: Parameters<typeof registryHeldValue>[1], person = PERSON) =>
      registryHeldValue(person, field, "Spino d'Adda (CR)");
    expect(value('family_name')).toBe('Rossi');
    expect(value('sex')).toBe('Femminile');
    expect(value('birth_date')).toBe('01/01/1980');
    expect(value('birth_place')).toBe("Spino d'Adda (CR)");
    expect(value('citizenship')).toBe('Italia');
    expect(value('marital_status')).toBe('Coniugata');
    expect(value('address')).toBe("Via Roma 5 - Spino d'Adda (CR)");
    expect(value('identity_document')).toBe("Carta d'identità elettronica n. CA1234567");
  });

  it('should leave to the resident what the source does not show', () => {
    const fromAnpr = { ...PERSON, citizenship: null, maritalStatus: null, identityDocument: null };
    for (const field of ['household', 'other'] as const)
      expect(registryHeldValue(PERSON, field, '')).toBeUndefined();
    for (const field of ['citizenship', 'marital_status', 'identity_document'] as const) {
      expect(registryHeldValue(fromAnpr, field, '')).toBeUndefined();
    }
  });
});

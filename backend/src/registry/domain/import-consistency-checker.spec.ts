import { describe, expect, it } from 'vitest';
import type { ImportRecord } from './import-columns.js';
import { createImportConsistencyChecker } from './import-consistency-checker.js';

let nextLine = 2;

function record(
  overrides: Partial<ImportRecord> & { fiscalCode?: string; status?: ImportRecord['person']['status'] },
): ImportRecord {
  const { fiscalCode, status, ...rest } = overrides;
  return {
    line: nextLine++,
    householdCode: 'F1',
    relationshipCode: '01',
    entryDate: '2015-09-01',
    exitDate: null,
    address: {
      kind: 'street',
      streetCode: '0007',
      toponym: 'Via',
      streetName: 'Monsignor Quaini',
      civicNumber: '12',
      internal: null,
    },
    personId: null,
    person: {
      fiscalCode: fiscalCode ?? `CODE${nextLine}`,
      givenName: 'Giulia',
      familyName: 'Bianchi',
      sex: 'F',
      birthDate: '1990-03-15',
      birthPlaceCode: 'I914',
      birthPlaceName: "Spino d'Adda",
      citizenship: 'IT',
      maritalStatus: 'single',
      identityDocument: null,
      status: status ?? 'resident',
    },
    ...rest,
  };
}

function check(records: ImportRecord[]) {
  const checker = createImportConsistencyChecker();
  for (const item of records) checker.add(item);
  return checker.errors();
}

describe('createImportConsistencyChecker', () => {
  it('should find nothing wrong in a well-formed household', () => {
    expect(
      check([
        record({ householdCode: 'F1' }),
        record({ householdCode: 'F1', relationshipCode: '02' }),
        record({ householdCode: 'F1', relationshipCode: '03' }),
      ]),
    ).toEqual([]);
  });

  it('should report a codice fiscale seen twice on the later line, naming the first', () => {
    const first = record({ fiscalCode: 'BNCGLI90C55I914P', householdCode: 'F1' });
    const second = record({ fiscalCode: 'BNCGLI90C55I914P', householdCode: 'F2' });
    expect(check([first, second])).toEqual([
      {
        line: second.line,
        field: 'fiscal_code',
        reason: `codice fiscale già presente alla riga ${first.line}`,
      },
    ]);
  });

  it('should report a person id seen twice', () => {
    const first = record({ personId: 'P1', householdCode: 'F1' });
    const second = record({ personId: 'P1', householdCode: 'F2' });
    expect(check([first, second])).toEqual([
      {
        line: second.line,
        field: 'person_id',
        reason: `identificativo persona già presente alla riga ${first.line}`,
      },
    ]);
  });

  it('should report a household without a head on its first line', () => {
    const spouse = record({ householdCode: 'F9', relationshipCode: '02' });
    const child = record({ householdCode: 'F9', relationshipCode: '03' });
    expect(check([spouse, child])).toEqual([
      {
        line: spouse.line,
        field: 'relationship_code',
        reason: expect.stringContaining('F9 non ha un intestatario'),
      },
    ]);
  });

  it('should report a household with two heads on the second head', () => {
    const first = record({ householdCode: 'F3' });
    const second = record({ householdCode: 'F3' });
    expect(check([first, second])).toEqual([
      {
        line: second.line,
        field: 'relationship_code',
        reason: `la famiglia F3 ha più intestatari (righe ${first.line}, ${second.line})`,
      },
    ]);
  });

  it('should not count a head who left the household, nor require a head in a household that is only history', () => {
    const lateHead = record({ householdCode: 'F4', exitDate: '2020-01-01', status: 'deceased' });
    const newHead = record({ householdCode: 'F4' });
    const goneAlone = record({
      householdCode: 'F5',
      relationshipCode: '03',
      exitDate: '2021-01-01',
      status: 'emigrated',
    });
    expect(check([lateHead, newHead, goneAlone])).toEqual([]);
  });

  it('should report a member living at another address than the household', () => {
    const head = record({ householdCode: 'F6' });
    const elsewhere = record({
      householdCode: 'F6',
      relationshipCode: '03',
      address: {
        kind: 'street',
        streetCode: '0005',
        toponym: 'Via',
        streetName: 'Milano',
        civicNumber: '1',
        internal: null,
      },
    });
    expect(check([head, elsewhere])).toEqual([
      {
        line: elsewhere.line,
        field: 'street_code',
        reason: `indirizzo diverso da quello della famiglia F6 (riga ${head.line})`,
      },
    ]);
  });

  it('should report a household mixing residents and AIRE members', () => {
    const abroad = {
      kind: 'abroad',
      countryCode: 'Z133',
      locality: 'Lugano',
      addressLine: 'Via Cantonale 4',
    } as const;
    const head = record({ householdCode: 'F7', status: 'aire', address: abroad });
    const resident = record({ householdCode: 'F7', relationshipCode: '02' });
    expect(check([head, resident])).toEqual([
      {
        line: resident.line,
        field: 'status',
        reason: expect.stringContaining('mescola residenti e iscritti AIRE'),
      },
    ]);
  });

  it('should return the problems ordered by line', () => {
    const noHead = record({ householdCode: 'F8', relationshipCode: '02' });
    const first = record({ fiscalCode: 'X', householdCode: 'F10' });
    const duplicate = record({ fiscalCode: 'X', householdCode: 'F11' });
    const lines = check([noHead, first, duplicate]).map((error) => error.line);
    expect(lines).toEqual([noHead.line, duplicate.line]);
  });
});

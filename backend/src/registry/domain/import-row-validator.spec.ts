import { describe, expect, it } from 'vitest';
import { computeFiscalCode } from '../../common/italian/fiscal-code.js';
import type { ImportColumn } from './import-columns.js';
import { type ImportValidationContext, validateImportRow } from './import-row-validator.js';

const CONTEXT: ImportValidationContext = { referenceDate: '2026-03-01' };

/** Giulia Bianchi, born in Spino d'Adda on 15 March 1990 (code checked by hand in fiscal-code.spec.ts). */
function row(overrides: Partial<Record<ImportColumn, string>> = {}): Record<string, string> {
  return {
    household_code: 'F0000001',
    relationship_code: '01',
    entry_date: '2015-09-01',
    exit_date: '',
    street_code: '0007',
    street_toponym: 'Via',
    street_name: 'Monsignor Quaini',
    civic_number: '12/B',
    internal: '3',
    abroad_country_code: '',
    abroad_locality: '',
    abroad_address: '',
    person_id: 'P0000001',
    fiscal_code: 'BNCGLI90C55I914P',
    family_name: 'Bianchi',
    given_name: 'Giulia',
    sex: 'F',
    birth_date: '1990-03-15',
    birth_place_code: 'I914',
    birth_place_name: '',
    citizenship: 'IT',
    marital_status: 'single',
    status: 'resident',
    death_date: '',
    id_document_kind: 'cie',
    id_document_number: 'CA12345AB',
    id_document_issued_on: '2019-05-10',
    id_document_expires_on: '2030-03-15',
    ...overrides,
  };
}

function errorsOf(overrides: Partial<Record<ImportColumn, string>>, context = CONTEXT) {
  const result = validateImportRow(row(overrides), 7, context);
  return result.ok ? [] : result.errors;
}

function expectError(
  overrides: Partial<Record<ImportColumn, string>>,
  field: ImportColumn,
  fragment: string,
) {
  expect(errorsOf(overrides)).toContainEqual({ line: 7, field, reason: expect.stringContaining(fragment) });
}

describe('validateImportRow', () => {
  it('should accept a complete row and return the normalized record', () => {
    const result = validateImportRow(
      row({
        relationship_code: '1',
        entry_date: '01/09/2015',
        fiscal_code: ' bncgli90c55i914p',
        sex: 'f',
        civic_number: '12/b',
      }),
      2,
      CONTEXT,
    );
    expect(result).toEqual({
      ok: true,
      record: {
        line: 2,
        householdCode: 'F0000001',
        relationshipCode: '01',
        entryDate: '2015-09-01',
        exitDate: null,
        address: {
          kind: 'street',
          streetCode: '0007',
          toponym: 'Via',
          streetName: 'Monsignor Quaini',
          civicNumber: '12/B',
          internal: '3',
        },
        personId: 'P0000001',
        person: {
          fiscalCode: 'BNCGLI90C55I914P',
          givenName: 'Giulia',
          familyName: 'Bianchi',
          sex: 'F',
          birthDate: '1990-03-15',
          birthPlaceCode: 'I914',
          birthPlaceName: "Spino d'Adda",
          citizenship: 'IT',
          maritalStatus: 'single',
          identityDocument: {
            kind: 'cie',
            number: 'CA12345AB',
            issuedOn: '2019-05-10',
            expiresOn: '2030-03-15',
          },
          status: 'resident',
        },
      },
    });
  });

  it('should accept a row without person id, internal and identity document', () => {
    const result = validateImportRow(
      row({
        person_id: '',
        internal: '',
        civic_number: 'SNC',
        id_document_kind: '',
        id_document_number: '',
        id_document_issued_on: '',
        id_document_expires_on: '',
      }),
      3,
      CONTEXT,
    );
    expect(result.ok && result.record).toMatchObject({ personId: null, person: { identityDocument: null } });
  });

  it('should report every missing required field, not only the first', () => {
    const errors = errorsOf({ family_name: '', household_code: ' ', citizenship: '' });
    expect(errors.map((error) => error.field).sort()).toEqual([
      'citizenship',
      'family_name',
      'household_code',
    ]);
    expect(errors.every((error) => error.reason === 'campo obbligatorio mancante')).toBe(true);
  });

  describe('fiscal code', () => {
    it('should refuse a wrong check character, naming it', () => {
      expectError({ fiscal_code: 'BNCGLI90C55I914A' }, 'fiscal_code', 'carattere di controllo');
    });

    it('should refuse an 11-digit temporary code', () => {
      expectError({ fiscal_code: '12345678901' }, 'fiscal_code', '11 cifre');
    });

    it('should refuse a code of the other sex, another birth date or another birth place', () => {
      expectError({ sex: 'M' }, 'fiscal_code', 'sesso F, non M');
      expectError({ birth_date: '1990-03-16' }, 'fiscal_code', 'data di nascita 1990-03-16');
      expectError({ birth_place_code: 'D142' }, 'fiscal_code', 'luogo di nascita I914, non D142');
    });

    it('should accept an omocode of the same person', () => {
      expect(errorsOf({ fiscal_code: 'BNCGLI90C55I9MQX' })).toEqual([]);
    });
  });

  describe('dates', () => {
    it('should refuse a date that does not exist', () => {
      expectError({ birth_date: '1990-02-30' }, 'birth_date', 'non è una data valida');
      expectError({ entry_date: '31/06/2015' }, 'entry_date', 'non è una data valida');
    });

    it('should refuse a birth in the future and a birth too long ago', () => {
      expectError({ birth_date: '2026-03-02' }, 'birth_date', 'nel futuro');
      expectError({ birth_date: '1850-01-01' }, 'birth_date', 'troppo remota');
    });

    it('should refuse an entry before the birth and an exit before the entry', () => {
      expectError({ entry_date: '1989-01-01' }, 'entry_date', 'precede la nascita');
      expectError(
        {
          status: 'emigrated',
          exit_date: '2015-08-01',
          id_document_kind: '',
          id_document_number: '',
          id_document_issued_on: '',
          id_document_expires_on: '',
        },
        'exit_date',
        'precede quella di ingresso',
      );
    });

    it('should refuse a document issued before the birth or expiring before its issue', () => {
      expectError({ id_document_issued_on: '1989-01-01' }, 'id_document_issued_on', 'prima della nascita');
      expectError(
        { id_document_expires_on: '2019-05-10' },
        'id_document_expires_on',
        'successiva al rilascio',
      );
    });
  });

  describe('codes', () => {
    it('should refuse a relationship code that ANPR does not know or no longer accepts', () => {
      expectError({ relationship_code: '27' }, 'relationship_code', '«27» sconosciuto');
      expectError({ relationship_code: '14' }, 'relationship_code', 'non è più ammesso');
    });

    it('should refuse a malformed or unknown birth place code', () => {
      expectError({ birth_place_code: 'N123' }, 'birth_place_code', 'non è un codice catastale');
      expectError({ birth_place_code: 'A999' }, 'birth_place_code', '«A999» sconosciuto');
    });

    it('should use the place lookup given by the importer', () => {
      const fiscalCode = computeFiscalCode({
        familyName: 'Bianchi',
        givenName: 'Giulia',
        sex: 'F',
        birthDate: '1990-03-15',
        birthPlaceCode: 'A999',
      });
      const overrides = { birth_place_code: 'A999', fiscal_code: fiscalCode };
      expect(errorsOf(overrides)).toHaveLength(1);
      const fullList: ImportValidationContext = {
        ...CONTEXT,
        findPlace: (code) =>
          code === 'A999' ? { kind: 'municipality', name: 'Comune di prova' } : undefined,
      };
      const result = validateImportRow(row(overrides), 7, fullList);
      expect(result.ok && result.record.person.birthPlaceName).toBe('Comune di prova');
    });

    it('should refuse an unknown citizenship', () => {
      expectError({ citizenship: 'XX' }, 'citizenship', '«XX» sconosciuta');
      expectError({ citizenship: 'ITA' }, 'citizenship', 'ISO 3166-1');
    });

    it('should refuse values outside the enumerations', () => {
      expectError({ marital_status: 'nubile' }, 'marital_status', 'non ammesso');
      expectError({ status: 'residente' }, 'status', 'non ammesso');
      expectError({ sex: 'X' }, 'sex', 'non ammesso');
      expectError({ id_document_kind: 'passport' }, 'id_document_kind', 'non ammesso');
    });

    it('should refuse malformed document numbers, civic numbers and names', () => {
      expectError({ id_document_number: 'AX1234567' }, 'id_document_number', 'elettronica non valido');
      expectError(
        { id_document_kind: 'paper', id_document_number: 'CA12345AB' },
        'id_document_number',
        'cartacea',
      );
      expectError({ civic_number: '0' }, 'civic_number', 'numero civico non valido');
      expectError({ given_name: 'Giulia2' }, 'given_name', 'caratteri non ammessi');
    });
  });

  describe('coherence of the person', () => {
    it('should refuse a married person younger than 16', () => {
      const fiscalCode = computeFiscalCode({
        familyName: 'Bianchi',
        givenName: 'Giulia',
        sex: 'F',
        birthDate: '2011-03-15',
        birthPlaceCode: 'I914',
      });
      expectError(
        {
          birth_date: '2011-03-15',
          fiscal_code: fiscalCode,
          entry_date: '2011-03-15',
          marital_status: 'married',
        },
        'marital_status',
        '16 anni',
      );
    });

    it('should require death and exit dates for a deceased person, and refuse a death date otherwise', () => {
      const deceased = errorsOf({ status: 'deceased' });
      expect(deceased.map((error) => error.field)).toEqual(
        expect.arrayContaining(['death_date', 'exit_date']),
      );
      expectError({ death_date: '2020-01-01' }, 'death_date', 'solo con stato');
      expectError({ exit_date: '2020-01-01' }, 'exit_date', 'indicare la famiglia attuale');
    });

    it('should accept an AIRE member with an address abroad and refuse a street address for AIRE', () => {
      const abroad = {
        status: 'aire',
        street_code: '',
        street_toponym: '',
        street_name: '',
        civic_number: '',
        internal: '',
        abroad_country_code: 'Z133',
        abroad_locality: 'Lugano',
        abroad_address: 'Via Cantonale 4',
      };
      const result = validateImportRow(row(abroad), 9, CONTEXT);
      expect(result.ok && result.record.address).toEqual({
        kind: 'abroad',
        countryCode: 'Z133',
        locality: 'Lugano',
        addressLine: 'Via Cantonale 4',
      });
      expectError({ ...abroad, street_code: '0007' }, 'street_code', 'AIRE');
      expectError({ ...abroad, abroad_country_code: 'F205' }, 'abroad_country_code', 'Stato estero');
      expectError(
        { abroad_country_code: 'Z133', abroad_locality: 'Lugano' },
        'abroad_country_code',
        'solo per gli iscritti',
      );
    });
  });
});

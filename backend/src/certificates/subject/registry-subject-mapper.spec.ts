import { describe, expect, it } from 'vitest';
import { applicableTypes } from '../domain/certificate-applicability.js';
import {
  type RegistryHouseholdRow,
  type RegistryMemberRow,
  type RegistryPersonRow,
  type RegistrySubjectRecord,
  toCertificateSubject,
} from './registry-subject-mapper.js';
import { printedRelationship } from './relationship-label.js';

function person(overrides: Partial<RegistryPersonRow> = {}): RegistryPersonRow {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    fiscalCode: 'RSSMRA75D21I914X',
    givenName: 'Mario',
    familyName: 'Rossi',
    sex: 'M',
    birthDate: '1975-04-21',
    birthPlaceCode: 'I914',
    birthPlaceName: "Spino d'Adda",
    citizenship: 'IT',
    maritalStatus: 'married',
    status: 'resident',
    deathDate: null,
    recordBlocked: false,
    ...overrides,
  };
}

const WIFE = person({
  id: '00000000-0000-4000-8000-000000000002',
  fiscalCode: 'BNCNNA78P43F205Y',
  givenName: 'Anna',
  familyName: 'Bianchi',
  sex: 'F',
  birthDate: '1978-09-03',
  birthPlaceCode: 'F205',
  birthPlaceName: 'Milano',
});

const DAUGHTER = person({
  id: '00000000-0000-4000-8000-000000000003',
  fiscalCode: 'RSSGLI09B54D142Z',
  givenName: 'Giulia',
  sex: 'F',
  birthDate: '2009-02-14',
  birthPlaceCode: 'D142',
  birthPlaceName: 'Crema',
  maritalStatus: 'single',
});

const STREET_HOUSEHOLD: RegistryHouseholdRow = {
  id: 'household',
  streetToponym: 'Via',
  streetName: 'Roma',
  civicNumber: '12',
  internal: '3',
  abroadCountryCode: null,
  abroadLocality: null,
  abroadAddress: null,
};

function member(row: RegistryPersonRow, relationshipCode: string): RegistryMemberRow {
  return { ...row, relationshipCode, isHead: relationshipCode === '01' };
}

function record(overrides: Partial<RegistrySubjectRecord> = {}): RegistrySubjectRecord {
  return {
    person: person(),
    household: STREET_HOUSEHOLD,
    members: [member(person(), '01'), member(WIFE, '02'), member(DAUGHTER, '03')],
    events: [{ kind: 'marriage', date: '2004-05-15', placeCode: 'I914', placeName: "Spino d'Adda" }],
    marriagePartner: WIFE,
    civilUnionPartner: null,
    ...overrides,
  };
}

describe('toCertificateSubject', () => {
  it('should map a married resident with the household, the spouse and the places of the registry', () => {
    const subject = toCertificateSubject(record());
    expect(subject.person).toEqual({
      givenName: 'Mario',
      familyName: 'Rossi',
      sex: 'M',
      birthDate: '1975-04-21',
      birthPlace: { locality: "Spino d'Adda", provinceCode: 'CR' },
      fiscalCode: 'RSSMRA75D21I914X',
    });
    expect(subject.registration).toBe('resident');
    expect(subject.residence).toEqual({ street: 'Via Roma', civicNumber: '12', internal: '3' });
    expect(subject.citizenships).toEqual([{ countryCode: 'IT', label: 'italiana' }]);
    expect(subject.maritalStatus).toEqual({ status: 'married', since: '2004-05-15' });
    expect(subject.marriage).toMatchObject({
      partner: { familyName: 'Bianchi', birthPlace: { locality: 'Milano', provinceCode: 'MI' } },
      date: '2004-05-15',
      place: { locality: "Spino d'Adda", provinceCode: 'CR' },
    });
    expect(subject.household?.members.map((entry) => [entry.relationship, entry.isHead])).toEqual([
      ['intestatario', true],
      ['moglie', false],
      ['figlia', false],
    ]);
    expect(subject.openProcedure).toBe(false);
    const available = applicableTypes(subject)
      .filter((entry) => entry.available)
      .map((entry) => entry.type);
    expect(available).toContain('marriage');
    expect(available).not.toContain('free_status');
  });

  it('should leave the marriage out when the registry cannot name the spouse', () => {
    const subject = toCertificateSubject(record({ marriagePartner: null }));
    expect(subject.marriage).toBeUndefined();
    expect(applicableTypes(subject).find((entry) => entry.type === 'marital_status')).toMatchObject({
      available: false,
      reason: "I dati del matrimonio non risultano registrati: contattare l'ufficio anagrafe.",
    });
  });

  it('should end the marriage with the divorce and date the status from it', () => {
    const subject = toCertificateSubject(
      record({
        person: person({ maritalStatus: 'divorced' }),
        events: [
          { kind: 'marriage', date: '2004-05-15', placeCode: 'I914', placeName: null },
          { kind: 'divorce', date: '2019-11-30', placeCode: null, placeName: null },
        ],
      }),
    );
    expect(subject.maritalStatus).toEqual({ status: 'divorced', since: '2019-11-30' });
    expect(subject.marriage).toMatchObject({ endReason: 'divorce', endDate: '2019-11-30' });
  });

  it('should end the marriage with the death of the spouse for a widower', () => {
    const subject = toCertificateSubject(
      record({
        person: person({ maritalStatus: 'widowed' }),
        marriagePartner: { ...WIFE, status: 'deceased', deathDate: '2021-01-09' },
      }),
    );
    expect(subject.maritalStatus).toEqual({ status: 'widowed', since: '2021-01-09' });
    expect(subject.marriage).toMatchObject({ endReason: 'death', endDate: '2021-01-09' });
  });

  it('should map a citizen registered abroad, born in a state recorded without a city', () => {
    const abroad = person({
      status: 'aire',
      birthPlaceCode: 'Z600',
      birthPlaceName: 'Argentina',
      maritalStatus: 'single',
    });
    const subject = toCertificateSubject({
      person: abroad,
      household: {
        ...STREET_HOUSEHOLD,
        streetToponym: null,
        streetName: null,
        civicNumber: null,
        internal: null,
        abroadCountryCode: 'Z600',
        abroadLocality: 'Buenos Aires',
        abroadAddress: 'Avenida de Mayo 1370',
      },
      members: [member(abroad, '01')],
      events: [{ kind: 'aire_registration', date: '2016-03-01', placeCode: 'Z600', placeName: null }],
      marriagePartner: null,
      civilUnionPartner: null,
    });
    expect(subject.registration).toBe('aire');
    expect(subject.residence).toBeUndefined();
    expect(subject.foreignResidence).toEqual({
      addressLine: 'Avenida de Mayo 1370',
      locality: 'Buenos Aires',
      country: 'Argentina',
    });
    expect(subject.aireSince).toBe('2016-03-01');
    expect(subject.person.birthPlace).toEqual({ locality: 'Argentina', country: 'Argentina' });
  });

  it('should treat an AIRE address without its street as not registered', () => {
    const subject = toCertificateSubject(
      record({
        person: person({ status: 'aire' }),
        household: {
          ...STREET_HOUSEHOLD,
          streetName: null,
          civicNumber: null,
          abroadCountryCode: 'Z600',
          abroadLocality: 'Rosario',
        },
      }),
    );
    expect(subject.foreignResidence).toBeUndefined();
  });

  it('should block every certificate while the office keeps the record blocked, and mark emigrants as cancelled', () => {
    const blocked = toCertificateSubject(record({ person: person({ recordBlocked: true }) }));
    expect(blocked.openProcedure).toBe(true);
    expect(applicableTypes(blocked).every((entry) => !entry.available)).toBe(true);
    expect(toCertificateSubject(record({ person: person({ status: 'emigrated' }) })).registration).toBe(
      'cancelled',
    );
  });
});

describe('printedRelationship', () => {
  it('should agree with the sex of the member and print the head as intestatario or intestataria', () => {
    expect(printedRelationship('03', 'M', false)).toBe('figlio');
    expect(printedRelationship('03', 'F', false)).toBe('figlia');
    expect(printedRelationship('02', 'F', false)).toBe('moglie');
    expect(printedRelationship('28', 'F', false)).toBe('unita civilmente');
    expect(printedRelationship('28', 'M', false)).toBe('unito civilmente');
    expect(printedRelationship('13', 'F', false)).toBe('altro parente');
    expect(printedRelationship('01', 'F', true)).toBe('intestataria');
    expect(printedRelationship('77', 'M', false)).toBe('rapporto non definito');
  });
});

import type { CertificateSubject, HouseholdMember, PersonGeneralities } from './certificate-subject.js';

/** Registry subjects for the certificates tests: each call returns a fresh object the test may change. */

export const MARIO: PersonGeneralities = {
  givenName: 'Mario',
  familyName: 'Rossi',
  sex: 'M',
  birthDate: '1980-05-12',
  birthPlace: { locality: 'Crema', provinceCode: 'CR' },
  fiscalCode: 'RSSMRA80E12D142X',
};

export const ANNA: PersonGeneralities = {
  givenName: 'Anna',
  familyName: 'Bianchi',
  sex: 'F',
  birthDate: '1982-07-03',
  birthPlace: { locality: 'Lodi', provinceCode: 'LO' },
  fiscalCode: 'BNCNNA82L43E648K',
};

export const LUCA: PersonGeneralities = {
  givenName: 'Luca',
  familyName: 'Rossi',
  sex: 'M',
  birthDate: '2012-01-20',
  birthPlace: { locality: 'Crema', provinceCode: 'CR' },
  fiscalCode: 'RSSLCU12A20D142Y',
};

export function marriedResident(): CertificateSubject {
  const members: HouseholdMember[] = [
    { person: MARIO, relationship: 'intestatario', isHead: true, maritalStatus: { status: 'married' } },
    { person: ANNA, relationship: 'moglie', isHead: false, maritalStatus: { status: 'married' } },
    { person: LUCA, relationship: 'figlio', isHead: false, maritalStatus: { status: 'single' } },
  ];
  return {
    person: { ...MARIO },
    registration: 'resident',
    residence: { street: 'Via Roma', civicNumber: '12', internal: '3' },
    citizenships: [{ countryCode: 'IT', label: 'italiana' }],
    maritalStatus: { status: 'married', since: '2010-06-12' },
    marriage: {
      partner: ANNA,
      date: '2010-06-12',
      place: { locality: "Spino d'Adda", provinceCode: 'CR' },
      actReference: 'atto n. 8, parte I, anno 2010',
    },
    household: { members },
  };
}

export function singleResident(): CertificateSubject {
  const giulia: PersonGeneralities = {
    givenName: 'Giulia',
    familyName: 'Verdi',
    sex: 'F',
    birthDate: '1995-11-30',
    birthPlace: { locality: 'Milano', provinceCode: 'MI' },
    fiscalCode: 'VRDGLI95S70F205Z',
  };
  return {
    person: giulia,
    registration: 'resident',
    residence: { street: 'Piazza XXV Aprile', civicNumber: '1' },
    citizenships: [{ countryCode: 'IT', label: 'italiana' }],
    maritalStatus: { status: 'single' },
    household: {
      members: [
        { person: giulia, relationship: 'intestataria', isHead: true, maritalStatus: { status: 'single' } },
      ],
    },
  };
}

export function aireSubject(): CertificateSubject {
  const paolo: PersonGeneralities = {
    givenName: 'Paolo',
    familyName: 'Esposito',
    sex: 'M',
    birthDate: '1975-02-14',
    birthPlace: { locality: "Spino d'Adda", provinceCode: 'CR' },
    fiscalCode: 'SPSPLA75B14I914W',
  };
  return {
    person: paolo,
    registration: 'aire',
    foreignResidence: { addressLine: 'Calle Florida 100', locality: 'Buenos Aires', country: 'Argentina' },
    aireSince: '2005-09-01',
    citizenships: [{ countryCode: 'IT', label: 'italiana' }],
    maritalStatus: { status: 'single' },
    household: {
      members: [
        { person: paolo, relationship: 'intestatario', isHead: true, maritalStatus: { status: 'single' } },
      ],
    },
  };
}

import { describe, expect, it } from 'vitest';
import { applicableTypes } from './certificate-applicability.js';
import { ANNA, aireSubject, marriedResident, singleResident } from './certificate-subject.fixtures.js';
import type { CertificateSubject } from './certificate-subject.js';
import { CERTIFICATE_TYPE_CODES, type CertificateTypeCode } from './certificate-types.js';

function availability(subject: CertificateSubject, requesterFiscalCode?: string) {
  const entries = applicableTypes(subject, { requesterFiscalCode });
  return {
    available: entries.filter((entry) => entry.available).map((entry) => entry.type),
    reason: (type: CertificateTypeCode) => entries.find((entry) => entry.type === type)?.reason,
  };
}

describe('applicableTypes', () => {
  it('should answer for every type of the national list, in catalog order, with a reason only when unavailable', () => {
    const entries = applicableTypes(marriedResident());
    expect(entries.map((entry) => entry.type)).toEqual([...CERTIFICATE_TYPE_CODES]);
    for (const entry of entries) {
      expect(entry.available ? entry.reason : typeof entry.reason).toBe(
        entry.available ? undefined : 'string',
      );
    }
  });

  it('should offer a married resident the residence, household, marriage and marital-status types', () => {
    const { available } = availability(marriedResident());
    expect(available).toEqual([
      'residence',
      'household',
      'household_relationships',
      'household_marital_status',
      'birth',
      'citizenship',
      'existence',
      'marital_status',
      'marriage',
    ]);
  });

  it('should refuse AIRE types to a resident in Italy and stato libero to a married person', () => {
    const { reason } = availability(marriedResident());
    expect(reason('residence_aire')).toContain('risiede in Italia');
    expect(reason('household_aire')).toContain('risiede in Italia');
    expect(reason('free_status')).toContain('coniugata');
  });

  it('should refuse the marriage certificate to someone never married and offer stato libero', () => {
    const { available, reason } = availability(singleResident());
    expect(available).toContain('free_status');
    expect(reason('marriage')).toBe('Non risulta alcun matrimonio registrato per questa persona.');
    expect(reason('civil_union')).toContain('Non risulta alcuna unione civile');
  });

  it('should refuse household relationships when the household is one person', () => {
    const { available, reason } = availability(singleResident());
    expect(available).toContain('household');
    expect(reason('household_relationships')).toContain('una sola persona');
  });

  it('should offer both stato libero and the marriage certificate to a divorced person', () => {
    const subject = marriedResident();
    subject.maritalStatus = { status: 'divorced', since: '2018-03-01' };
    subject.marriage = { ...subject.marriage!, endDate: '2018-03-01', endReason: 'divorce' };
    const { available } = availability(subject);
    expect(available).toEqual(expect.arrayContaining(['free_status', 'marriage', 'marital_status']));
  });

  it('should offer an AIRE subject only the AIRE and non-residence types', () => {
    const { available, reason } = availability(aireSubject());
    expect(available).toEqual([
      'residence_aire',
      'household_aire',
      'birth',
      'citizenship',
      'existence',
      'marital_status',
      'free_status',
    ]);
    expect(reason('residence')).toContain("iscritta all'AIRE");
    expect(reason('household_relationships')).toContain("iscritta all'AIRE");
  });

  it('should refuse the birth certificate to an AIRE subject born abroad', () => {
    const subject = aireSubject();
    subject.person = { ...subject.person, birthPlace: { locality: 'Rosario', country: 'Argentina' } };
    expect(availability(subject).reason('birth')).toContain('ufficio di stato civile');
  });

  it('should refuse the marriage certificate when the marriage followed the AIRE registration', () => {
    const subject = aireSubject();
    subject.maritalStatus = { status: 'married' };
    subject.marriage = {
      partner: ANNA,
      date: '2008-05-05',
      place: { locality: 'Buenos Aires', country: 'Argentina' },
    };
    expect(availability(subject).reason('marriage')).toContain("successivo all'iscrizione all'AIRE");
  });

  it.each([
    ['deceased', { registration: 'deceased' }, 'deceduta'],
    ['cancelled', { registration: 'cancelled' }, 'non risulta più iscritta'],
    ['incomplete', { recordIncomplete: true }, 'incompleta'],
    ['under an open procedure', { openProcedure: true }, 'procedimento'],
  ] as const)(
    'should refuse every type, esistenza in vita included, when the record is %s',
    (_, change, words) => {
      const subject = { ...marriedResident(), ...change };
      const entries = applicableTypes(subject);
      expect(entries.filter((entry) => entry.available)).toEqual([]);
      expect(entries.every((entry) => entry.reason?.includes(words))).toBe(true);
    },
  );

  it('should refuse the citizenship certificate for dual, foreign or undetermined citizenship', () => {
    const dual = {
      ...marriedResident(),
      citizenships: [...marriedResident().citizenships, { countryCode: 'AR', label: 'argentina' }],
    };
    const foreign = { ...marriedResident(), citizenships: [{ countryCode: 'FR', label: 'francese' }] };
    const undetermined = { ...marriedResident(), citizenshipUndetermined: true };
    expect(availability(dual).reason('citizenship')).toContain('più cittadinanze');
    expect(availability(foreign).reason('citizenship')).toContain('cittadinanza italiana');
    expect(availability(undetermined).reason('citizenship')).toContain('definizione');
  });

  it('should offer residence in convivenza instead of the household types to a member of a convivenza', () => {
    const subject: CertificateSubject = {
      ...singleResident(),
      household: undefined,
      cohabitation: { name: 'RSA Santa Chiara' },
    };
    const { available, reason } = availability(subject);
    expect(available).toContain('residence_cohabitation');
    expect(available).not.toContain('household');
    expect(reason('household')).toContain('convivenza anagrafica');
    expect(availability(singleResident()).reason('residence_cohabitation')).toContain(
      'non fa parte di una convivenza',
    );
  });

  it('should refuse the household types when the household has no head', () => {
    const subject = marriedResident();
    subject.household = {
      members: subject.household!.members.map((member) => ({ ...member, isHead: false })),
    };
    expect(availability(subject).reason('household')).toContain('priva di intestatario');
  });

  it('should refuse stato di famiglia e di stato civile when a member has no recorded marital status', () => {
    const subject = marriedResident();
    subject.household!.members[2] = { ...subject.household!.members[2], maritalStatus: undefined };
    const { available, reason } = availability(subject);
    expect(available).toContain('household');
    expect(reason('household_marital_status')).toContain('stato civile di un componente');
  });

  it('should offer the civil-union certificate only to a person in a civil union', () => {
    const subject = singleResident();
    subject.maritalStatus = { status: 'civil_union', since: '2020-09-19' };
    subject.civilUnion = {
      partner: ANNA,
      date: '2020-09-19',
      place: { locality: 'Crema', provinceCode: 'CR' },
    };
    const { available, reason } = availability(subject);
    expect(available).toContain('civil_union');
    expect(available).not.toContain('marriage');
    expect(reason('free_status')).toContain('unita civilmente');
  });

  it('should issue the cohabitation-contract certificate to either partner and to no one else', () => {
    const subject = singleResident();
    subject.cohabitationContract = {
      partner: ANNA,
      contractDate: '2021-04-10',
      registrationDate: '2021-04-20',
    };
    expect(availability(subject).available).toContain('cohabitation_contract');
    expect(availability(subject, ANNA.fiscalCode).available).toContain('cohabitation_contract');
    expect(availability(subject, 'RSSMRA80E12D142X').reason('cohabitation_contract')).toContain(
      'uno dei due conviventi',
    );
  });

  it('should refuse the marital-status types when the marital status is not recorded', () => {
    const subject = { ...singleResident(), maritalStatus: { status: 'unknown' as const } };
    const { reason } = availability(subject);
    for (const type of ['marital_status', 'free_status', 'marriage'] as const) {
      expect(reason(type)).toContain('non risulta registrato');
    }
  });
});

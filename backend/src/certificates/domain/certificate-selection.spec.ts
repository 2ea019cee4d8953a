import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/errors/domain-error.js';
import { validateCertificateSelection } from './certificate-selection.js';
import { marriedResident } from './certificate-subject.fixtures.js';
import type { CertificateSubject } from './certificate-subject.js';

function failure(subject: CertificateSubject, types: unknown[]): DomainError {
  try {
    validateCertificateSelection(subject, types);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

function divorced(): CertificateSubject {
  const subject = marriedResident();
  subject.maritalStatus = { status: 'divorced', since: '2018-03-01' };
  subject.marriage = { ...subject.marriage!, endDate: '2018-03-01', endReason: 'divorce' };
  return subject;
}

describe('validateCertificateSelection', () => {
  it('should return a contestuale selection in catalog order', () => {
    expect(
      validateCertificateSelection(marriedResident(), ['citizenship', 'existence', 'residence']),
    ).toEqual(['residence', 'citizenship', 'existence']);
  });

  it('should accept a single type', () => {
    expect(validateCertificateSelection(marriedResident(), ['household_relationships'])).toEqual([
      'household_relationships',
    ]);
  });

  it('should refuse an empty selection', () => {
    expect(failure(marriedResident(), [])).toMatchObject({
      code: 'CERTIFICATE_TYPES_REQUIRED',
      status: 422,
      field: 'types',
    });
  });

  it('should refuse an unknown type, naming its position', () => {
    expect(failure(marriedResident(), ['residence', 'death'])).toMatchObject({
      code: 'CERTIFICATE_TYPE_UNKNOWN',
      status: 422,
      field: 'types.1',
    });
  });

  it('should refuse a type chosen twice', () => {
    expect(failure(marriedResident(), ['residence', 'residence'])).toMatchObject({
      code: 'CERTIFICATE_TYPE_DUPLICATED',
      field: 'types.1',
      detail: 'Il certificato di residenza è stato scelto più di una volta.',
    });
  });

  it('should refuse a type that does not apply to the subject, with the reason', () => {
    const error = failure(marriedResident(), ['residence', 'free_status']);
    expect(error).toMatchObject({ code: 'CERTIFICATE_TYPE_NOT_AVAILABLE', status: 422, field: 'types.1' });
    expect(error.detail).toContain('Certificato di stato libero non disponibile.');
    expect(error.detail).toContain('coniugata');
  });

  it.each([
    [['household', 'household_relationships']],
    [['household_marital_status', 'household']],
    [['marital_status', 'household']],
    [['marital_status', 'household_marital_status']],
  ])('should refuse the contestuale %j because the parts overlap', (types) => {
    const error = failure(marriedResident(), types);
    expect(error).toMatchObject({ code: 'CERTIFICATE_COMBINATION_NOT_ALLOWED', status: 422, field: 'types' });
    expect(error.extra).toEqual({ conflicting: types });
  });

  it('should refuse stato libero together with the marriage certificate, even when both apply alone', () => {
    expect(validateCertificateSelection(divorced(), ['free_status'])).toEqual(['free_status']);
    expect(validateCertificateSelection(divorced(), ['marriage'])).toEqual(['marriage']);
    const error = failure(divorced(), ['marriage', 'free_status']);
    expect(error.code).toBe('CERTIFICATE_COMBINATION_NOT_ALLOWED');
    expect(error.detail).toContain('richiederli separatamente');
  });
});

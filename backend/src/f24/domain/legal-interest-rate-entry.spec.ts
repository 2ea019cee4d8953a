import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/errors/domain-error.js';
import { formatLegalInterestRate, validateLegalInterestRateEntry } from './legal-interest-rate-entry.js';

function refusal(entry: Parameters<typeof validateLegalInterestRateEntry>[0]): DomainError {
  try {
    validateLegalInterestRateEntry(entry);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

const decree = 'decreto MEF (Gazzetta Ufficiale)';

describe('validateLegalInterestRateEntry', () => {
  it('should accept the rate as the decree prints it and trim the source', () => {
    expect(
      validateLegalInterestRateEntry({ year: 2027, ratePercent: '1.60', source: `  ${decree} ` }),
    ).toEqual({
      year: 2027,
      ratePercent: '1.60',
      source: decree,
    });
    expect(() =>
      validateLegalInterestRateEntry({ year: 2021, ratePercent: '0.01', source: decree }),
    ).not.toThrow();
    expect(() =>
      validateLegalInterestRateEntry({ year: 2000, ratePercent: '0', source: decree }),
    ).not.toThrow();
  });

  it.each(['1,60', '-1', '100', '1.6000', '', 'abc', '1.', '.5'])(
    'should refuse the rate "%s", naming ratePercent',
    (ratePercent) => {
      const error = refusal({ year: 2027, ratePercent, source: decree });
      expect(error.code).toBe('INVALID_LEGAL_INTEREST_RATE');
      expect(error.status).toBe(422);
      expect(error.field).toBe('ratePercent');
      expect(error.detail).toContain('punto');
    },
  );

  it.each([1999, 2101, 2027.5, Number.NaN])('should refuse the year %s, naming year', (year) => {
    const error = refusal({ year, ratePercent: '1.60', source: decree });
    expect(error.code).toBe('INVALID_LEGAL_INTEREST_YEAR');
    expect(error.field).toBe('year');
  });

  it('should refuse a rate without its source', () => {
    const error = refusal({ year: 2027, ratePercent: '1.60', source: '   ' });
    expect(error.code).toBe('REQUIRED_FIELD_MISSING');
    expect(error.field).toBe('source');
  });

  it('should refuse a source longer than the column', () => {
    expect(refusal({ year: 2027, ratePercent: '1.60', source: 'x'.repeat(301) }).field).toBe('source');
  });
});

describe('formatLegalInterestRate', () => {
  it.each([
    ['1.6', '1.60'],
    ['5', '5.00'],
    ['0.05', '0.05'],
    ['0.125', '0.125'],
    ['1.6000', '1.60'],
  ])('should print %s as %s', (stored, printed) => {
    expect(formatLegalInterestRate(stored)).toBe(printed);
  });
});

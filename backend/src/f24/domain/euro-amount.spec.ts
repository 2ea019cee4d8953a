import { describe, expect, it } from 'vitest';
import { formatEuro, formatPercent, Money, roundToWholeEuro, toCents } from './euro-amount.js';

describe('euro-amount', () => {
  it('should round 49 cents down and 50 cents up (L. 296/2006 c. 166)', () => {
    expect(roundToWholeEuro(10049)).toBe(10000);
    expect(roundToWholeEuro(10050)).toBe(10100);
    expect(roundToWholeEuro(10099)).toBe(10100);
    expect(roundToWholeEuro(10001)).toBe(10000);
    expect(roundToWholeEuro(49)).toBe(0);
    expect(roundToWholeEuro(50)).toBe(100);
    expect(roundToWholeEuro(-10050)).toBe(-10100);
  });

  it('should refuse to euro-round a fraction of a cent', () => {
    expect(() => roundToWholeEuro(10.5)).toThrow();
  });

  it('should round exact amounts to the cent half up', () => {
    expect(toCents(new Money('489.5'))).toBe(490);
    expect(toCents(new Money('489.4999'))).toBe(489);
    expect(toCents(new Money('0.1').plus('0.2').times(10))).toBe(3);
  });

  it('should format amounts the Italian way with two decimals', () => {
    expect(formatEuro(53400)).toBe('534,00');
    expect(formatEuro(153405)).toBe('1.534,05');
    expect(formatEuro(5)).toBe('0,05');
    expect(formatEuro(123456789)).toBe('1.234.567,89');
    expect(formatPercent('0.86')).toBe('0,86');
  });
});

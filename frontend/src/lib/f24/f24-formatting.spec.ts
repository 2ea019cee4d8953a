import { describe, expect, it } from 'vitest';
import { formatEuro, formatIsoDate, imuYear } from './f24-formatting';

describe('f24 formatting', () => {
  it('should print euro strings in the Italian and English ways without floats', () => {
    expect(formatEuro('1825.00', 'it')).toBe('€ 1.825,00');
    expect(formatEuro('1234567.5', 'en')).toBe('€1,234,567.50');
    expect(formatEuro('0.07', 'it')).toBe('€ 0,07');
  });

  it('should print ISO dates without shifting the day', () => {
    expect(formatIsoDate('2025-06-16', 'it')).toBe('16/06/2025');
    expect(formatIsoDate('2025-12-01', 'en')).toBe('1 Dec 2025');
  });

  it('should take the year from the query only when plausible', () => {
    const today = new Date('2026-03-10T12:00:00Z');
    expect(imuYear('2025', today)).toBe(2025);
    expect(imuYear('1999', today)).toBe(2026);
    expect(imuYear('abc', today)).toBe(2026);
    expect(imuYear(undefined, today)).toBe(2026);
  });
});

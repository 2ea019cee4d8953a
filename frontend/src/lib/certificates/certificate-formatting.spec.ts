import { describe, expect, it } from 'vitest';
import { formatCivilDate, formatEuroCents } from './certificate-formatting';

describe('certificate formatting', () => {
  it('should print a civil date as the same day in every time zone', () => {
    expect(formatCivilDate('2025-03-10', 'it')).toBe('10 marzo 2025');
    expect(formatCivilDate('2025-03-10', 'en')).toBe('10 March 2025');
  });

  it('should leave a date it cannot read as it is', () => {
    expect(formatCivilDate('ieri', 'it')).toBe('ieri');
  });

  it('should print euro amounts from integer cents', () => {
    expect(formatEuroCents(1600)).toBe('€ 16,00');
    expect(formatEuroCents(5)).toBe('€ 0,05');
  });
});

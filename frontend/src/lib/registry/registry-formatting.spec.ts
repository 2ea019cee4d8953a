import { describe, expect, it } from 'vitest';
import { formatCivilDate, formatCount, formatItalianTime } from './registry-formatting';

describe('registry formatting', () => {
  it('should print a civil date as the same day in every time zone', () => {
    expect(formatCivilDate('1990-03-15', 'it')).toBe('15/03/1990');
    expect(formatCivilDate('1990-03-15', 'en')).toBe('15 March 1990');
  });

  it('should print an instant in Italian time', () => {
    expect(formatItalianTime('2026-06-30T22:30:00Z', 'it')).toBe('01/07/2026, 00:30');
  });

  it('should group thousands as each language does', () => {
    expect(formatCount(12345, 'it')).toBe('12.345');
    expect(formatCount(12345, 'en')).toBe('12,345');
  });
});

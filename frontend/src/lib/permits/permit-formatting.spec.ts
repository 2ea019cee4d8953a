import { describe, expect, it } from 'vitest';
import { formatDay, formatInstant } from './permit-formatting';

describe('permit formatting', () => {
  it('should write a legal day the Italian way without shifting it', () => {
    expect(formatDay('2026-05-04', 'it')).toBe('04/05/2026');
    expect(formatDay('2026-05-04', 'en')).toBe('4 May 2026');
    expect(formatDay('not a date', 'it')).toBe('not a date');
  });

  it('should write an instant as the day and time in Italy', () => {
    expect(formatInstant('2026-03-28T23:30:00Z', 'it')).toBe('29/03/2026, 00:30');
  });
});

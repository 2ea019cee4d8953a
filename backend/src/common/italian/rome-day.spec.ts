import { describe, expect, it } from 'vitest';
import { romeDay } from './rome-day.js';

describe('romeDay', () => {
  it('should give the Italian calendar day, which starts before UTC midnight', () => {
    expect(romeDay(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(romeDay(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    expect(romeDay(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });

  it('should read the Italian calendar day of an instant across daylight saving time', () => {
    expect(romeDay('2026-03-28T22:59:00Z')).toBe('2026-03-28');
    expect(romeDay('2026-03-28T23:00:00Z')).toBe('2026-03-29');
    expect(romeDay(new Date('2026-07-31T22:00:00Z'))).toBe('2026-08-01');
    expect(romeDay('2026-07-31T21:59:59Z')).toBe('2026-07-31');
  });

  it('should give each instant its own day when asked in a row around midnight in Rome', () => {
    expect(romeDay('2026-12-31T22:59:00Z')).toBe('2026-12-31');
    expect(romeDay('2026-12-31T22:59:59.999Z')).toBe('2026-12-31');
    expect(romeDay('2026-12-31T23:00:00Z')).toBe('2027-01-01');
    expect(romeDay('2026-12-31T22:59:30Z')).toBe('2026-12-31');
    expect(() => romeDay('not a date')).toThrow(RangeError);
  });
});

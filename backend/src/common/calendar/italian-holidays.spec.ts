import { describe, expect, it } from 'vitest';
import {
  easterSunday,
  isItalianNationalHoliday,
  isItalianWorkingDay,
  italianNationalHolidays,
  nextItalianWorkingDay,
} from './italian-holidays.js';

describe('italian-holidays', () => {
  it('should compute Easter Sunday for known years', () => {
    expect(easterSunday(2011)).toBe('2011-04-24');
    expect(easterSunday(2019)).toBe('2019-04-21');
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });

  it('should list Easter Monday and the fixed national holidays of a year', () => {
    const dates = italianNationalHolidays(2025).map((h) => h.date);
    expect(dates).toEqual([
      '2025-01-01',
      '2025-01-06',
      '2025-04-20',
      '2025-04-21',
      '2025-04-25',
      '2025-05-01',
      '2025-06-02',
      '2025-08-15',
      '2025-11-01',
      '2025-12-08',
      '2025-12-25',
      '2025-12-26',
    ]);
  });

  it('should make 4 October a holiday only from 2026 (L. 151/2025)', () => {
    expect(isItalianNationalHoliday('2025-10-04')).toBe(false);
    expect(isItalianNationalHoliday('2027-10-04')).toBe(true);
    expect(isItalianWorkingDay('2027-10-04')).toBe(false);
  });

  it('should treat Saturdays, Sundays and holidays as non-working days', () => {
    expect(isItalianWorkingDay('2025-06-14')).toBe(false);
    expect(isItalianWorkingDay('2025-06-15')).toBe(false);
    expect(isItalianWorkingDay('2025-04-21')).toBe(false);
    expect(isItalianWorkingDay('2025-06-16')).toBe(true);
  });

  it('should move a deadline past a weekend followed by a holiday', () => {
    // Easter Monday 2025 follows Easter Sunday: Saturday 19 April → Tuesday 22 April.
    expect(nextItalianWorkingDay('2025-04-19')).toBe('2025-04-22');
    // Christmas 2027 is a Saturday, Santo Stefano a Sunday.
    expect(nextItalianWorkingDay('2027-12-25')).toBe('2027-12-27');
    expect(nextItalianWorkingDay('2025-06-16')).toBe('2025-06-16');
  });
});

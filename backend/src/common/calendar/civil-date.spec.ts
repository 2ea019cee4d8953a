import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  ageOn,
  epochDayToIso,
  isoToEpochDay,
  normalizeDateInput,
  parseIsoDate,
} from './civil-date.js';

describe('civil dates', () => {
  it('should refuse dates that do not exist in the calendar', () => {
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('1900-02-29')).toBeNull();
    expect(parseIsoDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(parseIsoDate('2024-04-31')).toBeNull();
    expect(parseIsoDate('2024-4-3')).toBeNull();
  });

  it('should accept the Italian dd/mm/yyyy form and return ISO', () => {
    expect(normalizeDateInput('5/3/1990')).toBe('1990-03-05');
    expect(normalizeDateInput(' 1990-03-05 ')).toBe('1990-03-05');
    expect(normalizeDateInput('31/04/1990')).toBeNull();
    expect(normalizeDateInput('1990/03/05')).toBeNull();
  });

  it('should count epoch days like the JavaScript Date in UTC', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40000, max: 40000 }), (day) => {
        const iso = epochDayToIso(day);
        expect(new Date(`${iso}T00:00:00Z`).getTime() / 86400000).toBe(day);
        expect(isoToEpochDay(iso)).toBe(day);
      }),
    );
  });

  it('should add days across months and leap years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('should move 29 February to 28 February when adding years to a common year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('should compute completed years of age, a day before and on the birthday', () => {
    expect(ageOn('2008-03-01', '2026-02-28')).toBe(17);
    expect(ageOn('2008-03-01', '2026-03-01')).toBe(18);
    expect(ageOn('2004-02-29', '2026-02-28')).toBe(21);
    expect(ageOn('2004-02-29', '2026-03-01')).toBe(22);
  });
});

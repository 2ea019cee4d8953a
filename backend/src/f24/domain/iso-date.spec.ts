import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/errors/domain-error.js';
import {
  addDays,
  addYears,
  assertIsoDate,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  formatItalianDate,
  fromDayNumber,
  isValidIsoDate,
  toDayNumber,
} from './iso-date.js';

describe('iso-date', () => {
  it('should map 1970-01-01 to day 0 and back for dates across centuries', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    for (const date of ['1900-02-28', '2000-02-29', '2024-12-31', '2100-03-01', '1969-12-31']) {
      expect(fromDayNumber(toDayNumber(date))).toBe(date);
    }
    expect(toDayNumber('2024-03-01') - toDayNumber('2024-02-28')).toBe(2);
  });

  it('should know February of leap and common years, including century rules', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2025, 4)).toBe(30);
  });

  it('should reject impossible dates and wrong formats', () => {
    expect(isValidIsoDate('2025-02-29')).toBe(false);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2025-13-01')).toBe(false);
    expect(isValidIsoDate('16/06/2025')).toBe(false);
    expect(() => assertIsoDate('2025-04-31', 'x.from')).toThrow(DomainError);
    try {
      assertIsoDate('2025-04-31', 'x.from');
    } catch (error) {
      expect((error as DomainError).field).toBe('x.from');
      expect((error as DomainError).code).toBe('INVALID_DATE');
    }
  });

  it('should compute weekdays, day differences and anniversaries', () => {
    expect(dayOfWeek('2024-06-16')).toBe(0);
    expect(dayOfWeek('2023-12-16')).toBe(6);
    expect(dayOfWeek('2025-06-16')).toBe(1);
    expect(daysBetween('2024-12-16', '2025-01-20')).toBe(35);
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(formatItalianDate('2024-06-17')).toBe('17/06/2024');
  });
});

import { describe, expect, it } from 'vitest';
import { italianHolidayCalendar, NATIONAL_HOLIDAYS, termEnd } from './legal-calendar.js';

describe('legal calendar', () => {
  it.each([
    ['2026-01-01', 'New Year'],
    ['2026-01-06', 'Epiphany'],
    ['2026-04-06', 'Easter Monday'],
    ['2026-04-25', 'Liberation Day'],
    ['2026-05-01', 'Labour Day'],
    ['2026-06-02', 'Republic Day'],
    ['2026-08-15', 'Assumption'],
    ['2027-10-04', 'San Francesco (from 2026)'],
    ['2026-11-01', 'All Saints'],
    ['2026-12-08', 'Immaculate Conception'],
    ['2026-12-25', 'Christmas'],
    ['2026-12-26', 'Santo Stefano'],
    ['2026-05-03', 'a Sunday'],
  ])('should treat %s (%s) as a holiday', (date) => {
    expect(NATIONAL_HOLIDAYS.isHoliday(date)).toBe(true);
  });

  it.each([
    ['2026-04-03', 'Good Friday'],
    ['2025-10-04', 'San Francesco before 2026'],
    ['2026-05-02', 'a Saturday'],
    ['2026-11-02', 'All Souls'],
  ])('should treat %s (%s) as a working day', (date) => {
    expect(NATIONAL_HOLIDAYS.isHoliday(date)).toBe(false);
  });

  it('should add the patron saint day when the comune configures it', () => {
    // Sant'Ambrogio, 7 December: a Monday in 2026.
    expect(italianHolidayCalendar({ patronDay: { month: 12, day: 7 } }).isHoliday('2026-12-07')).toBe(true);
    expect(NATIONAL_HOLIDAYS.isHoliday('2026-12-07')).toBe(false);
  });

  it('should treat Saturdays as holidays only when the comune opts in', () => {
    expect(italianHolidayCalendar({ saturdays: true }).isHoliday('2026-05-02')).toBe(true);
    expect(italianHolidayCalendar({ saturdays: true }).isHoliday('2026-05-04')).toBe(false);
  });

  it('should end a term on the next day that is not a holiday', () => {
    expect(termEnd('2026-04-03', NATIONAL_HOLIDAYS)).toBe('2026-04-03');
    expect(termEnd('2026-04-05', NATIONAL_HOLIDAYS)).toBe('2026-04-07');
    expect(termEnd('2026-12-25', NATIONAL_HOLIDAYS)).toBe('2026-12-28');
  });
});

import { addDays, dayOfWeek, type IsoDate } from '../../common/calendar/civil-date.js';
import { isItalianNationalHoliday } from '../../common/calendar/italian-holidays.js';

/**
 * How legal terms are counted (art. 2963 c.c., art. 155 c.p.c., applied by analogy to L. 241/1990 procedures):
 * - calendar days; the day of the triggering event is not counted (dies a quo non computatur), so a 30-day
 *   term from 2 March ends on 1 April;
 * - holidays inside the term count;
 * - a term whose last day is a holiday is extended to the next day that is not a holiday.
 *
 * Holidays are Sundays, the national holidays of L. 260/1949 (4 October again since 2026, L. 151/2025) and,
 * when configured, the comune's patron saint day. Saturday is a working day by default: the Saturday extension
 * of art. 155, comma 5, c.p.c. covers procedural acts in court, not administrative procedures; a comune whose
 * offices are closed on Saturday may opt in.
 */
export interface HolidayCalendar {
  isHoliday(date: IsoDate): boolean;
}

export interface HolidayCalendarOptions {
  /** The patron saint day, a holiday in the comune (D.P.R. 792/1985). */
  patronDay?: { month: number; day: number };
  /** Treat Saturdays as holidays for the end of a term. */
  saturdays?: boolean;
}

export function italianHolidayCalendar(options: HolidayCalendarOptions = {}): HolidayCalendar {
  const patron = options.patronDay
    ? `${String(options.patronDay.month).padStart(2, '0')}-${String(options.patronDay.day).padStart(2, '0')}`
    : null;
  return {
    isHoliday(date) {
      const day = dayOfWeek(date);
      if (day === 0 || (options.saturdays === true && day === 6)) return true;
      return date.slice(5) === patron || isItalianNationalHoliday(date);
    },
  };
}

/** National holidays and Sundays only: what applies when the comune configured nothing else. */
export const NATIONAL_HOLIDAYS: HolidayCalendar = italianHolidayCalendar();

/** The last day of a term: `date` itself, or the next day that is not a holiday. */
export function termEnd(date: IsoDate, calendar: HolidayCalendar): IsoDate {
  let day = date;
  while (calendar.isHoliday(day)) day = addDays(day, 1);
  return day;
}

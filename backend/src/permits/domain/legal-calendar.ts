import { addDays, type IsoDate, isoToEpochDay } from '../../registry/domain/civil-date.js';

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

/** Fixed-date national holidays as `MM-DD` (L. 260/1949 as amended). */
const FIXED_HOLIDAYS: ReadonlySet<string> = new Set([
  '01-01',
  '01-06',
  '04-25',
  '05-01',
  '06-02',
  '08-15',
  '11-01',
  '12-08',
  '12-25',
  '12-26',
]);

/** San Francesco d'Assisi, a national holiday again from 2026 (L. 151/2025). */
const SAN_FRANCESCO = { monthDay: '10-04', since: 2026 };

/** Easter Sunday in the Gregorian calendar (anonymous algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 0 = Sunday ... 6 = Saturday. 1970-01-01 (epoch day 0) was a Thursday. */
function weekday(date: IsoDate): number {
  return (((isoToEpochDay(date) + 4) % 7) + 7) % 7;
}

export function italianHolidayCalendar(options: HolidayCalendarOptions = {}): HolidayCalendar {
  const patron = options.patronDay
    ? `${String(options.patronDay.month).padStart(2, '0')}-${String(options.patronDay.day).padStart(2, '0')}`
    : null;
  return {
    isHoliday(date) {
      const day = weekday(date);
      if (day === 0 || (options.saturdays === true && day === 6)) return true;
      const year = Number(date.slice(0, 4));
      const monthDay = date.slice(5);
      if (monthDay === patron) return true;
      if (FIXED_HOLIDAYS.has(monthDay)) return true;
      if (monthDay === SAN_FRANCESCO.monthDay && year >= SAN_FRANCESCO.since) return true;
      return date === addDays(easterSunday(year), 1);
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

const ROME_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Rome',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day of an instant in Italy: a submission at 23:30 UTC on 28 March 2026 is filed on 29 March. */
export function romeDate(instant: Date | string): IsoDate {
  return ROME_DAY.format(typeof instant === 'string' ? new Date(instant) : instant);
}

/** `dd/mm/yyyy`, the form Italian offices write dates in. */
export function italianDate(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

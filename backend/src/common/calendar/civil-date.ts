/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`) with integer arithmetic on epoch days.
 *
 * Registry dates are civil dates without a time zone: a birth on 1 March is 1 March everywhere. Working on
 * epoch-day integers keeps them free of time-zone and DST shifts, and is fast enough for generating a
 * million persons.
 */
export type IsoDate = string;

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ITALIAN_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidCivilDate(date: CivilDate): boolean {
  const { year, month, day } = date;
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Parses a strict `YYYY-MM-DD` date; `null` when the text is not a real calendar date. */
export function parseIsoDate(text: string): CivilDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidCivilDate(date) ? date : null;
}

/** Accepts `YYYY-MM-DD` or the Italian `GG/MM/AAAA` that office spreadsheets export; returns ISO or `null`. */
export function normalizeDateInput(text: string): IsoDate | null {
  const trimmed = text.trim();
  if (parseIsoDate(trimmed)) return trimmed;
  const match = ITALIAN_DATE.exec(trimmed);
  if (!match) return null;
  const date = { year: Number(match[3]), month: Number(match[2]), day: Number(match[1]) };
  return isValidCivilDate(date) ? formatIsoDate(date) : null;
}

export function formatIsoDate(date: CivilDate): IsoDate {
  const year = String(date.year).padStart(4, '0');
  const month = date.month < 10 ? `0${date.month}` : String(date.month);
  const day = date.day < 10 ? `0${date.day}` : String(date.day);
  return `${year}-${month}-${day}`;
}

/** Days since 1970-01-01 (proleptic Gregorian), after H. Hinnant's `days_from_civil`. */
export function toEpochDay(date: CivilDate): number {
  const year = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const monthIndex = (date.month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthIndex + 2) / 5) + date.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function fromEpochDay(epochDay: number): CivilDate {
  const shifted = epochDay + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

export function isoToEpochDay(iso: IsoDate): number {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`Not an ISO date: ${iso}`);
  return toEpochDay(date);
}

export function epochDayToIso(epochDay: number): IsoDate {
  return formatIsoDate(fromEpochDay(epochDay));
}

/** 0 = Sunday ... 6 = Saturday (1970-01-01, epoch day 0, was a Thursday). */
export function dayOfWeek(iso: IsoDate): number {
  return (((isoToEpochDay(iso) + 4) % 7) + 7) % 7;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return epochDayToIso(isoToEpochDay(iso) + days);
}

/** The same calendar day `years` later; 29 February falls back to 28 February in common years. */
export function addYears(iso: IsoDate, years: number): IsoDate {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`Not an ISO date: ${iso}`);
  const year = date.year + years;
  return formatIsoDate({ year, month: date.month, day: Math.min(date.day, daysInMonth(year, date.month)) });
}

/** Completed years of age on `onDate` (a person born on 29 February turns a year older on 1 March). */
export function ageOn(birthDate: IsoDate, onDate: IsoDate): number {
  const birth = parseIsoDate(birthDate);
  const on = parseIsoDate(onDate);
  if (!birth || !on) throw new RangeError(`Not ISO dates: ${birthDate}, ${onDate}`);
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
}

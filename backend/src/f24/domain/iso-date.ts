import {
  addDays,
  addYears,
  dayOfWeek,
  daysInMonth,
  epochDayToIso as fromDayNumber,
  type IsoDate,
  isLeapYear,
  isoToEpochDay,
  parseIsoDate,
  isoToEpochDay as toDayNumber,
} from '../../common/calendar/civil-date.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { italianDate as formatItalianDate } from '../../common/italian/italian-date.js';

export {
  addDays,
  addYears,
  dayOfWeek,
  daysInMonth,
  formatItalianDate,
  fromDayNumber,
  type IsoDate,
  isLeapYear,
  toDayNumber,
};

// Tax deadlines and possession periods are civil dates ('YYYY-MM-DD', no time zone); the arithmetic is the
// shared one of `common/calendar/civil-date`, with day numbers counted from 1970-01-01.

export function isValidIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

/** Throws a DomainError naming `field` when `value` is not a real 'YYYY-MM-DD' date. */
export function assertIsoDate(value: unknown, field: string): asserts value is IsoDate {
  if (!isValidIsoDate(value)) {
    throw new DomainError({
      code: 'INVALID_DATE',
      status: 422,
      detail: `La data "${String(value)}" non è valida: usare il formato AAAA-MM-GG.`,
      field,
    });
  }
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  const parts = parseIsoDate(date);
  if (!parts) throw new Error(`not an ISO date: ${date}`);
  return parts;
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return isoToEpochDay(to) - isoToEpochDay(from);
}

const ITALIAN_MONTHS = [
  'gennaio',
  'febbraio',
  'marzo',
  'aprile',
  'maggio',
  'giugno',
  'luglio',
  'agosto',
  'settembre',
  'ottobre',
  'novembre',
  'dicembre',
];

export function italianMonthName(month: number): string {
  return ITALIAN_MONTHS[month - 1];
}

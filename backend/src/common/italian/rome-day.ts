import type { IsoDate } from '../calendar/civil-date.js';

const ROME_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Rome',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar day of an instant in Italy: dates of the comune are Italian civil dates, so a submission at
 * 23:30 UTC on 28 March 2026 is filed on 29 March and a certificate issued at 00:30 Italian time bears that day.
 */
export function romeDay(instant: Date | string): IsoDate {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  // Italy's offsets are whole hours, so a day changes only on a minute's boundary: the day of the last minute
  // asked for is remembered (every request asks for today, and formatting takes microseconds each time).
  const minute = Math.floor(date.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastDay = ROME_DAY.format(date);
    lastMinute = minute;
  }
  return lastDay;
}

let lastMinute = Number.NaN;
let lastDay = '';

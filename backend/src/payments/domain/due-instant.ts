import type { IsoDate } from '../../common/calendar/civil-date.js';

const ROME_HOUR = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Rome',
  hour: '2-digit',
  hourCycle: 'h23',
});

/** The last second of a due day in Italy, as an instant (GPD takes due dates as date-times). */
export function endOfRomeDay(day: IsoDate | string): Date {
  const noonUtc = new Date(`${day}T12:00:00Z`);
  const offsetHours = Number(ROME_HOUR.format(noonUtc)) - 12;
  return new Date(Date.parse(`${day}T23:59:59Z`) - offsetHours * 3_600_000);
}

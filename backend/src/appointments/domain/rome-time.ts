import type { IsoDate } from '../../common/calendar/civil-date.js';

const ROME_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Rome',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Italian wall-clock day and time (`HH:MM`) of an instant. */
export function romeWallClock(instant: Date): { date: IsoDate; time: string } {
  const parts = Object.fromEntries(ROME_PARTS.formatToParts(instant).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/**
 * The instant of an Italian wall-clock time. Offices open in daytime, never in the hour the clocks change
 * (02:00-03:00), so each time has exactly one instant: CET (+1) or CEST (+2), whichever reads back the same.
 */
export function romeInstant(date: IsoDate, time: string): Date {
  const [hours, minutes] = time.split(':').map(Number);
  const utc = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    hours,
    minutes,
  );
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(utc - offsetHours * 3_600_000);
    const wall = romeWallClock(candidate);
    if (wall.date === date && wall.time === time) return candidate;
  }
  return new Date(utc - 3_600_000);
}

import { AppointmentErrors } from './appointment-errors.js';

/** One opening of an office on a weekday: ISO weekday (1 = Monday ... 7 = Sunday), `HH:MM` to `HH:MM`. */
export interface OpeningPeriod {
  weekday: number;
  opens: string;
  closes: string;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * Checks a week of opening hours as the office enters it: real times, closing after opening, no two periods
 * of a day overlapping, and no opening in the night hour when the clocks change.
 */
export function checkWeeklyHours(periods: readonly OpeningPeriod[]): OpeningPeriod[] {
  const sorted = [...periods].sort(
    (a, b) => a.weekday - b.weekday || minutesOf(a.opens) - minutesOf(b.opens),
  );
  for (const [index, period] of sorted.entries()) {
    const at = `hours.${periods.indexOf(period)}`;
    if (!Number.isInteger(period.weekday) || period.weekday < 1 || period.weekday > 7) {
      throw AppointmentErrors.invalidHours(
        `${at}.weekday`,
        'Il giorno della settimana va da 1 (lunedì) a 7 (domenica).',
      );
    }
    if (!TIME.test(period.opens) || !TIME.test(period.closes)) {
      throw AppointmentErrors.invalidHours(
        `${at}.opens`,
        'Gli orari vanno scritti come HH:MM, ad esempio 08:30.',
      );
    }
    if (minutesOf(period.closes) <= minutesOf(period.opens)) {
      throw AppointmentErrors.invalidHours(
        `${at}.closes`,
        'L’orario di chiusura deve seguire quello di apertura.',
      );
    }
    if (minutesOf(period.opens) < 4 * 60) {
      throw AppointmentErrors.invalidHours(
        `${at}.opens`,
        'Gli uffici non possono ricevere prima delle 04:00.',
      );
    }
    const previous = sorted[index - 1];
    if (
      previous &&
      previous.weekday === period.weekday &&
      minutesOf(period.opens) < minutesOf(previous.closes)
    ) {
      throw AppointmentErrors.invalidHours(
        `${at}.opens`,
        'Due fasce orarie dello stesso giorno si sovrappongono.',
      );
    }
  }
  return sorted;
}

/** The start times (`HH:MM`) of the whole slots that fit in the periods of `weekday`. */
export function slotTimes(periods: readonly OpeningPeriod[], weekday: number, slotMinutes: number): string[] {
  return periods
    .filter((period) => period.weekday === weekday)
    .flatMap((period) => {
      const times: string[] = [];
      for (
        let start = minutesOf(period.opens);
        start + slotMinutes <= minutesOf(period.closes);
        start += slotMinutes
      ) {
        times.push(timeOf(start));
      }
      return times;
    });
}

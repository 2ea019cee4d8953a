import { addDays, type IsoDate } from '../common/calendar/civil-date.js';
import { type HolidayCalendar, NATIONAL_HOLIDAYS } from './domain/legal-calendar.js';
import { legalClock } from './domain/legal-clock.js';
import type { Practice } from './domain/practice.js';

/**
 * The last day the office may let pass in the current state before the practice is overdue, or `null` when
 * nothing is owed by the office (paused clock, self-certified title in force, concluded practice).
 *
 * Stored with the practice so the staff queue can filter and sort overdue practices in SQL. It is a date, not a
 * flag, because a practice becomes overdue by the passing of time alone; it changes only with the timeline,
 * which is when it is recomputed. The legal clock decides: its main term (decision or control window), when
 * the clock would call the practice overdue the day after it.
 */
export function officeDeadline(
  practice: Practice,
  now: Date,
  calendar: HolidayCalendar = NATIONAL_HOLIDAYS,
): IsoDate | null {
  const clock = legalClock(practice, now, calendar);
  const term = clock.milestones.find(
    (milestone) => milestone.kind === 'decision' || milestone.kind === 'control_window',
  );
  if (!term?.date) return null;
  const dayAfter = new Date(`${addDays(term.date, 1)}T11:00:00Z`);
  return legalClock(practice, dayAfter, calendar).overdue ? term.date : null;
}

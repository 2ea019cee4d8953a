import {
  addDays,
  dayOfWeek,
  type IsoDate,
  isoToEpochDay,
  parseIsoDate,
} from '../../common/calendar/civil-date.js';
import { isItalianNationalHoliday } from '../../common/calendar/italian-holidays.js';
import { AppointmentErrors } from './appointment-errors.js';
import { romeInstant } from './rome-time.js';
import { formatSlotId, type SlotRef } from './slot-id.js';
import { type OpeningPeriod, slotTimes } from './weekly-hours.js';

/** Longest range of days the public slot list answers for at once. */
export const MAX_RANGE_DAYS = 31;

export interface OfficeSchedule {
  id: string;
  weeklyHours: readonly OpeningPeriod[];
  slotMinutes: number;
  capacity: number;
}

export interface Slot {
  id: string;
  date: IsoDate;
  time: string;
  startsAt: Date;
  endsAt: Date;
  /** Seats still free: capacity minus the booked ones. */
  free: number;
}

/** Days the office does not receive: national holidays (the office's own closures come from the staff). */
function isClosed(date: IsoDate, closures: ReadonlySet<IsoDate>): boolean {
  return closures.has(date) || isItalianNationalHoliday(date);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
function isoWeekday(date: IsoDate): number {
  return dayOfWeek(date) || 7;
}

/** Checks a `from`-`to` request: two real days, in order, at most `MAX_RANGE_DAYS` days. */
export function checkRange(from: string, to: string): { from: IsoDate; to: IsoDate } {
  if (!parseIsoDate(from)) throw AppointmentErrors.invalidRange('from', MAX_RANGE_DAYS);
  if (!parseIsoDate(to)) throw AppointmentErrors.invalidRange('to', MAX_RANGE_DAYS);
  const days = isoToEpochDay(to) - isoToEpochDay(from);
  if (days < 0 || days >= MAX_RANGE_DAYS) throw AppointmentErrors.invalidRange('to', MAX_RANGE_DAYS);
  return { from, to };
}

/**
 * Every slot of the office between two days, with its free seats: only future slots, on days the office is
 * open. `taken` counts the booked seats by start instant (milliseconds).
 */
export function officeSlots(
  office: OfficeSchedule,
  range: { from: IsoDate; to: IsoDate },
  closures: ReadonlySet<IsoDate>,
  taken: ReadonlyMap<number, number>,
  now: Date,
): Slot[] {
  const slots: Slot[] = [];
  for (let date = range.from; date <= range.to; date = addDays(date, 1)) {
    if (isClosed(date, closures)) continue;
    for (const time of slotTimes(office.weeklyHours, isoWeekday(date), office.slotMinutes)) {
      const startsAt = romeInstant(date, time);
      if (startsAt.getTime() <= now.getTime()) continue;
      slots.push({
        id: formatSlotId({ officeId: office.id, date, time }),
        date,
        time,
        startsAt,
        endsAt: new Date(startsAt.getTime() + office.slotMinutes * 60_000),
        free: Math.max(0, office.capacity - (taken.get(startsAt.getTime()) ?? 0)),
      });
    }
  }
  return slots;
}

/** The instants of a slot a resident asks for, or the refusal when the office does not receive then. */
export function bookableSlot(
  office: OfficeSchedule,
  ref: SlotRef,
  closures: ReadonlySet<IsoDate>,
  now: Date,
): { startsAt: Date; endsAt: Date } {
  const open =
    ref.officeId === office.id &&
    !isClosed(ref.date, closures) &&
    slotTimes(office.weeklyHours, isoWeekday(ref.date), office.slotMinutes).includes(ref.time);
  const startsAt = romeInstant(ref.date, ref.time);
  if (!open || startsAt.getTime() <= now.getTime()) throw AppointmentErrors.slotNotAvailable();
  return { startsAt, endsAt: new Date(startsAt.getTime() + office.slotMinutes * 60_000) };
}

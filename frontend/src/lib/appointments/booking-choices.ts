import type { Dictionary } from '../../i18n/dictionary';
import { ApiError } from '../api/api-error';
import {
  type AppointmentOffice,
  type AppointmentSlot,
  getAppointmentOffices,
  getFreeSlots,
} from '../api/appointments';
import { addDays, isIsoDay, romeToday } from './appointment-dates';

/** Days ahead the booking page looks for free times (the backend answers at most 31 days at once). */
export const BOOKING_HORIZON_DAYS = 30;

export type BookingStep = 'office' | 'reason' | 'day' | 'time';

export interface BookingState {
  offices: AppointmentOffice[];
  office?: AppointmentOffice;
  reason?: string;
  /** Days with at least one free time, in order. */
  days: string[];
  day?: string;
  slots: AppointmentSlot[];
  step: BookingStep;
}

export function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The free slots of an office over the horizon, grouped by day. */
export async function freeDays(officeId: string): Promise<Map<string, AppointmentSlot[]>> {
  const today = romeToday();
  const slots = await getFreeSlots(officeId, today, addDays(today, BOOKING_HORIZON_DAYS));
  const byDay = new Map<string, AppointmentSlot[]>();
  for (const slot of slots) byDay.set(slot.date, [...(byDay.get(slot.date) ?? []), slot]);
  return byDay;
}

/**
 * Where a visitor is in the booking, from the query string: each choice is kept only if it is still valid
 * (an office that exists, one of its reasons, a day with free times), so a stale link lands on the right step.
 */
export async function readBookingState(query: {
  ufficio?: string;
  motivo?: string;
  giorno?: string;
}): Promise<BookingState> {
  const offices = await getAppointmentOffices();
  const office = offices.find((candidate) => candidate.id === query.ufficio);
  if (!office) return { offices, days: [], slots: [], step: 'office' };
  const reason = office.reasons.find((candidate) => candidate === query.motivo);
  if (!reason) return { offices, office, days: [], slots: [], step: 'reason' };
  const byDay = await freeDays(office.id);
  const days = [...byDay.keys()];
  const day = isIsoDay(query.giorno) && byDay.has(query.giorno) ? query.giorno : undefined;
  return {
    offices,
    office,
    reason,
    days,
    day,
    slots: day ? byDay.get(day)! : [],
    step: day ? 'time' : 'day',
  };
}

/** The dictionary's sentence for a refusal code carried back in the query string. */
export function errorMessage(code: string | undefined, t: Dictionary['appointments']): string | undefined {
  if (!code) return undefined;
  return (t.errors as Record<string, string>)[code] ?? t.errors.generic;
}

/** True when the backend could not be asked at all (the page then says so instead of failing). */
export function isOutage(error: unknown): boolean {
  return error instanceof ApiError && (error.status >= 500 || error.status === 0);
}

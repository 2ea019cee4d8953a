'use server';

import { redirect } from 'next/navigation';
import { ApiError } from '../../../lib/api/api-error';
import {
  addOfficeClosure,
  type OpeningPeriod,
  putOfficeHours,
  removeOfficeClosure,
} from '../../../lib/api/appointments';
import { appointmentRoutes } from '../../../lib/appointments/appointment-routes';

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

function settingsHref(office: string, outcome: Record<string, string>): string {
  return `${appointmentRoutes.settings}?${new URLSearchParams({ ufficio: office, ...outcome })}`;
}

function refusal(error: unknown): string {
  if (error instanceof ApiError && error.status < 500) return error.problem.code;
  throw error;
}

/** The periods typed in the hours form: `h-{weekday}-{n}-opens` / `-closes`, empty rows left out. */
function periodsOf(formData: FormData): OpeningPeriod[] {
  const periods: OpeningPeriod[] = [];
  for (let weekday = 1; weekday <= 7; weekday += 1) {
    for (const n of [1, 2]) {
      const opens = text(formData, `h-${weekday}-${n}-opens`);
      const closes = text(formData, `h-${weekday}-${n}-closes`);
      if (opens || closes) periods.push({ weekday, opens, closes });
    }
  }
  return periods;
}

export async function saveHoursAction(formData: FormData): Promise<void> {
  const office = text(formData, 'ufficio');
  try {
    await putOfficeHours(office, {
      hours: periodsOf(formData),
      slotMinutes: Number(text(formData, 'slotMinutes')),
      capacity: Number(text(formData, 'capacity')),
    });
  } catch (error) {
    redirect(settingsHref(office, { errore: refusal(error) }));
  }
  redirect(settingsHref(office, { esito: 'orari' }));
}

export async function addClosureAction(formData: FormData): Promise<void> {
  const office = text(formData, 'ufficio');
  try {
    await addOfficeClosure(office, { date: text(formData, 'date'), reason: text(formData, 'reason') });
  } catch (error) {
    redirect(settingsHref(office, { errore: refusal(error) }));
  }
  redirect(settingsHref(office, { esito: 'chiusura' }));
}

export async function removeClosureAction(formData: FormData): Promise<void> {
  const office = text(formData, 'ufficio');
  try {
    await removeOfficeClosure(office, text(formData, 'closure'));
  } catch (error) {
    redirect(settingsHref(office, { errore: refusal(error) }));
  }
  redirect(settingsHref(office, { esito: 'riapertura' }));
}

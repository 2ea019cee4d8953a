'use server';

import { redirect } from 'next/navigation';
import { ApiError } from '../../lib/api/api-error';
import { cancelAppointment, moveAppointment } from '../../lib/api/appointments';
import { appointmentRoutes } from '../../lib/appointments/appointment-routes';

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

function refused(error: unknown): string {
  if (error instanceof ApiError && error.status < 500) return error.problem.code;
  throw error;
}

export async function cancelAction(formData: FormData): Promise<void> {
  const id = text(formData, 'id');
  try {
    await cancelAppointment(id);
  } catch (error) {
    redirect(`${appointmentRoutes.mine}?${new URLSearchParams({ errore: refused(error) })}`);
  }
  redirect(`${appointmentRoutes.mine}?esito=annullato`);
}

/** Moves to the chosen slot; a refusal leaves the old appointment as it was and says why. */
export async function moveAction(formData: FormData): Promise<void> {
  const id = text(formData, 'id');
  try {
    await moveAppointment(id, text(formData, 'orario'));
  } catch (error) {
    redirect(`${appointmentRoutes.move(id)}?${new URLSearchParams({ errore: refused(error) })}`);
  }
  redirect(`${appointmentRoutes.one(id)}?esito=spostato`);
}

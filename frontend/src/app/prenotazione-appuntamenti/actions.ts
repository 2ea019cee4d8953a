'use server';

import { redirect } from 'next/navigation';
import { ApiError } from '../../lib/api/api-error';
import { bookAppointment } from '../../lib/api/appointments';
import { appointmentRoutes, bookingHref } from '../../lib/appointments/appointment-routes';

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** Books the chosen slot; a refusal goes back to the times of that day with the reason. */
export async function bookAction(formData: FormData): Promise<void> {
  const slotId = text(formData, 'orario');
  const reason = text(formData, 'motivo');
  const email = text(formData, 'email');
  const phone = text(formData, 'telefono');
  let id: string;
  try {
    ({ id } = await bookAppointment({
      slotId,
      reason,
      email: email || undefined,
      phone: phone || undefined,
    }));
  } catch (error) {
    if (!(error instanceof ApiError) || error.status >= 500) throw error;
    const [office, start = ''] = slotId.split('.');
    redirect(bookingHref({ office, reason, day: start.slice(0, 10), error: error.problem.code }));
  }
  redirect(`${appointmentRoutes.one(id)}?esito=prenotato`);
}

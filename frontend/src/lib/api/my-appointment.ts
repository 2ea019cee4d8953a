import { redirect } from 'next/navigation';
import { routes } from '../routes';
import { type Appointment, getMyAppointment } from './appointments';
import { getCurrentUser } from './auth';
import { orNotFound } from './or-not-found';

/**
 * The signed-in resident's appointment, as the pages of one appointment (its detail, moving it) read it: a visitor
 * not logged in goes to the login and comes back to `returnTo`; an appointment that is not theirs is the 404 page.
 */
export async function loadMyAppointment(id: string, returnTo: string): Promise<Appointment> {
  if (!(await getCurrentUser())) redirect(`${routes.login}?${new URLSearchParams({ returnTo })}`);
  return orNotFound(getMyAppointment(id));
}

import { redirect } from 'next/navigation';
import { ApiError } from '../api/api-error';
import { getStaffAppointmentOffices, type StaffAppointmentOffice } from '../api/appointments';
import { getCurrentUser } from '../api/auth';
import { routes } from '../routes';

/** The offices the logged-in clerk manages (login first); `null` when the caller is no clerk at all. */
export async function staffAppointmentOffices(returnTo: string): Promise<StaffAppointmentOffice[] | null> {
  const user = await getCurrentUser();
  if (!user) redirect(`${routes.login}?${new URLSearchParams({ returnTo })}`);
  try {
    return await getStaffAppointmentOffices();
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) return null;
    throw error;
  }
}

import { redirect } from 'next/navigation';
import { type CurrentUser, getCurrentUser } from '../api/auth';
import { routes } from '../routes';

/** The logged-in user of a taxes office page (login first), and whether they may use it. */
export async function taxesOfficeUser(returnTo: string): Promise<{ user: CurrentUser; allowed: boolean }> {
  const user = await getCurrentUser();
  if (!user) redirect(`${routes.login}?${new URLSearchParams({ returnTo })}`);
  return { user, allowed: user.roles.includes('taxes') };
}

import { redirect } from 'next/navigation';
import { type CurrentUser, getCurrentUser } from '../api/auth';
import { loginPagePath } from './login-page-path';

/**
 * The logged-in person, for a page only they may see: an anonymous visitor (or a lost session) goes to the
 * login page and comes back to `returnTo` afterwards.
 */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(loginPagePath(returnTo));
  return user;
}

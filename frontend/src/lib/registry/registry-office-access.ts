import type { CurrentUser } from '../api/auth';

/** The registry office's pages are for the `registry` role and for administrators (the backend checks again). */
export function canUseRegistryOffice(user: CurrentUser): boolean {
  return user.roles.includes('registry') || user.roles.includes('admin');
}

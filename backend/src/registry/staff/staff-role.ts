import type { AuthUser } from '../../auth/authorization/roles.js';

/** The role a clerk acts in on registry routes (both `registry` and `admin` may use them). */
export function staffRole(user: Pick<AuthUser, 'roles'>): 'registry' | 'admin' {
  return user.roles.includes('registry') ? 'registry' : 'admin';
}

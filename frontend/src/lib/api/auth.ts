import { cache } from 'react';
import { ApiError } from './api-error';
import { apiFetch } from './api-fetch';

/** `GET /api/me`: the logged-in person (401 when anonymous). */
export interface CurrentUser {
  fiscalCode: string;
  givenName: string;
  familyName: string;
  email: string | null;
  roles: string[];
}

export interface SpidProvider {
  id: string;
  name: string;
  logoUrl?: string;
}

/** `GET /api/auth/providers`: the identity providers the login page offers. */
export interface AuthProviders {
  spid: SpidProvider[];
  cie: { enabled: boolean };
}

/**
 * The logged-in person, or `null` for an anonymous visitor. An unreachable backend also gives `null`,
 * so public pages keep rendering; this only picks what to show, the backend checks every call itself.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  try {
    return await apiFetch<CurrentUser>('/api/me');
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status !== 401) {
      console.warn(
        `Current user unavailable (${error.status} ${error.problem.code}), rendering as anonymous`,
      );
    }
    return null;
  }
});

/** Throws `ApiError` when the backend cannot list them; the login page then explains the outage. */
export function getAuthProviders(): Promise<AuthProviders> {
  return apiFetch<AuthProviders>('/api/auth/providers');
}

export const STAFF_ROLES: readonly string[] = ['registry', 'permits', 'taxes', 'admin'];

/** Staff roles are the offices (`registry`, `permits`, `taxes`) and `admin`; everyone is also a `resident`. */
export function isStaff(user: CurrentUser): boolean {
  return user.roles.some((role) => STAFF_ROLES.includes(role));
}

import { cache } from 'react';
import { ApiError } from './api-error';
import { serverApi } from './api-fetch';
import { bodyOf } from './read-api-response';
import type { components } from './schema';

type Schemas = components['schemas'];

/** `GET /api/me`: the logged-in person (401 when anonymous). */
export type CurrentUser = Schemas['CurrentUserView'];
export type SpidProvider = Schemas['SpidProviderView'];
/** `GET /api/auth/providers`: the identity providers the login page offers. */
export type AuthProviders = Schemas['AuthProvidersView'];

/**
 * The logged-in person, or `null` for an anonymous visitor. An unreachable backend also gives `null`,
 * so public pages keep rendering; this only picks what to show, the backend checks every call itself.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  try {
    return await bodyOf(serverApi().GET('/api/me'));
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
  return bodyOf(serverApi().GET('/api/auth/providers'));
}

export const STAFF_ROLES: readonly string[] = ['registry', 'permits', 'taxes', 'admin'];

/** Staff roles are the offices (`registry`, `permits`, `taxes`) and `admin`; everyone is also a `resident`. */
export function isStaff(user: CurrentUser): boolean {
  return user.roles.some((role) => STAFF_ROLES.includes(role));
}

import { clientApiFetch } from './api-fetch-client';

/**
 * `POST /api/auth/logout` from the browser, with the CSRF header. The backend answers with a redirect
 * to `/`, which is not followed here: the caller navigates once the session is gone.
 */
export function logout(): Promise<void> {
  return clientApiFetch<void>('/api/auth/logout', { method: 'POST', redirect: 'manual' });
}

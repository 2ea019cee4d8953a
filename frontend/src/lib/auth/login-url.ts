import { safeReturnTo } from './safe-return-to';

export type LoginRequest =
  | { provider: 'spid'; idp: string; returnTo: string }
  | { provider: 'cie'; returnTo: string };

/** The backend endpoint that starts the OpenID Connect login with the chosen provider. */
export function loginUrl(request: LoginRequest): string {
  const query = new URLSearchParams({ provider: request.provider });
  if (request.provider === 'spid') query.set('idp', request.idp);
  query.set('returnTo', safeReturnTo(request.returnTo));
  return `/api/auth/login?${query}`;
}

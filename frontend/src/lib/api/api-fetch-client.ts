import { CSRF_COOKIE, CSRF_HEADER, isUnsafeMethod } from './csrf';
import { readApiResponse, unreachableBackend } from './read-api-response';

function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  const entry = document.cookie.split('; ').find((cookie) => cookie.startsWith(prefix));
  return entry ? decodeURIComponent(entry.slice(prefix.length)) : undefined;
}

/**
 * Calls the backend from the browser through the same-origin `/api` route. The session cookie goes
 * along by itself; unsafe methods also send the CSRF token from the `csrf_token` cookie as a header.
 */
export async function clientApiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  const outgoing = new Headers(init.headers);
  outgoing.set('accept', 'application/json, application/problem+json');
  const csrfToken = readCookie(CSRF_COOKIE);
  if (isUnsafeMethod(init.method) && csrfToken) outgoing.set(CSRF_HEADER, csrfToken);

  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: outgoing, credentials: 'same-origin' });
  } catch (error) {
    throw unreachableBackend(error);
  }
  return readApiResponse<T>(response);
}

import { cookies, headers } from 'next/headers';
import { backendUrl } from './backend-url';
import { CSRF_COOKIE, CSRF_HEADER, isUnsafeMethod } from './csrf';
import { readApiResponse, unreachableBackend } from './read-api-response';

const TIMEOUT_MS = 8_000;
// The backend's audit log and rate limits need the browser's, not this server's, identity.
const FORWARDED_HEADERS = ['cookie', 'user-agent', 'accept-language', 'x-forwarded-for'];

/**
 * Calls the backend from a server component, server function or route handler, on behalf of the
 * browser that made the current request: its Cookie header (the session) goes along, and the CSRF
 * token is copied into the header on unsafe methods. `path` starts with `/api/`.
 */
export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  const [incoming, cookieStore] = await Promise.all([headers(), cookies()]);
  const outgoing = new Headers(init.headers);
  outgoing.set('accept', 'application/json, application/problem+json');
  for (const name of FORWARDED_HEADERS) {
    const value = incoming.get(name);
    if (value) outgoing.set(name, value);
  }
  const csrfToken = cookieStore.get(CSRF_COOKIE)?.value;
  if (isUnsafeMethod(init.method) && csrfToken) outgoing.set(CSRF_HEADER, csrfToken);

  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(`${backendUrl()}${path}`, {
      ...init,
      headers: outgoing,
      cache: 'no-store',
      redirect: 'manual',
      signal: init.signal ? AbortSignal.any([init.signal, timeout]) : timeout,
    });
  } catch (error) {
    throw unreachableBackend(error);
  }
  return readApiResponse<T>(response);
}

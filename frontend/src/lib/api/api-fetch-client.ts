import createClient from 'openapi-fetch';
import { CSRF_COOKIE, CSRF_HEADER, isUnsafeMethod } from './csrf';
import { readApiResponse, throwUnlessOk, unreachableBackend } from './read-api-response';
import type { paths } from './schema';

export function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  const entry = document.cookie.split('; ').find((cookie) => cookie.startsWith(prefix));
  return entry ? decodeURIComponent(entry.slice(prefix.length)) : undefined;
}

/**
 * Calls the backend from the browser through the same-origin `/api` route. The session cookie goes
 * along by itself; unsafe methods also send the CSRF token from the `csrf_token` cookie as a header.
 * Throws `ApiError` for every non-2xx answer and for an unreachable backend.
 */
async function sendFromBrowser(input: string | Request, init: RequestInit = {}): Promise<Response> {
  const outgoing = new Headers(init.headers ?? (input instanceof Request ? input.headers : undefined));
  outgoing.set('accept', 'application/json, application/problem+json');
  const method = init.method ?? (input instanceof Request ? input.method : undefined);
  const csrfToken = readCookie(CSRF_COOKIE);
  if (isUnsafeMethod(method) && csrfToken) outgoing.set(CSRF_HEADER, csrfToken);

  let response: Response;
  try {
    response = await fetch(input, { ...init, headers: outgoing, credentials: 'same-origin' });
  } catch (error) {
    throw unreachableBackend(error);
  }
  return throwUnlessOk(response);
}

/** The typed backend client for client components (see `serverApi` for the server's). */
export function browserApi() {
  return createClient<paths>({
    baseUrl: window.location.origin,
    fetch: (request) => sendFromBrowser(request),
  });
}

export async function clientApiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  return readApiResponse<T>(await sendFromBrowser(path, init));
}

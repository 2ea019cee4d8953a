import { cookies, headers } from 'next/headers';
import createClient from 'openapi-fetch';
import { backendUrl } from './backend-url';
import { CSRF_COOKIE, CSRF_HEADER, isUnsafeMethod } from './csrf';
import { readApiResponse, throwUnlessOk, unreachableBackend } from './read-api-response';
import type { paths } from './schema';

const TIMEOUT_MS = 8_000;
// The backend's audit log and rate limits need the browser's, not this server's, identity.
const FORWARDED_HEADERS = ['cookie', 'user-agent', 'accept-language', 'x-forwarded-for'];

/**
 * Sends a request to the backend on behalf of the browser that made the current request: its Cookie header (the
 * session) goes along, and the CSRF token is copied into the header on unsafe methods. Throws `ApiError` for
 * every non-2xx answer and for an unreachable backend.
 */
async function sendOnBehalfOfBrowser(input: string | Request, init: RequestInit = {}): Promise<Response> {
  const [incoming, cookieStore] = await Promise.all([headers(), cookies()]);
  const outgoing = new Headers(init.headers ?? (input instanceof Request ? input.headers : undefined));
  outgoing.set('accept', 'application/json, application/problem+json');
  for (const name of FORWARDED_HEADERS) {
    const value = incoming.get(name);
    if (value) outgoing.set(name, value);
  }
  const method = init.method ?? (input instanceof Request ? input.method : undefined);
  const csrfToken = cookieStore.get(CSRF_COOKIE)?.value;
  if (isUnsafeMethod(method) && csrfToken) outgoing.set(CSRF_HEADER, csrfToken);

  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(input, {
      ...init,
      headers: outgoing,
      cache: 'no-store',
      redirect: 'manual',
      signal: init.signal ? AbortSignal.any([init.signal, timeout]) : timeout,
    });
  } catch (error) {
    throw unreachableBackend(error);
  }
  return throwUnlessOk(response);
}

/**
 * The typed backend client for server components, server functions and route handlers: paths, parameters,
 * bodies and answers come from the generated `schema.d.ts`. Created per call, so `BACKEND_URL` is read at run
 * time.
 */
export function serverApi() {
  return createClient<paths>({ baseUrl: backendUrl(), fetch: (request) => sendOnBehalfOfBrowser(request) });
}

/** The same, untyped, for the few calls the document cannot describe (redirects). `path` starts with `/api/`. */
export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  return readApiResponse<T>(await sendOnBehalfOfBrowser(`${backendUrl()}${path}`, init));
}

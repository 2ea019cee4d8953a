import { inject } from 'vitest';
import { completeTestLogin } from '../../../test-federation/src/index.js';

export interface TestSession {
  fiscalCode: string;
  /** The session's cookies, as a `Cookie` header value. */
  cookie(): string;
  csrfToken(): string;
  /** `fetch` against the backend with this session's cookies, and the CSRF header on writes. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

/** The session id inside the session's signed cookie (`s:<sid>.<signature>`), the key of its `user_session` row. */
export function sessionIdOf(session: Pick<TestSession, 'cookie'>): string {
  const signed = decodeURIComponent(/portal_session=([^;]+)/.exec(session.cookie())?.[1] ?? '');
  return signed.slice(2, signed.lastIndexOf('.'));
}

export interface LoginIdentity {
  fiscalCode: string;
  givenName: string;
  familyName: string;
  email?: string;
}

class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      if (!value || /expires=Thu, 01 Jan 1970/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

export interface ReplicaSession extends TestSession {
  /** `fetch` with this session against any backend replica (or the frontend in front of them). */
  fetchAt(origin: string, path: string, init?: RequestInit): Promise<Response>;
}

/**
 * Logs in through the real local test federation, exactly as a browser without JavaScript would:
 * portal → OP (signed request object) → login and consent forms → callback → session cookie. Start and callback
 * both go to `origin` (a backend, or the frontend or a balancer in front of several replicas: the pending login
 * lives in the shared session store).
 */
export async function loginThrough(
  origin: string,
  identity: LoginIdentity,
  options: { provider?: 'spid' | 'cie'; returnTo?: string } = {},
): Promise<ReplicaSession> {
  const jar = new CookieJar();
  const provider = options.provider ?? 'spid';
  const query = new URLSearchParams({ provider, ...(provider === 'spid' ? { idp: 'test-a' } : {}) });
  if (options.returnTo) query.set('returnTo', options.returnTo);
  const start = await fetch(`${origin}/api/auth/login?${query}`, { redirect: 'manual' });
  if (start.status !== 302)
    throw new Error(`login did not redirect to the OP: ${start.status} ${await start.text()}`);
  jar.store(start);
  const callback = new URL(
    await completeTestLogin(start.headers.get('location')!, {
      fiscalNumber: identity.fiscalCode,
      givenName: identity.givenName,
      familyName: identity.familyName,
      email: identity.email ?? `${identity.fiscalCode.toLowerCase()}@example.test`,
    }),
  );
  const landing = new URL(origin);
  callback.protocol = landing.protocol;
  callback.host = landing.host;
  const landed = await fetch(callback, { redirect: 'manual', headers: { cookie: jar.header() } });
  jar.store(landed);
  if (landed.status !== 303 || landed.headers.get('location')?.includes('/errore-accesso')) {
    throw new Error(`login failed at the callback: ${landed.status} ${landed.headers.get('location')}`);
  }
  if (!jar.get('csrf_token')) throw new Error('the login callback did not set the CSRF token cookie');
  const fetchAt = async (target: string, path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('cookie', jar.header());
    const method = (init.method ?? 'GET').toUpperCase();
    if (!['GET', 'HEAD'].includes(method)) headers.set('x-csrf-token', jar.get('csrf_token') ?? '');
    const response = await fetch(`${target}${path}`, { ...init, headers, redirect: 'manual' });
    jar.store(response);
    return response;
  };
  return {
    fiscalCode: identity.fiscalCode,
    cookie: () => jar.header(),
    csrfToken: () => jar.get('csrf_token') ?? '',
    fetch: (path, init) => fetchAt(origin, path, init),
    fetchAt,
  };
}

/** `loginThrough` the backend of this test run's shared stack. */
export function loginAs(
  identity: LoginIdentity,
  options: { provider?: 'spid' | 'cie'; returnTo?: string } = {},
): Promise<TestSession> {
  return loginThrough(inject('stack').backendUrl, identity, options);
}

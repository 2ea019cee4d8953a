import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loginThrough, type SystemSession } from '../faults/support/system-stack.js';
import { grantRoles } from '../support/db.js';
import { newIdentity, type TestIdentity } from '../support/factories.js';
import { seedHousehold } from '../support/registry-factories.js';
import { loginAs } from '../support/session.js';
import { type Replica, startReplica } from './support/replica.js';

const { backendUrl } = inject('stack');

interface Problem {
  code: string;
}

/** The attributes of one `Set-Cookie` header, lower-cased, by cookie name. */
function cookieAttributes(response: Response): Map<string, string[]> {
  return new Map(
    response.headers.getSetCookie().map((header) => {
      const [pair, ...attributes] = header.split(';').map((part) => part.trim());
      return [pair.slice(0, pair.indexOf('=')), attributes.map((attribute) => attribute.toLowerCase())];
    }),
  );
}

function expectSecurityHeaders(response: Response): void {
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(response.headers.get('strict-transport-security')).toMatch(/max-age=31536000; includeSubDomains/);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  expect(response.headers.get('x-powered-by')).toBeNull();
}

describe('security headers', () => {
  it('should send the security headers on API answers, refusals and the federation document', async () => {
    for (const path of [
      '/api/health',
      '/api/me',
      '/api/permits/not-a-uuid',
      '/.well-known/openid-federation',
    ]) {
      expectSecurityHeaders(await fetch(`${backendUrl}${path}`));
    }
  });

  it('should never let personal answers be cached by shared caches', async () => {
    const resident = newIdentity();
    await seedHousehold([{ identity: resident, relationshipCode: '01' }]);
    const session = await loginAs(resident);
    const pdf = await session.fetch('/api/registry/me/autocertificazione.pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('cache-control')).toContain('no-store');
  });
});

describe('session cookie and CSRF', () => {
  it('should set the session cookie HttpOnly and SameSite=Lax, and the CSRF cookie readable by the page', async () => {
    const start = await fetch(`${backendUrl}/api/auth/login?provider=spid&idp=test-a`, {
      redirect: 'manual',
    });
    const session = cookieAttributes(start).get('portal_session');
    expect(session).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/']));
    expect(session).not.toContain('secure');

    const resident = await loginAs(newIdentity());
    const me = await fetch(`${backendUrl}/api/me`, {
      headers: { cookie: resident.cookie().replace(/csrf_token=[^;]*;?\s*/, '') },
    });
    const csrf = cookieAttributes(me).get('csrf_token');
    expect(csrf).toEqual(expect.arrayContaining(['samesite=lax', 'path=/']));
    expect(csrf).not.toContain('httponly');
  });

  it('should refuse writes of a session without the CSRF token or with another session’s, and accept its own', async () => {
    const [resident, other] = await Promise.all([loginAs(newIdentity()), loginAs(newIdentity())]);
    const markRead = (token?: string) =>
      fetch(`${backendUrl}/api/messages/1/read`, {
        method: 'POST',
        headers: { cookie: resident.cookie(), ...(token === undefined ? {} : { 'x-csrf-token': token }) },
      });
    for (const token of [undefined, '', other.csrfToken(), `${resident.csrfToken()}x`]) {
      const refused = await markRead(token);
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as Problem).code).toBe('CSRF_TOKEN_INVALID');
    }
    // A cross-site form post cannot carry the header either, and the cookie alone is not enough.
    const form = await fetch(`${backendUrl}/api/messages/1/read`, {
      method: 'POST',
      headers: { cookie: resident.cookie(), 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    });
    expect(form.status).toBe(403);
    expect((await markRead(resident.csrfToken())).status).toBe(404);
  });
});

describe('a portal served over HTTPS', () => {
  let replica: Replica;

  beforeAll(async () => {
    replica = await startReplica({ PUBLIC_URL: 'https://servizi.comune.example.test' });
  });

  afterAll(async () => {
    await replica?.stop();
  });

  it('should mark the session cookie Secure when the trusted proxy reports HTTPS', async () => {
    const start = await fetch(`${replica.url}/api/auth/login?provider=spid&idp=test-a`, {
      redirect: 'manual',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(start.status).toBe(302);
    expect(cookieAttributes(start).get('portal_session')).toEqual(
      expect.arrayContaining(['secure', 'httponly', 'samesite=lax']),
    );
  });
});

describe('logs', () => {
  let replica: Replica;
  let resident: TestIdentity;
  let relative: TestIdentity;
  let clerk: TestIdentity;
  let session: SystemSession;
  let clerkSession: SystemSession;

  beforeAll(async () => {
    replica = await startReplica({ LOG_LEVEL: 'trace' });
    resident = newIdentity();
    relative = newIdentity();
    clerk = newIdentity();
    await seedHousehold([
      { identity: resident, relationshipCode: '01' },
      { identity: relative, relationshipCode: '02' },
    ]);
    await grantRoles(clerk.fiscalCode, ['registry', 'taxes', 'admin']);
    [session, clerkSession] = await Promise.all([
      loginThrough(replica.url, resident),
      loginThrough(replica.url, clerk),
    ]);
  });

  afterAll(async () => {
    await replica?.stop();
  });

  it('should keep codici fiscali, names and session secrets out of the log, whatever the requests carry', async () => {
    const json = (body: unknown) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const requests = [
      session.fetch('/api/registry/me'),
      session.fetch('/api/registry/me/household'),
      session.fetch('/api/certificates/subjects'),
      session.fetch(
        `/api/registry/me/corrections`,
        json({ field: 'other', currentValue: relative.fiscalCode }),
      ),
      clerkSession.fetch(`/api/staff/taxes/properties?owner=${resident.fiscalCode}`),
      clerkSession.fetch(
        `/api/staff/registry/persons?q=${encodeURIComponent(`${resident.familyName} ${resident.givenName}`)}`,
      ),
      clerkSession.fetch(`/api/staff/registry/persons?q=${relative.fiscalCode}`),
      clerkSession.fetch(`/api/admin/roles/${relative.fiscalCode}`, {
        ...json({ roles: ['nope'] }),
        method: 'PUT',
      }),
      clerkSession.fetch(`/api/admin/roles/${relative.fiscalCode.toLowerCase()}x`, {
        ...json({ roles: [] }),
        method: 'PUT',
      }),
      fetch(`${replica.url}/api/me?cf=${resident.fiscalCode}`, { headers: { cookie: session.cookie() } }),
    ];
    const statuses = await Promise.all(requests.map(async (request) => (await request).status));
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    // Log lines are written asynchronously: give the last ones a moment.
    await new Promise((resolve) => setTimeout(resolve, 300));

    const log = replica.output();
    const completed = log
      .split('\n')
      .filter((line) => line.includes('"msg":"request completed"'))
      .map((line) => JSON.parse(line) as { req: { url: string }; res: { statusCode: unknown } });
    expect(completed.length).toBeGreaterThanOrEqual(requests.length);
    // Masking must not spoil the record: the status is still there, the query reduced to its names.
    expect(completed.every(({ res }) => typeof res.statusCode === 'number')).toBe(true);
    expect(completed.map(({ req }) => req.url)).toContain('/api/staff/taxes/properties?owner=…');
    const secrets = [
      resident.fiscalCode,
      relative.fiscalCode,
      clerk.fiscalCode,
      resident.familyName,
      relative.familyName,
      clerk.familyName,
      session.csrfToken(),
      /portal_session=([^;]+)/.exec(session.cookie())?.[1] ?? 'no session cookie',
    ];
    const leaked = secrets.filter((secret) => log.toUpperCase().includes(secret.toUpperCase()));
    expect(leaked).toEqual([]);
  });
});

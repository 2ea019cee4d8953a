import { decodeJwt, decodeProtectedHeader } from 'jose';
import { describe, expect, inject, it } from 'vitest';
import { completeTestLogin } from '../../test-federation/src/index.js';
import { grantRoles, testDb } from './support/db.js';
import { newIdentity } from './support/factories.js';
import { loginAs, sessionIdOf } from './support/session.js';

const { backendUrl } = inject('stack');

async function startLogin(query: string) {
  const response = await fetch(`${backendUrl}/api/auth/login?${query}`, { redirect: 'manual' });
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  return { response, cookie, location: response.headers.get('location') ?? '' };
}

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await response.json()) as { code: string; detail: string; field?: string };
}

describe('SPID and CIE login', () => {
  it('should log a resident in with SPID and answer /api/me with the data from the OP', async () => {
    const person = newIdentity();
    const session = await loginAs(person, { provider: 'spid' });
    const response = await session.fetch('/api/me');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      fiscalCode: person.fiscalCode,
      givenName: person.givenName,
      familyName: person.familyName,
      roles: ['resident'],
      provider: 'spid',
    });
  });

  it('should log a resident in with CIE', async () => {
    const person = newIdentity();
    const session = await loginAs(person, { provider: 'cie' });
    const me = (await (await session.fetch('/api/me')).json()) as { fiscalCode: string; provider: string };
    expect(me).toMatchObject({ fiscalCode: person.fiscalCode, provider: 'cie' });
  });

  it('should include the staff roles granted in the database', async () => {
    const clerk = newIdentity();
    await grantRoles(clerk.fiscalCode, ['permits']);
    const session = await loginAs(clerk);
    const me = (await (await session.fetch('/api/me')).json()) as { roles: string[] };
    expect(me.roles).toEqual(['resident', 'permits']);
  });

  it('should answer 401 to /api/me without a session, and SESSION_EXPIRED with a forged cookie', async () => {
    const anonymous = await fetch(`${backendUrl}/api/me`);
    expect(anonymous.status).toBe(401);
    expect((await problemOf(anonymous)).code).toBe('UNAUTHENTICATED');
    const forged = await fetch(`${backendUrl}/api/me`, {
      headers: { cookie: 'portal_session=s%3Aforged.signature' },
    });
    expect(forged.status).toBe(401);
    expect((await problemOf(forged)).code).toBe('SESSION_EXPIRED');
  });

  it('should keep the idle timeout on the server: no cookie re-sent per answer, and an idle row ends the session', async () => {
    const session = await loginAs(newIdentity());
    const read = await session.fetch('/api/me');
    expect(read.status).toBe(200);
    // A read does not re-sign and re-send the session cookie; its lifetime is the row's.
    expect(read.headers.getSetCookie().filter((header) => header.startsWith('portal_session='))).toEqual([]);
    const sid = sessionIdOf(session);
    const { rows } = await testDb().query<{ seconds: number; cookieExpires: string | null }>(
      `SELECT extract(epoch FROM expire - now())::float AS seconds, sess->'cookie'->>'expires' AS "cookieExpires"
         FROM user_session WHERE sid = $1`,
      [sid],
    );
    // SESSION_IDLE_MINUTES (15 in the test stack) from the last renewal, within a minute.
    expect(rows[0].seconds).toBeGreaterThan(14 * 60);
    expect(rows[0].seconds).toBeLessThanOrEqual(15 * 60 + 5);
    expect(rows[0].cookieExpires).toBeNull();
    await testDb().query(`UPDATE user_session SET expire = now() - interval '1 second' WHERE sid = $1`, [
      sid,
    ]);
    // Made by SQL, not by the backend: it hears of it through PostgreSQL's notification, a moment later.
    await expect.poll(async () => (await session.fetch('/api/me')).status, { timeout: 5_000 }).toBe(401);
  });

  it('should renew the idle timeout on a read, at most once a minute per process', async () => {
    const session = await loginAs(newIdentity());
    const sid = sessionIdOf(session);
    const secondsLeft = async () => {
      const { rows } = await testDb().query<{ seconds: number }>(
        'SELECT extract(epoch FROM expire - now())::float AS seconds FROM user_session WHERE sid = $1',
        [sid],
      );
      return rows[0].seconds;
    };
    const shorten = () =>
      testDb().query(`UPDATE user_session SET expire = now() + interval '2 minutes' WHERE sid = $1`, [sid]);
    await shorten();
    // The first read of this session renews its row: SESSION_IDLE_MINUTES (15 in the test stack) from now.
    expect((await session.fetch('/api/me')).status).toBe(200);
    expect(await secondsLeft()).toBeGreaterThan(14 * 60);
    // A read within the minute does not write again.
    await shorten();
    expect((await session.fetch('/api/me')).status).toBe(200);
    expect(await secondsLeft()).toBeLessThanOrEqual(2 * 60);
  });

  it('should send a signed request object that follows the SPID rules, plus the outer parameters', async () => {
    const { response, location } = await startLogin('provider=spid&idp=test-a');
    expect(response.status).toBe(302);
    const url = new URL(location);
    for (const name of ['client_id', 'response_type', 'scope', 'code_challenge', 'code_challenge_method']) {
      expect(url.searchParams.get(name), name).toBeTruthy();
    }
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    const requestObject = url.searchParams.get('request')!;
    const header = decodeProtectedHeader(requestObject);
    expect(header.alg).toMatch(/^RS(256|512)$/);
    expect(header.kid).toBeTruthy();
    const claims = decodeJwt(requestObject);
    expect(claims.iss).toBe(backendUrl);
    expect(claims.client_id).toBe(backendUrl);
    expect(claims.sub).toBeUndefined();
    expect(claims.response_type).toBe('code');
    expect(claims.redirect_uri).toBe(`${backendUrl}/api/auth/callback`);
    expect(claims.prompt).toBe('consent login');
    expect(claims.acr_values).toBe('https://www.spid.gov.it/SpidL2');
    expect(String(claims.state)).toMatch(/^[A-Za-z0-9]{32,}$/);
    expect(String(claims.nonce)).toMatch(/^[A-Za-z0-9]{32,}$/);
    expect(claims.code_challenge_method).toBe('S256');
    expect((claims.exp as number) - (claims.iat as number)).toBeLessThanOrEqual(300);
    expect(claims.jti).toBeTruthy();
    const requested = (typeof claims.claims === 'string' ? JSON.parse(claims.claims) : claims.claims) as {
      userinfo: Record<string, unknown>;
    };
    expect(Object.keys(requested.userinfo)).toEqual(
      expect.arrayContaining([
        'https://attributes.eid.gov.it/fiscal_number',
        'given_name',
        'family_name',
        'email',
      ]),
    );
    expect(Array.isArray(claims.aud) ? claims.aud : [claims.aud]).toContain(
      url.origin + url.pathname.replace(/\/auth$/, ''),
    );
  });

  it('should publish a self-signed entity configuration with separate federation keys', async () => {
    const response = await fetch(`${backendUrl}/.well-known/openid-federation`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/entity-statement\+jwt/);
    const jwt = await response.text();
    expect(decodeProtectedHeader(jwt).typ).toBe('entity-statement+jwt');
    type Jwks = { keys: { kid: string; d?: string }[] };
    const statement = decodeJwt(jwt) as unknown as {
      iss: string;
      sub: string;
      authority_hints: string[];
      jwks: Jwks;
      metadata: {
        openid_relying_party: {
          client_registration_types: string[];
          token_endpoint_auth_method: string;
          redirect_uris: string[];
          jwks: Jwks;
        };
        federation_entity: { federation_resolve_endpoint: string };
      };
    };
    expect(statement.iss).toBe(backendUrl);
    expect(statement.sub).toBe(backendUrl);
    expect(statement.authority_hints).toEqual([`${inject('stack').federationUrl}/ta`]);
    const rp = statement.metadata.openid_relying_party;
    expect(rp.client_registration_types).toEqual(['automatic']);
    expect(rp.token_endpoint_auth_method).toBe('private_key_jwt');
    expect(rp.redirect_uris).toEqual([`${backendUrl}/api/auth/callback`]);
    const federationKids = statement.jwks.keys.map((key) => key.kid);
    const coreKids = rp.jwks.keys.map((key) => key.kid);
    expect(coreKids).toHaveLength(2);
    expect(federationKids.some((kid) => coreKids.includes(kid))).toBe(false);
    expect(statement.metadata.federation_entity.federation_resolve_endpoint).toBe(
      `${backendUrl}/api/federation/resolve`,
    );
    for (const key of [...statement.jwks.keys, ...rp.jwks.keys]) expect(key.d).toBeUndefined();
  });

  it('should refuse an unknown IdP, a bad provider and an off-site returnTo with a 400 problem', async () => {
    const unknownIdp = await startLogin('provider=spid&idp=nope');
    expect(unknownIdp.response.status).toBe(400);
    expect(await problemOf(unknownIdp.response)).toMatchObject({ code: 'UNKNOWN_IDP', field: 'idp' });
    const badProvider = await startLogin('provider=facebook');
    expect(badProvider.response.status).toBe(400);
    expect((await problemOf(badProvider.response)).field).toBe('provider');
    for (const returnTo of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      '/.//evil.example',
    ]) {
      const offSite = await startLogin(`provider=cie&returnTo=${encodeURIComponent(returnTo)}`);
      expect(offSite.response.status, returnTo).toBe(400);
      expect((await problemOf(offSite.response)).code).toBe('RETURN_TO_INVALID');
    }
  });

  it('should return to the requested page of the portal after login', async () => {
    const person = newIdentity();
    const { location, cookie } = await startLogin('provider=cie&returnTo=%2Fcertificati');
    const callback = await completeTestLogin(location, {
      fiscalNumber: person.fiscalCode,
      givenName: 'A',
      familyName: 'B',
    });
    const landed = await fetch(callback, { redirect: 'manual', headers: { cookie } });
    expect(landed.status).toBe(303);
    expect(landed.headers.get('location')).toBe(`${backendUrl}/certificati`);
  });

  it('should refuse a callback with a wrong state and a replayed callback, logging nobody in', async () => {
    const person = newIdentity();
    const { location, cookie } = await startLogin('provider=spid&idp=test-a');
    const callback = await completeTestLogin(location, {
      fiscalNumber: person.fiscalCode,
      givenName: 'A',
      familyName: 'B',
    });

    const tampered = new URL(callback);
    tampered.searchParams.set('state', 'X'.repeat(40));
    const wrongState = await fetch(tampered, { redirect: 'manual', headers: { cookie } });
    expect(wrongState.status).toBe(303);
    expect(wrongState.headers.get('location')).toMatch(/\/errore-accesso\?code=OIDC_STATE_MISMATCH$/);
    // The transaction is single use: even the genuine callback is now refused.
    const genuine = await fetch(callback, { redirect: 'manual', headers: { cookie } });
    expect(genuine.headers.get('location')).toMatch(/\/errore-accesso\?code=OIDC_STATE_MISMATCH$/);
    const me = await fetch(`${backendUrl}/api/me`, { headers: { cookie } });
    expect(me.status).toBe(401);
  });

  it('should refuse a replayed authorization code in a new browser session', async () => {
    const person = newIdentity();
    const first = await startLogin('provider=spid&idp=test-a');
    const callback = await completeTestLogin(first.location, {
      fiscalNumber: person.fiscalCode,
      givenName: 'A',
      familyName: 'B',
    });
    const ok = await fetch(callback, { redirect: 'manual', headers: { cookie: first.cookie } });
    expect(ok.headers.get('location')).not.toContain('errore-accesso');
    // An attacker replays the same code and state with a session of its own: no transaction matches.
    const attacker = await startLogin('provider=spid&idp=test-a');
    const replay = await fetch(callback, { redirect: 'manual', headers: { cookie: attacker.cookie } });
    expect(replay.headers.get('location')).toMatch(/\/errore-accesso\?code=OIDC_/);
  });

  it('should send a user who cancels at the OP to the login error page', async () => {
    const { location, cookie } = await startLogin('provider=cie');
    const callback = await completeTestLogin(location, {
      fiscalNumber: newIdentity().fiscalCode,
      consent: false,
    });
    expect(callback.searchParams.get('error')).toBe('access_denied');
    const landed = await fetch(callback, { redirect: 'manual', headers: { cookie } });
    expect(landed.headers.get('location')).toMatch(/\/errore-accesso\?code=OIDC_ACCESS_DENIED$/);
  });

  it('should refuse state-changing requests without the CSRF token', async () => {
    const session = await loginAs(newIdentity());
    const withoutToken = await fetch(`${backendUrl}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie: session.cookie() },
    });
    expect(withoutToken.status).toBe(403);
    expect((await problemOf(withoutToken)).code).toBe('CSRF_TOKEN_INVALID');
    expect((await session.fetch('/api/me')).status).toBe(200);
  });

  it('should log out: the access token is revoked at the OP and the old cookie gets 401', async () => {
    const person = newIdentity();
    const session = await loginAs(person, { provider: 'spid' });
    const oldCookie = session.cookie();
    const stored = await testDb().query<{ token: string }>(
      "SELECT sess->>'accessToken' AS token FROM user_session WHERE sess->>'fiscalCode' = $1",
      [person.fiscalCode],
    );
    const accessToken = stored.rows[0]!.token;
    const userinfo = () =>
      fetch(`${inject('stack').federationUrl}/spid/me`, {
        headers: { authorization: `Bearer ${accessToken}` },
      });
    expect((await userinfo()).status).toBe(200);

    const logout = await session.fetch('/api/auth/logout', { method: 'POST' });
    expect(logout.status).toBe(204);
    expect((await userinfo()).status).toBe(401);
    const after = await fetch(`${backendUrl}/api/me`, { headers: { cookie: oldCookie } });
    expect(after.status).toBe(401);
  });

  it('should list the configured identity providers', async () => {
    const providers = (await (await fetch(`${backendUrl}/api/auth/providers`)).json()) as {
      spid: { id: string; name: string }[];
      cie: { enabled: boolean };
    };
    expect(providers.spid.map((idp) => idp.id)).toEqual(['test-a', 'test-b']);
    expect(providers.cie.enabled).toBe(true);
  });
});

describe('roles', () => {
  it('should apply a granted or revoked role at the next request of a session already open', async () => {
    const admin = newIdentity();
    await grantRoles(admin.fiscalCode, ['admin']);
    const adminSession = await loginAs(admin);
    const clerk = newIdentity();
    const clerkSession = await loginAs(clerk);
    const setRoles = async (roles: string[]) => {
      const response = await adminSession.fetch(`/api/admin/roles/${clerk.fiscalCode}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ roles }),
      });
      expect(response.status).toBe(200);
    };
    const rolesNow = async () =>
      ((await (await clerkSession.fetch('/api/me')).json()) as { roles: string[] }).roles;

    await setRoles(['taxes', 'permits']);
    expect(await rolesNow()).toEqual(['resident', 'permits', 'taxes']);
    await setRoles([]);
    expect(await rolesNow()).toEqual(['resident']);
  });

  it('should let only an admin grant staff roles, auditing the change', async () => {
    const admin = newIdentity();
    await grantRoles(admin.fiscalCode, ['admin']);
    const adminSession = await loginAs(admin);
    const clerk = newIdentity();
    const resident = await loginAs(newIdentity());

    const denied = await resident.fetch(`/api/admin/roles/${clerk.fiscalCode}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ roles: ['taxes'] }),
    });
    expect(denied.status).toBe(403);

    const granted = await adminSession.fetch(`/api/admin/roles/${clerk.fiscalCode}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ roles: ['taxes'] }),
    });
    expect(granted.status).toBe(200);
    expect(await granted.json()).toEqual({ fiscalCode: clerk.fiscalCode, roles: ['resident', 'taxes'] });

    const invalid = await adminSession.fetch('/api/admin/roles/NOTACODE', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ roles: ['taxes'] }),
    });
    expect(invalid.status).toBe(422);
    expect((await problemOf(invalid)).field).toBe('fiscalCode');

    const badRole = await adminSession.fetch(`/api/admin/roles/${clerk.fiscalCode}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ roles: ['superuser'] }),
    });
    expect(badRole.status).toBe(400);
    expect((await problemOf(badRole)).field).toBe('roles');
  });
});

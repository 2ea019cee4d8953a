import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  completeTestLogin,
  FISCAL_NUMBER_CLAIM,
  startTestFederation,
  type TestFederation,
} from '../../../../test-federation/src/index.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { RelyingParty } from './relying-party.js';
import { generateRelyingPartyKeys, publicJwks, type RelyingPartyKeys } from './relying-party-keys.js';
import type { RelyingPartyConfig, RelyingPartyDeps } from './relying-party-types.js';

const SPID_L2 = 'https://www.spid.gov.it/SpidL2';
const MARIO = {
  fiscalNumber: 'RSSMRA80A01H501U',
  givenName: 'Mario',
  familyName: 'Rossi',
  email: 'mario.rossi@example.it',
  birthdate: '1980-01-01',
  label: 'Mario Rossi (demo)',
};

let federation: TestFederation;
let rpServer: Server;
let keys: RelyingPartyKeys;
let config: RelyingPartyConfig;
let rp: RelyingParty;

function relyingParty(
  deps: RelyingPartyDeps = {},
  overrides: Partial<RelyingPartyConfig> = {},
): RelyingParty {
  return new RelyingParty({ ...config, ...overrides }, keys, deps);
}

async function login(provider: 'spid' | 'cie', party = rp, fiscalNumber = MARIO.fiscalNumber) {
  const opEntityId = provider === 'spid' ? federation.spidOpId : federation.cieOpId;
  const { url, transaction } = await party.startAuthentication({ provider, opEntityId });
  const callbackUrl = await completeTestLogin(url, {
    fiscalNumber,
    givenName: 'Laura',
    familyName: 'Bianchi',
  });
  return { url, transaction, callbackUrl };
}

beforeAll(async () => {
  // The RP's own endpoints (entity configuration, resolve) served over real HTTP, as in production.
  rpServer = createServer((req, res) => {
    const url = new URL(req.url ?? '/', config.entityId);
    const answer = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    const work =
      url.pathname === '/.well-known/openid-federation'
        ? rp.entityConfiguration().then((jwt) => answer(200, 'application/entity-statement+jwt', jwt))
        : url.pathname === '/resolve'
          ? rp
              .resolveResponse(url.searchParams.get('sub') ?? '', url.searchParams.get('anchor') ?? '')
              .then((jwt) => answer(200, 'application/resolve-response+jwt', jwt))
          : Promise.resolve(answer(404, 'text/plain', 'not found'));
    work.catch((error: DomainError) => answer(error.status ?? 500, 'text/plain', error.code ?? 'error'));
  });
  await new Promise<void>((resolve) => rpServer.listen(0, resolve));
  const entityId = `http://localhost:${(rpServer.address() as AddressInfo).port}`;
  federation = await startTestFederation({ port: 0, relyingParties: [entityId], identities: [MARIO] });
  keys = await generateRelyingPartyKeys();
  const trustMark = await federation.issueTrustMark(entityId);
  config = {
    entityId,
    redirectUri: `${entityId}/callback`,
    clientName: 'Portale del cittadino (test)',
    organizationName: 'Comune di Prova',
    homepageUri: entityId,
    contacts: ['protocollo@comune.example.it'],
    trustAnchorId: federation.trustAnchorId,
    authorityHints: [federation.trustAnchorId],
    providers: [federation.spidOpId, federation.cieOpId],
    trustMarks: [{ id: decodeJwt(trustMark).id as string, trust_mark: trustMark }],
    allowHttp: true,
  };
  rp = relyingParty();
}, 30_000);

afterAll(async () => {
  await federation?.close();
  await new Promise((resolve) => rpServer?.close(resolve));
});

describe('RelyingParty against the local test federation', () => {
  it('should build a SPID authorization URL with a signed request object and the outer query parameters', async () => {
    const { url, transaction } = await rp.startAuthentication({
      provider: 'spid',
      opEntityId: federation.spidOpId,
      idpHint: 'Poste Italiane',
    });
    for (const [name, value] of Object.entries({
      client_id: config.entityId,
      response_type: 'code',
      scope: 'openid',
      code_challenge_method: 'S256',
    })) {
      expect(url.searchParams.get(name)).toBe(value);
    }
    const request = url.searchParams.get('request') ?? '';
    const claims = decodeJwt(request);
    expect(decodeProtectedHeader(request)).toMatchObject({ alg: 'RS256', kid: keys.signing.kid });
    expect(claims).toMatchObject({
      iss: config.entityId,
      client_id: config.entityId,
      aud: [federation.spidOpId, `${federation.spidOpId}/auth`],
      prompt: 'consent login',
      acr_values: SPID_L2,
      state: transaction.state,
      nonce: transaction.nonce,
      code_challenge: url.searchParams.get('code_challenge'),
      idp_hint: 'Poste Italiane',
    });
    expect((claims.exp as number) - (claims.iat as number)).toBe(60);
    expect(claims.sub).toBeUndefined();
    expect(transaction.state).toMatch(/^[A-Za-z0-9]{32,}$/);
    expect(transaction.nonce).toMatch(/^[A-Za-z0-9]{32,}$/);
    expect(Object.keys((claims.claims as Record<string, unknown>) ?? {})).toEqual(['userinfo']);
  });

  it('should complete a SPID login and return the fiscal code read from the encrypted userinfo', async () => {
    const { transaction, callbackUrl } = await login('spid');
    const identity = await rp.completeAuthentication(callbackUrl, transaction);

    expect(identity).toMatchObject({
      fiscalCode: MARIO.fiscalNumber,
      givenName: 'Mario',
      familyName: 'Rossi',
      email: MARIO.email,
      birthdate: MARIO.birthdate,
      acr: SPID_L2,
      provider: 'spid',
      opEntityId: federation.spidOpId,
    });
    expect(identity.subject).not.toContain(MARIO.fiscalNumber);
    expect(decodeJwt(identity.idToken)[FISCAL_NUMBER_CLAIM]).toBeUndefined();
  });

  it('should complete a CIE login for a typed fiscal code and receive the attributes in the ID token too', async () => {
    const { transaction, callbackUrl } = await login('cie', rp, 'bnclra85m41f205x');
    expect(callbackUrl.searchParams.get('iss')).toBe(federation.cieOpId);

    const identity = await rp.completeAuthentication(callbackUrl, transaction);

    expect(identity).toMatchObject({
      fiscalCode: 'BNCLRA85M41F205X',
      givenName: 'Laura',
      familyName: 'Bianchi',
      provider: 'cie',
    });
    expect(decodeJwt(identity.idToken)[FISCAL_NUMBER_CLAIM]).toBe('TINIT-BNCLRA85M41F205X');
  });

  it('should refuse a CIE callback without the iss parameter', async () => {
    const { transaction, callbackUrl } = await login('cie');
    callbackUrl.searchParams.delete('iss');

    await expect(rp.completeAuthentication(callbackUrl, transaction)).rejects.toMatchObject({
      code: 'OIDC_ISSUER_MISMATCH',
      status: 400,
    });
  });

  it('should refuse a callback whose state is not the one of the transaction', async () => {
    const { transaction, callbackUrl } = await login('spid');
    callbackUrl.searchParams.set('state', 'A'.repeat(48));

    await expect(rp.completeAuthentication(callbackUrl, transaction)).rejects.toMatchObject({
      code: 'OIDC_STATE_MISMATCH',
      status: 400,
    });
  });

  it('should refuse an ID token whose nonce is not the one of the transaction', async () => {
    const { transaction, callbackUrl } = await login('spid');

    await expect(
      rp.completeAuthentication(callbackUrl, { ...transaction, nonce: 'B'.repeat(48) }),
    ).rejects.toMatchObject({ code: 'OIDC_NONCE_MISMATCH', status: 401 });
  });

  it('should refuse an ID token that was tampered with on the way', async () => {
    const tamperingFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!String(input).endsWith('/token')) return response;
      const body = (await response.json()) as { id_token: string };
      const [header, payload, signature] = body.id_token.split('.');
      const claims = {
        ...JSON.parse(Buffer.from(payload, 'base64url').toString()),
        acr: 'https://www.spid.gov.it/SpidL3',
      };
      body.id_token = [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join(
        '.',
      );
      return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
    };
    const tampering = relyingParty({ fetch: tamperingFetch });
    const { transaction, callbackUrl } = await login('spid', tampering);

    await expect(tampering.completeAuthentication(callbackUrl, transaction)).rejects.toMatchObject({
      code: 'OIDC_ID_TOKEN_INVALID',
      status: 401,
    });
  });

  it('should refuse to exchange the same authorization code twice', async () => {
    const { transaction, callbackUrl } = await login('spid');
    await rp.completeAuthentication(callbackUrl, transaction);

    await expect(rp.completeAuthentication(callbackUrl, transaction)).rejects.toMatchObject({
      code: 'OIDC_CODE_INVALID',
      status: 400,
    });
  });

  it('should revoke the access token so that the userinfo endpoint no longer accepts it', async () => {
    const { transaction, callbackUrl } = await login('spid');
    const identity = await rp.completeAuthentication(callbackUrl, transaction);
    const userinfo = () =>
      fetch(`${federation.spidOpId}/me`, { headers: { authorization: `Bearer ${identity.accessToken}` } });
    expect((await userinfo()).status).toBe(200);

    await rp.revoke(federation.spidOpId, identity.accessToken);

    expect((await userinfo()).status).toBe(401);
  });

  it('should report a denied consent as OIDC_ACCESS_DENIED', async () => {
    const { url, transaction } = await rp.startAuthentication({
      provider: 'spid',
      opEntityId: federation.spidOpId,
    });
    const callbackUrl = await completeTestLogin(url, { fiscalNumber: MARIO.fiscalNumber, consent: false });

    await expect(rp.completeAuthentication(callbackUrl, transaction)).rejects.toMatchObject({
      code: 'OIDC_ACCESS_DENIED',
      status: 401,
    });
  });

  it('should refuse a callback that arrives after the transaction expired', async () => {
    const { transaction } = await rp.startAuthentication({
      provider: 'spid',
      opEntityId: federation.spidOpId,
    });
    const later = relyingParty({ now: () => new Date(Date.now() + 11 * 60 * 1000) });
    const callbackUrl = new URL(`${config.redirectUri}?code=x&state=${transaction.state}`);

    await expect(later.completeAuthentication(callbackUrl, transaction)).rejects.toMatchObject({
      code: 'OIDC_TRANSACTION_EXPIRED',
      status: 401,
    });
  });

  it('should refuse a provider that is not a subordinate of the trust anchor', async () => {
    await expect(
      rp.startAuthentication({ provider: 'spid', opEntityId: `${federation.url}/nowhere` }),
    ).rejects.toMatchObject({ code: 'OIDC_UNKNOWN_PROVIDER', status: 400 });
    await expect(
      rp.startAuthentication({ provider: 'eidas' as 'spid', opEntityId: federation.spidOpId }),
    ).rejects.toBeInstanceOf(DomainError);
  });

  it('should refuse acr values that are not SPID levels', async () => {
    await expect(
      rp.startAuthentication({ provider: 'spid', opEntityId: federation.spidOpId, acrValues: ['loa-high'] }),
    ).rejects.toMatchObject({ code: 'OIDC_INVALID_ACR', status: 400 });
  });

  it('should refuse the trust chain when the trust anchor is not signed with the configured keys', async () => {
    const pinned = relyingParty({}, { trustAnchorJwks: publicJwks(keys.signing) });

    await expect(
      pinned.startAuthentication({ provider: 'spid', opEntityId: federation.spidOpId }),
    ).rejects.toMatchObject({ code: 'OIDC_TRUST_CHAIN_INVALID', status: 502 });
  });

  it('should publish an entity configuration signed with the federation key only', async () => {
    const jwt = await rp.entityConfiguration();
    const { payload, protectedHeader } = await jwtVerify(
      jwt,
      createLocalJWKSet(publicJwks(keys.federation)),
      {
        typ: 'entity-statement+jwt',
      },
    );

    expect(protectedHeader.kid).toBe(keys.federation.kid);
    expect(payload).toMatchObject({ iss: config.entityId, sub: config.entityId });
    const jwks = payload.jwks as { keys: { kid: string; d?: string }[] };
    expect(jwks.keys.map((key) => key.kid)).toEqual([keys.federation.kid]);
    const metadata = payload.metadata as Record<string, Record<string, unknown>>;
    expect(metadata.openid_relying_party).toMatchObject({
      client_registration_types: ['automatic'],
      redirect_uris: [config.redirectUri],
      token_endpoint_auth_method: 'private_key_jwt',
      userinfo_encrypted_response_alg: 'RSA-OAEP-256',
    });
    const coreKeys = (metadata.openid_relying_party.jwks as { keys: { kid: string; d?: string }[] }).keys;
    expect(coreKeys.map((key) => key.kid)).toEqual([keys.signing.kid, keys.encryption.kid]);
    expect(coreKeys.every((key) => key.d === undefined)).toBe(true);
    expect(metadata.federation_entity.federation_resolve_endpoint).toBe(`${config.entityId}/resolve`);
  });

  it('should answer the resolve endpoint with the OP metadata after the policies of the anchor and the intermediate', async () => {
    const response = await fetch(
      `${config.entityId}/resolve?sub=${encodeURIComponent(federation.cieOpId)}&anchor=${encodeURIComponent(federation.trustAnchorId)}`,
    );
    const { payload } = await jwtVerify(
      await response.text(),
      createLocalJWKSet(publicJwks(keys.federation)),
      {
        typ: 'resolve-response+jwt',
      },
    );

    expect(payload).toMatchObject({ iss: config.entityId, sub: federation.cieOpId });
    expect((payload.trust_chain as string[]).map((jwt) => decodeJwt(jwt).iss)).toEqual([
      federation.cieOpId,
      federation.intermediateId,
      federation.trustAnchorId,
      federation.trustAnchorId,
    ]);
    const provider = (payload.metadata as Record<string, Record<string, unknown>>).openid_provider;
    expect(provider.token_endpoint_auth_methods_supported).toEqual(['private_key_jwt']);
    expect(provider.contacts).toContain('intermediario-test@example.invalid');
    expect((provider.jwks as { keys: unknown[] }).keys.length).toBe(1);
    await expect(rp.resolveResponse(config.entityId, 'https://other-anchor.example')).rejects.toMatchObject({
      code: 'OIDC_UNKNOWN_TRUST_ANCHOR',
    });
  });
  it('should resolve only entities of the federation, without ever fetching the subject from the request', async () => {
    const requested: string[] = [];
    const counting = relyingParty({
      fetch: (input, init) => {
        requested.push(String(input));
        return fetch(input, init);
      },
    });
    const stranger = 'http://127.0.0.1:9/.well-known/secret';

    await expect(counting.resolveResponse(stranger, federation.trustAnchorId)).rejects.toMatchObject({
      code: 'OIDC_UNKNOWN_SUBJECT',
      status: 404,
      field: 'sub',
    });
    expect(requested.some((url) => url.includes('127.0.0.1:9'))).toBe(false);
    expect(requested.every((url) => url.startsWith(federation.trustAnchorId))).toBe(true);
    const trustMarks = decodeJwt(await counting.resolveResponse(config.entityId, federation.trustAnchorId))
      .trust_marks as { trust_mark: string }[];
    expect(trustMarks.map((mark) => mark.trust_mark)).toEqual(
      config.trustMarks.map((mark) => mark.trust_mark),
    );
  });
});

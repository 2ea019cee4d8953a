import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createLocalJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  importJWK,
  jwtVerify,
  SignJWT,
  UnsecuredJWT,
} from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRsaJwk, signFederationJwt, toPublicJwks } from './entity-statement.js';
import type { PrivateJwk } from './federation-types.js';
import { completeTestLogin, startTestFederation, type TestFederation } from './index.js';

const SPID_L2 = 'https://www.spid.gov.it/SpidL2';
const STATE = 'State0123456789abcdefghijklmnopqrstuv';
const NONCE = 'Nonce0123456789abcdefghijklmnopqrstuv';
const CODE_VERIFIER = 'verifier-0123456789-abcdefghijklmnopqrstuvwxyz';
const CODE_CHALLENGE = createHash('sha256').update(CODE_VERIFIER).digest('base64url');

let federation: TestFederation;
let rpServer: Server;
let rpId: string;
let dataDir: string;
let identitiesFile: string;
let rpKeys: { federation: PrivateJwk; signing: PrivateJwk; encryption: PrivateJwk };

async function rpEntityConfiguration(): Promise<string> {
  const iat = Math.floor(Date.now() / 1000);
  return signFederationJwt(
    {
      iss: rpId,
      sub: rpId,
      iat,
      exp: iat + 3600,
      jwks: toPublicJwks(rpKeys.federation),
      authority_hints: [federation.trustAnchorId],
      metadata: {
        openid_relying_party: {
          client_id: rpId,
          client_registration_types: ['automatic'],
          client_name: 'RP di prova',
          redirect_uris: [`${rpId}/callback`],
          response_types: ['code'],
          grant_types: ['authorization_code'],
          jwks: toPublicJwks(rpKeys.signing, rpKeys.encryption),
          token_endpoint_auth_method: 'private_key_jwt',
          userinfo_encrypted_response_alg: 'RSA-OAEP',
          userinfo_encrypted_response_enc: 'A128CBC-HS256',
        },
        federation_entity: { organization_name: 'Comune di Prova' },
      },
    },
    rpKeys.federation,
    'entity-statement+jwt',
  );
}

interface RequestOptions {
  claims?: Record<string, unknown>;
  unsigned?: boolean;
  omitRequest?: boolean;
  outer?: Record<string, string | undefined>;
  clientId?: string;
}

/** An authorization URL as an RP would build it, with the request object claims overridable. */
async function authorizationUrl(opId: string, options: RequestOptions = {}): Promise<URL> {
  const clientId = options.clientId ?? rpId;
  const iat = Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = {
    iss: clientId,
    client_id: clientId,
    aud: [opId, `${opId}/auth`],
    iat,
    exp: iat + 60,
    jti: crypto.randomUUID(),
    response_type: 'code',
    scope: 'openid',
    redirect_uri: `${clientId}/callback`,
    state: STATE,
    nonce: NONCE,
    code_challenge: CODE_CHALLENGE,
    code_challenge_method: 'S256',
    prompt: 'consent login',
    acr_values: SPID_L2,
    claims: {
      userinfo: { 'https://attributes.eid.gov.it/fiscal_number': { essential: true }, given_name: null },
    },
    idp_hint: 'Aruba ID',
    ...options.claims,
  };
  for (const [name, value] of Object.entries(claims)) if (value === undefined) delete claims[name];
  const request = options.unsigned
    ? new UnsecuredJWT(claims).encode()
    : await new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: rpKeys.signing.kid })
        .sign(await importJWK(rpKeys.signing, 'RS256'));
  const url = new URL(`${opId}/auth`);
  const outer: Record<string, string | undefined> = {
    client_id: clientId,
    response_type: 'code',
    scope: 'openid',
    code_challenge: CODE_CHALLENGE,
    code_challenge_method: 'S256',
    request: options.omitRequest ? undefined : request,
    ...options.outer,
  };
  for (const [name, value] of Object.entries(outer))
    if (value !== undefined) url.searchParams.set(name, value);
  return url;
}

/** The OAuth error the OP answers with, whether it redirects it to the RP or shows its error page. */
async function opRefusal(url: URL): Promise<{ error: string; description: string }> {
  const response = await fetch(url, { redirect: 'manual' });
  const location = response.headers.get('location');
  if (location?.startsWith(`${rpId}/callback`)) {
    const params = new URL(location).searchParams;
    return { error: params.get('error') ?? '', description: params.get('error_description') ?? '' };
  }
  const html = await response.text();
  expect(response.status).toBe(400);
  return {
    error: /<code id="error">([^<]*)</.exec(html)?.[1] ?? '',
    description: /<dd id="error_description">([^<]*)</.exec(html)?.[1] ?? '',
  };
}

beforeAll(async () => {
  rpServer = createServer((req, res) => {
    if (req.url === '/.well-known/openid-federation') {
      rpEntityConfiguration().then((jwt) => {
        res.writeHead(200, { 'content-type': 'application/entity-statement+jwt' });
        res.end(jwt);
      });
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => rpServer.listen(0, resolve));
  rpId = `http://localhost:${(rpServer.address() as AddressInfo).port}`;
  dataDir = await mkdtemp(join(tmpdir(), 'test-federation-'));
  identitiesFile = join(dataDir, 'identities.json');
  await writeFile(
    identitiesFile,
    JSON.stringify([
      { fiscalNumber: 'VRDGPP80A01F205X', givenName: 'Giuseppe', familyName: 'Verdi', label: 'Peppe' },
    ]),
  );
  const [federationKey, signing, encryption] = await Promise.all([
    generateRsaJwk('sig'),
    generateRsaJwk('sig'),
    generateRsaJwk('enc'),
  ]);
  rpKeys = { federation: federationKey, signing, encryption };
  federation = await startTestFederation({ port: 0, relyingParties: [rpId], identitiesFile, dataDir });
}, 30_000);

afterAll(async () => {
  await federation?.close();
  await new Promise((resolve) => rpServer?.close(resolve));
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('trust anchor', () => {
  it('should serve a self-signed entity configuration with the federation endpoints', async () => {
    const response = await fetch(`${federation.trustAnchorId}/.well-known/openid-federation`);
    const jwt = await response.text();
    const unverified = decodeJwt(jwt) as { jwks: { keys: never[] } };
    const { payload, protectedHeader } = await jwtVerify(jwt, createLocalJWKSet(unverified.jwks));

    expect(response.headers.get('content-type')).toBe('application/entity-statement+jwt');
    expect(protectedHeader.typ).toBe('entity-statement+jwt');
    expect(payload).toMatchObject({ iss: federation.trustAnchorId, sub: federation.trustAnchorId });
    expect((payload.metadata as Record<string, Record<string, unknown>>).federation_entity).toMatchObject({
      federation_fetch_endpoint: `${federation.trustAnchorId}/fetch`,
      federation_list_endpoint: `${federation.trustAnchorId}/list`,
      federation_resolve_endpoint: `${federation.trustAnchorId}/resolve`,
    });
  });

  it('should list its intermediate and the configured relying parties, and the intermediate its OPs', async () => {
    const all = await (await fetch(`${federation.trustAnchorId}/list`)).json();
    const intermediates = await (
      await fetch(`${federation.trustAnchorId}/list?entity_type=federation_entity`)
    ).json();
    const providers = await (await fetch(`${federation.intermediateId}/list`)).json();

    expect(all).toEqual([federation.intermediateId, rpId]);
    expect(intermediates).toEqual([federation.intermediateId]);
    expect(providers).toEqual([federation.spidOpId, federation.cieOpId]);
  });

  it('should vouch for the intermediate, which vouches for the OP, each with the keys of the entity below', async () => {
    const anchorJwks = decodeJwt(
      await (await fetch(`${federation.trustAnchorId}/.well-known/openid-federation`)).text(),
    ).jwks as never;
    const opConfiguration = decodeJwt(
      await (await fetch(`${federation.spidOpId}/.well-known/openid-federation`)).text(),
    );
    const intermediateJwt = await (
      await fetch(`${federation.intermediateId}/.well-known/openid-federation`)
    ).text();
    const aboutIntermediate = await (
      await fetch(`${federation.trustAnchorId}/fetch?sub=${federation.intermediateId}`)
    ).text();
    const { payload: anchorStatement } = await jwtVerify(aboutIntermediate, createLocalJWKSet(anchorJwks), {
      typ: 'entity-statement+jwt',
    });
    const intermediateJwks = createLocalJWKSet(anchorStatement.jwks as never);
    const { payload: intermediate } = await jwtVerify(intermediateJwt, intermediateJwks);
    const aboutOp = await (
      await fetch(`${federation.intermediateId}/fetch?sub=${federation.spidOpId}`)
    ).text();
    const { payload: intermediateStatement } = await jwtVerify(aboutOp, intermediateJwks, {
      typ: 'entity-statement+jwt',
    });

    expect(anchorStatement).toMatchObject({
      iss: federation.trustAnchorId,
      sub: federation.intermediateId,
      constraints: { max_path_length: 1 },
    });
    expect(anchorStatement.metadata_policy).toHaveProperty(
      'openid_provider.token_endpoint_auth_methods_supported',
    );
    expect(intermediate.authority_hints).toEqual([federation.trustAnchorId]);
    expect(intermediateStatement).toMatchObject({ iss: federation.intermediateId, sub: federation.spidOpId });
    expect(intermediateStatement.jwks).toEqual(opConfiguration.jwks);
    expect(intermediateStatement.metadata_policy).toHaveProperty('openid_provider.contacts.add');
  });

  it('should resolve an OP through the intermediate with both policies and the superior metadata', async () => {
    const response = await fetch(
      `${federation.trustAnchorId}/resolve?sub=${encodeURIComponent(federation.cieOpId)}&anchor=${encodeURIComponent(federation.trustAnchorId)}`,
    );
    const payload = decodeJwt(await response.text()) as {
      trust_chain: string[];
      metadata: Record<string, Record<string, unknown>>;
    };

    expect(payload.trust_chain.map((jwt) => [decodeJwt(jwt).iss, decodeJwt(jwt).sub])).toEqual([
      [federation.cieOpId, federation.cieOpId],
      [federation.intermediateId, federation.cieOpId],
      [federation.trustAnchorId, federation.intermediateId],
      [federation.trustAnchorId, federation.trustAnchorId],
    ]);
    expect(payload.metadata.openid_provider).toMatchObject({
      contacts: expect.arrayContaining(['intermediario-test@example.invalid']),
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256', 'RS512'],
    });
    expect(payload.metadata.federation_entity.contacts).toEqual(['intermediario-test@example.invalid']);
  });

  it('should learn a relying party federation keys from its entity configuration', async () => {
    const statement = decodeJwt(await (await fetch(`${federation.trustAnchorId}/fetch?sub=${rpId}`)).text());

    expect(statement.jwks).toEqual(toPublicJwks(rpKeys.federation));
    expect(statement.metadata_policy).toHaveProperty('openid_relying_party.token_endpoint_auth_method');
  });

  it('should answer not_found for an entity that is not a subordinate', async () => {
    const response = await fetch(`${federation.trustAnchorId}/fetch?sub=https://stranger.example`);

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'not_found' });
  });

  it('should resolve a relying party with the anchor policy applied and the whole chain', async () => {
    const response = await fetch(
      `${federation.trustAnchorId}/resolve?sub=${encodeURIComponent(rpId)}&anchor=${encodeURIComponent(federation.trustAnchorId)}`,
    );
    const jwt = await response.text();
    const payload = decodeJwt(jwt);

    expect(response.headers.get('content-type')).toBe('application/resolve-response+jwt');
    expect(decodeProtectedHeader(jwt).typ).toBe('resolve-response+jwt');
    expect(payload).toMatchObject({ iss: federation.trustAnchorId, sub: rpId });
    expect((payload.trust_chain as string[]).length).toBe(3);
    expect(payload).toHaveProperty('metadata.openid_relying_party.client_name', 'RP di prova');
  });

  it('should issue a trust mark for a relying party and refuse one for the intermediate', async () => {
    const trustMark = await federation.issueTrustMark(rpId);
    const fromEndpoint = await fetch(
      `${federation.trustAnchorId}/trust-mark?sub=${encodeURIComponent(rpId)}`,
    );

    expect(decodeProtectedHeader(trustMark).typ).toBe('trust-mark+jwt');
    expect(decodeJwt(trustMark)).toMatchObject({ iss: federation.trustAnchorId, sub: rpId });
    expect(fromEndpoint.status).toBe(200);
    await expect(federation.issueTrustMark(federation.intermediateId)).rejects.toThrow(/not a relying party/);
  });

  it('should keep its keys in the data dir across restarts', async () => {
    const again = await startTestFederation({ port: 0, dataDir });
    try {
      const first = decodeJwt(
        await (await fetch(`${federation.cieOpId}/.well-known/openid-federation`)).text(),
      );
      const second = decodeJwt(await (await fetch(`${again.cieOpId}/.well-known/openid-federation`)).text());
      expect(second.jwks).toEqual(first.jwks);
    } finally {
      await again.close();
    }
  });
});

describe('test OPs', () => {
  it('should publish an entity configuration with inline jwks and the intermediate as authority', async () => {
    const jwt = await (await fetch(`${federation.cieOpId}/.well-known/openid-federation`)).text();
    const payload = decodeJwt(jwt);
    const provider = (payload.metadata as Record<string, Record<string, unknown>>).openid_provider;

    expect(payload.authority_hints).toEqual([federation.intermediateId]);
    expect((provider.jwks as { keys: unknown[] }).keys).toHaveLength(1);
    expect(provider.jwks).not.toEqual(payload.jwks);
    expect(provider).toMatchObject({
      issuer: federation.cieOpId,
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
      subject_types_supported: ['pairwise'],
      acr_values_supported: expect.arrayContaining([SPID_L2]),
    });
  });

  it('should accept a well-formed signed request and send the user to the login page', async () => {
    const response = await fetch(await authorizationUrl(federation.spidOpId), { redirect: 'manual' });

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/^\/spid\/interaction\//);
  });

  it.each([
    ['an unsigned request object', { unsigned: true }, 'invalid_request_object', /alg/],
    ['no request object', { omitRequest: true }, 'invalid_request', /Request Object must be used/],
    ['a request without PKCE', { claims: { code_challenge: undefined } }, 'invalid_request', /PKCE/],
    [
      'a state shorter than 32 characters',
      { claims: { state: 'short1234' } },
      'invalid_request_object',
      /state/,
    ],
    ['a non alphanumeric nonce', { claims: { nonce: `${NONCE}-_` } }, 'invalid_request_object', /nonce/],
    ['a sub claim', { claims: { sub: 'someone' } }, 'invalid_request_object', /sub/],
    ['prompt=login alone', { claims: { prompt: 'login' } }, 'invalid_request_object', /prompt/],
    ['missing acr_values', { claims: { acr_values: undefined } }, 'invalid_request_object', /acr_values/],
    ['an unknown acr value', { claims: { acr_values: 'urn:loa:high' } }, 'invalid_request_object', /acr/],
    [
      'an exp too far in the future',
      { claims: { exp: Math.floor(Date.now() / 1000) + 3600 } },
      'invalid_request_object',
      /exp/,
    ],
    [
      'an aud that is not the issuer',
      { claims: { aud: 'https://other-op.example' } },
      'invalid_request_object',
      /claims are invalid/,
    ],
    ['SPID outer parameters missing', { outer: { scope: undefined } }, 'invalid_request_object', /scope/],
  ] as const)('should refuse %s at the SPID OP', async (_name, options, error, description) => {
    const refusal = await opRefusal(await authorizationUrl(federation.spidOpId, options as RequestOptions));

    expect(refusal.error).toBe(error);
    expect(refusal.description).toMatch(description);
  });

  it('should show an Italian error page when it cannot send the error back to the client', async () => {
    const url = await authorizationUrl(federation.spidOpId, { clientId: 'http://127.0.0.1:9/unknown-rp' });
    const response = await fetch(url, { redirect: 'manual' });
    const html = await response.text();

    expect(response.status).toBe(400);
    expect(html).toContain('<html lang="it">');
    expect(html).toContain('<code id="error">invalid_client</code>');
    expect(html).toMatch(/<dd id="error_description">entity configuration of the relying party is not valid/);
  });

  it('should not require the SPID outer query parameters at the CIE OP', async () => {
    const url = await authorizationUrl(federation.cieOpId, {
      outer: { scope: undefined, code_challenge: undefined },
    });

    expect((await fetch(url, { redirect: 'manual' })).status).toBe(303);
  });

  it('should refuse a client that is not a relying party of the federation', async () => {
    const stranger = 'http://127.0.0.1:9/rp';
    const refusal = await opRefusal(await authorizationUrl(federation.spidOpId, { clientId: stranger }));

    expect(refusal.error).toBe('invalid_client');
  });
});

describe('login and consent pages', () => {
  async function loginPage(): Promise<{ html: string; cookie: string; location: string }> {
    const response = await fetch(await authorizationUrl(federation.spidOpId), { redirect: 'manual' });
    const location = new URL(response.headers.get('location') ?? '', federation.url).href;
    const cookie = response.headers
      .getSetCookie()
      .map((header) => header.split(';')[0])
      .join('; ');
    const page = await fetch(location, { headers: { cookie } });
    return { html: await page.text(), cookie, location };
  }

  it('should render an accessible Italian form with the demo identities and the chosen IdP', async () => {
    federation.addIdentity({ fiscalNumber: 'BNCLRA85M41F205X', givenName: 'Laura', familyName: 'Bianchi' });
    await writeFile(
      identitiesFile,
      JSON.stringify([
        { fiscalNumber: 'VRDGPP80A01F205X', givenName: 'Giuseppe', familyName: 'Verdi', label: 'Peppe' },
        { fiscalNumber: 'NRELNE70A41H501Y', givenName: 'Elena', familyName: 'Neri' },
      ]),
    );
    const { html } = await loginPage();

    expect(html).toContain('<html lang="it">');
    expect(html).toMatch(/<h1>Accedi con SPID<\/h1>/);
    expect(html).toContain('<label for="fiscal_number">Codice fiscale</label>');
    expect(html).toMatch(/<input id="fiscal_number" name="fiscal_number" list="identita-di-prova"/);
    expect(html).toContain('<option value="VRDGPP80A01F205X">Peppe</option>');
    expect(html).toContain('<option value="NRELNE70A41H501Y">Elena Neri</option>');
    expect(html).toContain('<option value="BNCLRA85M41F205X">Laura Bianchi</option>');
    expect(html).toContain('Aruba ID');
    expect(html).not.toContain('<script');
  });

  it('should show an error and keep the form when the fiscal code is not valid', async () => {
    const { cookie, location } = await loginPage();
    const response = await fetch(`${location}/login`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ fiscal_number: 'NOT-A-CODE' }),
    });
    const html = await response.text();

    expect(response.status).toBe(400);
    expect(html).toContain('role="alert"');
    expect(html).toContain('aria-invalid="true"');
  });

  it('should redirect back to the relying party with a code after login and consent', async () => {
    const callback = await completeTestLogin(await authorizationUrl(federation.spidOpId), {
      fiscalNumber: 'VRDGPP80A01F205X',
    });

    expect(callback.origin + callback.pathname).toBe(`${rpId}/callback`);
    expect(callback.searchParams.get('state')).toBe(STATE);
    expect(callback.searchParams.get('code')).toBeTruthy();
    expect(callback.searchParams.get('iss')).toBe(federation.spidOpId);
  });
});

import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRemoteJWKSet, decodeJwt, exportJWK, generateKeyPair, jwtVerify } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestFederation, type TestFederation } from '../../start-test-federation.js';
import { PdndTestClient } from './pdnd-test-client.js';

const ESERVICE = 'anpr-service-e002';

let federation: TestFederation;
let client: PdndTestClient;

beforeAll(async () => {
  federation = await startTestFederation({ port: 0 });
  client = await PdndTestClient.register(federation.url, [ESERVICE]);
  // The first request compiles the validators: keep it out of the tests' timeouts.
  expect((await client.requestVoucher(await client.clientAssertion(ESERVICE))).status).toBe(200);
}, 60_000);

afterAll(async () => {
  await federation?.close();
});

afterEach(async () => {
  await switches({ delayMs: 0, down: false, refused: false, onlyClients: [] });
});

async function switches(patch: Record<string, unknown>): Promise<Response> {
  return fetch(`${federation.url}/pdnd/_sandbox/switches`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(patch),
  });
}

async function expectRefused(response: Response, reason: RegExp): Promise<void> {
  expect(response.status).toBe(400);
  expect(response.headers.get('x-sandbox-refusal')).toMatch(reason);
  expect(await response.json()).toMatchObject({
    type: 'about:blank',
    status: 400,
    title: 'The request contains bad syntax or cannot be fulfilled.',
    detail: 'Bad request',
    errors: [{ code: '015-0008', detail: 'Unable to generate a token for the given request' }],
    correlationId: expect.any(String),
  });
}

describe('PDND sandbox token endpoint', () => {
  it('should issue a voucher signed by PDND, bound to the purpose, for the e-service audience', async () => {
    const response = await client.requestVoucher(await client.clientAssertion(ESERVICE));

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    const body = (await response.json()) as { access_token: string; token_type: string; expires_in: number };
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 600 });
    const jwks = createRemoteJWKSet(new URL(`${federation.url}/pdnd/.well-known/jwks.json`));
    const { payload, protectedHeader } = await jwtVerify(body.access_token, jwks);
    expect(protectedHeader).toMatchObject({ alg: 'RS256', typ: 'at+jwt' });
    expect(payload).toMatchObject({
      aud: federation.anpr.audience(ESERVICE),
      sub: client.clientId,
      client_id: client.clientId,
      purposeId: client.purposes[ESERVICE],
      eserviceId: ESERVICE,
    });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(600);
  });

  it('should copy the AUDIT_REST_02 digest of the assertion into the voucher', async () => {
    const digest = { alg: 'SHA256', value: createHash('sha256').update('tracking').digest('hex') };
    const response = await client.requestVoucher(await client.clientAssertion(ESERVICE, { digest }));

    expect(response.status).toBe(200);
    const { access_token } = (await response.json()) as { access_token: string };
    expect(decodeJwt(access_token).digest).toEqual(digest);
  });

  it('should refuse an assertion signed with another key', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    await expectRefused(
      await client.requestVoucher(await client.clientAssertion(ESERVICE, {}, { key: privateKey })),
      /signature/,
    );
  });

  it('should refuse an assertion for another audience', async () => {
    await expectRefused(
      await client.requestVoucher(
        await client.clientAssertion(ESERVICE, { aud: 'auth.interop.pagopa.it/client-assertion' }),
      ),
      /audience/,
    );
  });

  it('should refuse a purpose the client has not got', async () => {
    await expectRefused(
      await client.requestVoucher(await client.clientAssertion(ESERVICE, { purposeId: randomUUID() })),
      /purpose not found/,
    );
  });

  it('should refuse an assertion without purposeId', async () => {
    await expectRefused(
      await client.requestVoucher(await client.clientAssertion(ESERVICE, { purposeId: undefined })),
      /purposeId/,
    );
  });

  it('should refuse an unknown kid', async () => {
    await expectRefused(
      await client.requestVoucher(await client.clientAssertion(ESERVICE, {}, { kid: 'other-kid' })),
      /kid/,
    );
  });

  it('should refuse an expired assertion', async () => {
    const iat = Math.floor(Date.now() / 1000) - 200;
    await expectRefused(
      await client.requestVoucher(await client.clientAssertion(ESERVICE, {}, { iat, lifetime: 100 })),
      /expired/,
    );
  });

  it('should refuse an assertion that lives longer than five minutes', async () => {
    await expectRefused(
      await client.requestVoucher(await client.clientAssertion(ESERVICE, {}, { lifetime: 3600 })),
      /lifetime/,
    );
  });

  it('should refuse a replayed jti', async () => {
    const assertion = await client.clientAssertion(ESERVICE);
    expect((await client.requestVoucher(assertion)).status).toBe(200);
    await expectRefused(await client.requestVoucher(assertion), /jti/);
  });

  it('should refuse a malformed digest claim', async () => {
    await expectRefused(
      await client.requestVoucher(
        await client.clientAssertion(ESERVICE, { digest: { alg: 'SHA256', value: 'abc' } }),
      ),
      /digest/,
    );
  });

  it('should refuse a client_id other than the assertion subject', async () => {
    await expectRefused(
      await client.requestVoucher(await client.clientAssertion(ESERVICE), { client_id: randomUUID() }),
      /client_id/,
    );
  });

  it('should refuse a request without grant_type or with another assertion type (description)', async () => {
    const assertion = await client.clientAssertion(ESERVICE);
    await expectRefused(await client.requestVoucher(assertion, { grant_type: undefined }), /grant_type/);
    await expectRefused(
      await client.requestVoucher(assertion, { client_assertion_type: 'urn:other' }),
      /client_assertion_type/,
    );
    await expectRefused(await client.requestVoucher('not-a-jwt'), /client_assertion/);
  });

  it('should refuse to register a client for an unknown e-service', async () => {
    const response = await fetch(`${federation.url}/pdnd/_sandbox/clients`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientId: randomUUID(), kid: 'k', publicJwk: {}, purposes: [] }),
    });
    expect(response.status).toBe(400);
  });

  it('should give a client registered with its own voucher lifespan vouchers of that lifespan only', async () => {
    const short = await PdndTestClient.register(federation.url, [ESERVICE], { voucherLifespanSeconds: 5 });
    const answer = (await (await short.requestVoucher(await short.clientAssertion(ESERVICE))).json()) as {
      access_token: string;
      expires_in: number;
    };
    expect(answer.expires_in).toBe(5);
    const claims = decodeJwt(answer.access_token);
    expect(Number(claims.exp) - Number(claims.iat)).toBe(5);
    const usual = (await (await client.requestVoucher(await client.clientAssertion(ESERVICE))).json()) as {
      expires_in: number;
    };
    expect(usual.expires_in).not.toBe(5);
    for (const voucherLifespanSeconds of [0, 1.5, '60']) {
      const refused = await fetch(`${federation.url}/pdnd/_sandbox/clients`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          clientId: randomUUID(),
          kid: 'lifespan',
          publicJwk: { kty: 'RSA', n: 'AQAB', e: 'AQAB' },
          purposes: [{ purposeId: randomUUID(), eservice: ESERVICE }],
          voucherLifespanSeconds,
        }),
      });
      expect(refused.status, String(voucherLifespanSeconds)).toBe(400);
      expect(await refused.json()).toMatchObject({
        detail: expect.stringContaining('voucherLifespanSeconds'),
      });
    }
  });

  it('should describe itself for the start script', async () => {
    const config = await (await fetch(`${federation.url}/pdnd/_sandbox/config`)).json();
    expect(config).toMatchObject({
      tokenEndpoint: `${federation.url}/pdnd/token.oauth2`,
      clientAssertionAudience: client.clientAssertionAudience,
      eservices: { [ESERVICE]: federation.anpr.audience(ESERVICE) },
    });
  });
});

describe('PDND sandbox stats', () => {
  it('should count token requests and vouchers per client and purpose, refusals as requests only', async () => {
    const stats = async () =>
      (await (await fetch(`${federation.url}/pdnd/_sandbox/stats`)).json()) as {
        tokenRequests: number;
        vouchersIssued: number;
        boundToEvidence: number;
        byClient: Record<string, number>;
        byPurpose: Record<string, number>;
      };
    const counted = await PdndTestClient.register(federation.url, [ESERVICE]);
    const before = await stats();
    expect((await counted.requestVoucher(await counted.clientAssertion(ESERVICE))).status).toBe(200);
    expect((await counted.requestVoucher(await counted.clientAssertion(ESERVICE))).status).toBe(200);
    await expectRefused(
      await counted.requestVoucher(await counted.clientAssertion(ESERVICE, { aud: 'elsewhere' })),
      /audience/,
    );
    const digest = { alg: 'SHA256', value: 'a'.repeat(64) };
    expect((await counted.requestVoucher(await counted.clientAssertion(ESERVICE, { digest }))).status).toBe(
      200,
    );
    const after = await stats();
    expect(after.tokenRequests - before.tokenRequests).toBe(4);
    expect(after.vouchersIssued - before.vouchersIssued).toBe(3);
    expect(after.boundToEvidence - before.boundToEvidence).toBe(1);
    expect(after.byClient[counted.clientId]).toBe(3);
    expect(after.byPurpose[counted.purposes[ESERVICE]]).toBe(3);
  });
});

describe('PDND sandbox switches', () => {
  it('should read and change the switches, refusing unknown ones', async () => {
    expect(await (await switches({ delayMs: 5 })).json()).toEqual({
      delayMs: 5,
      down: false,
      refused: false,
      onlyClients: [],
    });
    expect(await (await fetch(`${federation.url}/pdnd/_sandbox/switches`)).json()).toMatchObject({
      delayMs: 5,
    });
    expect((await switches({ slow: true })).status).toBe(400);
    expect((await switches({ onlyClients: [42] })).status).toBe(400);
    expect((await switches({ onlyClients: 'all' })).status).toBe(400);
  });

  it('should fail only the clients the switches are scoped to', async () => {
    const scoped = await PdndTestClient.register(federation.url, [ESERVICE]);
    await switches({ refused: true, onlyClients: [scoped.clientId] });
    await expectRefused(await scoped.requestVoucher(await scoped.clientAssertion(ESERVICE)), /refused/);
    expect((await client.requestVoucher(await client.clientAssertion(ESERVICE))).status).toBe(200);
    await switches({ refused: false, down: 'unavailable' });
    expect((await scoped.requestVoucher(await scoped.clientAssertion(ESERVICE))).status).toBe(503);
    expect((await client.requestVoucher(await client.clientAssertion(ESERVICE))).status).toBe(200);
    await switches({ onlyClients: [] });
    expect((await client.requestVoucher(await client.clientAssertion(ESERVICE))).status).toBe(503);
  });

  it('should delay answers when slow', async () => {
    await switches({ delayMs: 300 });
    const started = Date.now();
    const response = await client.requestVoucher(await client.clientAssertion(ESERVICE));
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('should answer 503 or drop the connection when down', async () => {
    await switches({ down: 'unavailable' });
    expect((await client.requestVoucher(await client.clientAssertion(ESERVICE))).status).toBe(503);
    await switches({ down: 'reset' });
    await expect(client.requestVoucher(await client.clientAssertion(ESERVICE))).rejects.toThrow();
  });

  it('should refuse every voucher when refused', async () => {
    await switches({ refused: true });
    await expectRefused(await client.requestVoucher(await client.clientAssertion(ESERVICE)), /refused/);
  });

  it('should forget clients and switches on reset', async () => {
    const other = await PdndTestClient.register(federation.url, [ESERVICE]);
    await switches({ refused: true });
    expect((await fetch(`${federation.url}/pdnd/_sandbox/reset`, { method: 'POST' })).status).toBe(200);
    expect(await (await fetch(`${federation.url}/pdnd/_sandbox/switches`)).json()).toMatchObject({
      refused: false,
    });
    expect(await (await fetch(`${federation.url}/pdnd/_sandbox/stats`)).json()).toEqual({
      tokenRequests: 0,
      vouchersIssued: 0,
      boundToEvidence: 0,
      byClient: {},
      byPurpose: {},
    });
    await expectRefused(await other.requestVoucher(await other.clientAssertion(ESERVICE)), /kid/);
    client = await PdndTestClient.register(federation.url, [ESERVICE]);
  });

  it('should register the clients of the clients file at start and again on reset', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pdnd-sandbox-'));
    const file = join(dir, 'clients.json');
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const clientId = randomUUID();
    const purposeId = randomUUID();
    await writeFile(
      file,
      JSON.stringify([
        {
          clientId,
          kid: 'portal',
          publicJwk: await exportJWK(publicKey),
          purposes: [{ purposeId, eservice: ESERVICE }],
        },
      ]),
    );
    const other = await startTestFederation({ port: 0, pdndClientsFile: file });
    try {
      const portal = Object.assign(Object.create(PdndTestClient.prototype), {
        federationUrl: other.url,
        privateKey,
        purposes: { [ESERVICE]: purposeId },
        clientId,
        kid: 'portal',
      }) as PdndTestClient;
      expect((await portal.requestVoucher(await portal.clientAssertion(ESERVICE))).status).toBe(200);
      await fetch(`${other.url}/pdnd/_sandbox/reset`, { method: 'POST' });
      expect((await portal.requestVoucher(await portal.clientAssertion(ESERVICE))).status).toBe(200);
    } finally {
      await other.close();
      await rm(dir, { recursive: true });
    }
  }, 60_000);
});

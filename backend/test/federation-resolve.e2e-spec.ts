import { randomInt } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const { backendUrl, federationUrl } = inject('stack');
const anchor = `${federationUrl}/ta`;
/** The default of RATE_LIMIT_FEDERATION, which the test stack leaves unset. */
const LIMIT = 30;

/** A documentation address (RFC 5737) of its own per call: the trusted local proxy reports it. */
let nextAddress = randomInt(0, 200);
const clientAddress = () => `198.51.100.1, 203.0.113.${(nextAddress++ % 254) + 1}`;

function resolve(sub: string, address: string, anchorId = anchor): Promise<Response> {
  const query = new URLSearchParams({ sub, anchor: anchorId });
  return fetch(`${backendUrl}/api/federation/resolve?${query}`, { headers: { 'x-forwarded-for': address } });
}

describe('GET /api/federation/resolve', () => {
  let bait: Server;
  let baitUrl: string;
  const hits: string[] = [];

  beforeAll(async () => {
    // Stands for an internal service an attacker would like the portal to call.
    bait = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/entity-statement+jwt' }).end('x.y.z');
    });
    await new Promise<void>((resolve) => bait.listen(0, '127.0.0.1', resolve));
    baitUrl = `http://127.0.0.1:${(bait.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => bait?.close(resolve));
  });

  it('should refuse a subject that is not an entity of the federation without requesting it', async () => {
    const address = clientAddress();
    for (const sub of [baitUrl, `${baitUrl}/admin`, `${federationUrl}/ta/../spid/x`]) {
      const response = await resolve(sub, address);
      expect(response.status, sub).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await response.json()).toMatchObject({ code: 'OIDC_UNKNOWN_SUBJECT', field: 'sub' });
    }
    const otherAnchor = await resolve(baitUrl, address, baitUrl);
    expect(otherAnchor.status).toBe(404);
    expect(await otherAnchor.json()).toMatchObject({ code: 'OIDC_UNKNOWN_TRUST_ANCHOR', field: 'anchor' });
    expect(hits).toEqual([]);
  });

  it('should resolve an identity provider through the intermediate of the federation', async () => {
    const response = await resolve(`${federationUrl}/spid`, clientAddress());

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/resolve-response\+jwt/);
    const payload = decodeJwt(await response.text()) as { sub: string; trust_chain: string[] };
    expect(payload.sub).toBe(`${federationUrl}/spid`);
    expect(payload.trust_chain.map((jwt) => decodeJwt(jwt).iss)).toEqual([
      `${federationUrl}/spid`,
      `${federationUrl}/intermediate`,
      anchor,
      anchor,
    ]);
  });

  it('should refuse an address over the limit with 429 and Retry-After, and leave other addresses alone', async () => {
    const address = clientAddress();
    for (let attempt = 0; attempt < LIMIT; attempt++) {
      expect((await resolve(baitUrl, address)).status).toBe(404);
    }
    const limited = await resolve(baitUrl, address);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await limited.json()).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect((await resolve(baitUrl, clientAddress())).status).toBe(404);
    expect(hits).toEqual([]);
  });
});

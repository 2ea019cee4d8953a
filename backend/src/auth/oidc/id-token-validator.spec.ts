import { createHash } from 'node:crypto';
import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTPayload,
  SignJWT,
} from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { type IdTokenExpectations, validateIdToken } from './id-token-validator.js';
import { publicJwks } from './relying-party-keys.js';

const ISSUER = 'https://op.example.it';
const CLIENT_ID = 'https://comune.example.it';
const NONCE = 'n0nce0123456789abcdefghijklmnopqrstuvw';
const ACCESS_TOKEN = 'access-token-value';
const NOW = new Date('2026-03-02T10:00:00Z');
const SPID_L1 = 'https://www.spid.gov.it/SpidL1';
const SPID_L2 = 'https://www.spid.gov.it/SpidL2';

let opKey: JWK & { kid: string };
let expected: IdTokenExpectations;

async function idToken(overrides: JWTPayload = {}, alg = 'RS256'): Promise<string> {
  const iat = Math.floor(NOW.getTime() / 1000);
  return new SignJWT({
    iss: ISSUER,
    aud: CLIENT_ID,
    sub: 'pairwise-subject',
    iat,
    exp: iat + 300,
    nonce: NONCE,
    acr: SPID_L2,
    ...overrides,
  })
    .setProtectedHeader({ alg, kid: opKey.kid })
    .sign(await importJWK(opKey, alg));
}

function atHash(token: string, hash: 'sha256' | 'sha512'): string {
  const digest = createHash(hash).update(token).digest();
  return digest.subarray(0, digest.length / 2).toString('base64url');
}

beforeAll(async () => {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  opKey = { ...jwk, kid: await calculateJwkThumbprint(jwk) };
  expected = {
    issuer: ISSUER,
    clientId: CLIENT_ID,
    nonce: NONCE,
    acrValues: [SPID_L2],
    accessToken: ACCESS_TOKEN,
    jwks: publicJwks(opKey),
    currentDate: NOW,
  };
});

describe('validateIdToken', () => {
  it('should accept a token signed with RS512 whose at_hash matches the access token', async () => {
    const token = await idToken({ at_hash: atHash(ACCESS_TOKEN, 'sha512') }, 'RS512');

    await expect(validateIdToken(token, expected)).resolves.toMatchObject({ sub: 'pairwise-subject' });
  });

  it('should refuse a token whose at_hash belongs to another access token', async () => {
    const token = await idToken({ at_hash: atHash('another-token', 'sha256') });

    await expect(validateIdToken(token, expected)).rejects.toMatchObject({ code: 'OIDC_ID_TOKEN_INVALID' });
  });

  it('should refuse a token at a lower level than the lowest requested one', async () => {
    const token = await idToken({ acr: SPID_L1 });

    await expect(validateIdToken(token, expected)).rejects.toMatchObject({
      code: 'OIDC_ACR_TOO_LOW',
      status: 401,
    });
    await expect(
      validateIdToken(token, { ...expected, acrValues: [SPID_L2, SPID_L1] }),
    ).resolves.toBeDefined();
  });

  it('should accept a token that expired less than three minutes ago and refuse one expired earlier', async () => {
    const iat = Math.floor(NOW.getTime() / 1000) - 600;

    await expect(validateIdToken(await idToken({ iat, exp: iat + 430 }), expected)).resolves.toBeDefined();
    await expect(validateIdToken(await idToken({ iat, exp: iat + 400 }), expected)).rejects.toMatchObject({
      code: 'OIDC_ID_TOKEN_INVALID',
    });
  });

  it('should refuse a token for another audience or from another issuer', async () => {
    await expect(
      validateIdToken(await idToken({ aud: 'https://other.example' }), expected),
    ).rejects.toMatchObject({
      code: 'OIDC_ID_TOKEN_INVALID',
    });
    await expect(
      validateIdToken(await idToken({ iss: 'https://evil.example' }), expected),
    ).rejects.toMatchObject({
      code: 'OIDC_ID_TOKEN_INVALID',
    });
  });

  it('should refuse a token with several audiences and no azp naming the client', async () => {
    const token = await idToken({ aud: [CLIENT_ID, 'https://other.example'] });

    await expect(validateIdToken(token, expected)).rejects.toMatchObject({ code: 'OIDC_ID_TOKEN_INVALID' });
  });

  it('should report a different nonce as OIDC_NONCE_MISMATCH', async () => {
    const token = await idToken({ nonce: 'another0123456789abcdefghijklmnopqrst' });

    await expect(validateIdToken(token, expected)).rejects.toMatchObject({ code: 'OIDC_NONCE_MISMATCH' });
  });
});

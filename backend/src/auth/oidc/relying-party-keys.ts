import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JSONWebKeySet, type JWK } from 'jose';

/** A private RSA JWK whose `kid` is its RFC 7638 thumbprint. */
export type RelyingPartyJwk = JWK & { kid: string; use: 'sig' | 'enc' };

/**
 * The RP's three keys. The federation key signs only the entity configuration (SPID rules keep it
 * apart from the OIDC core keys); the signing key signs request objects and client assertions;
 * the encryption key decrypts userinfo responses.
 */
export interface RelyingPartyKeys {
  federation: RelyingPartyJwk;
  signing: RelyingPartyJwk;
  encryption: RelyingPartyJwk;
}

const MIN_RSA_BITS = 2048;

async function generateRsaJwk(use: 'sig' | 'enc', modulusLength: number): Promise<RelyingPartyJwk> {
  const { privateKey } = await generateKeyPair(use === 'sig' ? 'RS256' : 'RSA-OAEP-256', {
    modulusLength,
    extractable: true,
  });
  const { kty, n, e, d, p, q, dp, dq, qi } = await exportJWK(privateKey);
  const jwk = { kty, n, e, d, p, q, dp, dq, qi };
  return { ...jwk, kid: await calculateJwkThumbprint(jwk), use };
}

/** Generates the RP's federation, signing and encryption keys (RSA, 2048 bits by default). */
export async function generateRelyingPartyKeys(modulusLength = MIN_RSA_BITS): Promise<RelyingPartyKeys> {
  if (modulusLength < MIN_RSA_BITS) {
    throw new RangeError(`RSA keys must be at least ${MIN_RSA_BITS} bits`);
  }
  const [federation, signing, encryption] = await Promise.all([
    generateRsaJwk('sig', modulusLength),
    generateRsaJwk('sig', modulusLength),
    generateRsaJwk('enc', modulusLength),
  ]);
  return { federation, signing, encryption };
}

/** The public part of a JWK: only `kty`, `n`, `e`, `kid` and `use` are published. */
export function publicJwk(jwk: JWK): JWK {
  const { kty, n, e, kid, use } = jwk;
  return { kty, n, e, kid, use };
}

export function publicJwks(...jwks: JWK[]): JSONWebKeySet {
  return { keys: jwks.map(publicJwk) };
}

/** Refuses key material the SPID/CIE rules do not allow: non-RSA, short, without kid or private part. */
export function assertRelyingPartyKeys(keys: RelyingPartyKeys): void {
  for (const [role, jwk] of Object.entries(keys) as [string, RelyingPartyJwk][]) {
    const bits = jwk.n ? Buffer.from(jwk.n, 'base64url').length * 8 : 0;
    if (jwk.kty !== 'RSA' || bits < MIN_RSA_BITS || !jwk.kid || !jwk.d) {
      throw new TypeError(
        `the ${role} key must be a private RSA JWK of at least ${MIN_RSA_BITS} bits with a kid`,
      );
    }
  }
  const kids = new Set([keys.federation.kid, keys.signing.kid, keys.encryption.kid]);
  if (kids.size !== 3) {
    throw new TypeError('the federation, signing and encryption keys must be three distinct keys');
  }
}

import {
  type CompactJWSHeaderParameters,
  calculateJwkThumbprint,
  createLocalJWKSet,
  decodeJwt,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTPayload,
  jwtVerify,
  SignJWT,
} from 'jose';
import {
  ENTITY_STATEMENT_TYPE,
  type EntityStatementClaims,
  type Jwks,
  type PrivateJwk,
  SIGNING_ALGORITHMS,
  WELL_KNOWN_FEDERATION_PATH,
} from './federation-types.js';

const RSA_MODULUS_BITS = 2048;

/** A fresh RSA key: private JWK with `kid` = thumbprint and the given `use`. */
export async function generateRsaJwk(use: 'sig' | 'enc'): Promise<PrivateJwk> {
  const { privateKey } = await generateKeyPair(use === 'sig' ? 'RS256' : 'RSA-OAEP-256', {
    modulusLength: RSA_MODULUS_BITS,
    extractable: true,
  });
  const { kty, n, e, d, p, q, dp, dq, qi } = await exportJWK(privateKey);
  const jwk = { kty, n, e, d, p, q, dp, dq, qi };
  return { ...jwk, kid: await calculateJwkThumbprint(jwk), use };
}

/** The public half of an RSA JWK, keeping `kid` and `use`. */
export function toPublicJwk(jwk: JWK): JWK {
  const { kty, n, e, kid, use } = jwk;
  return { kty, n, e, kid, use };
}

export function toPublicJwks(...jwks: JWK[]): Jwks {
  return { keys: jwks.map(toPublicJwk) };
}

/** Refuses keys a federation must not use: non-RSA or shorter than 2048 bits. */
export function assertStrongRsaKey(jwk: JWK): void {
  const modulusBytes = jwk.n ? Buffer.from(jwk.n, 'base64url').length : 0;
  if (jwk.kty !== 'RSA' || modulusBytes * 8 < RSA_MODULUS_BITS || !jwk.kid) {
    throw new TypeError(
      `key ${jwk.kid ?? '(no kid)'} is not an RSA key of at least ${RSA_MODULUS_BITS} bits`,
    );
  }
}

/** Signs a federation JWT (entity statement, resolve response, trust mark) with RS256. */
export async function signFederationJwt(payload: JWTPayload, key: PrivateJwk, typ: string): Promise<string> {
  const privateKey = await importJWK(key, 'RS256');
  return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: key.kid, typ }).sign(privateKey);
}

/** Verifies a federation JWT with the given keys and checks its `typ`. */
export async function verifyFederationJwt(
  jwt: string,
  jwks: Jwks,
  typ: string,
  currentDate: Date,
): Promise<{ payload: EntityStatementClaims; header: CompactJWSHeaderParameters }> {
  const { payload, protectedHeader } = await jwtVerify(jwt, createLocalJWKSet(jwks as never), {
    typ,
    algorithms: SIGNING_ALGORITHMS,
    currentDate,
  });
  return { payload: payload as EntityStatementClaims, header: protectedHeader };
}

export function wellKnownFederationUrl(entityId: string): string {
  return `${entityId.replace(/\/+$/, '')}${WELL_KNOWN_FEDERATION_PATH}`;
}

/**
 * Fetches an entity configuration over HTTP and checks that it is self-signed by one of the
 * federation keys it publishes, and that `iss` = `sub` = the entity id.
 */
export async function fetchSelfSignedConfiguration(
  entityId: string,
  fetchImpl: typeof fetch,
  currentDate: Date,
): Promise<{ jwt: string; payload: EntityStatementClaims }> {
  const response = await fetchImpl(wellKnownFederationUrl(entityId), { redirect: 'error' });
  if (!response.ok) {
    throw new Error(`entity configuration of ${entityId} answered HTTP ${response.status}`);
  }
  const jwt = (await response.text()).trim();
  const unverified = decodeJwt(jwt) as Partial<EntityStatementClaims>;
  if (unverified.iss !== entityId || unverified.sub !== entityId || !unverified.jwks?.keys?.length) {
    throw new Error(`entity configuration of ${entityId} must have iss = sub = the entity id and a jwks`);
  }
  const { payload } = await verifyFederationJwt(jwt, unverified.jwks, ENTITY_STATEMENT_TYPE, currentDate);
  return { jwt, payload };
}

/** True when both key sets hold exactly the same keys (compared by thumbprint). */
export async function sameKeys(left: Jwks, right: Jwks): Promise<boolean> {
  const thumbprints = async (jwks: Jwks) =>
    new Set(await Promise.all(jwks.keys.map((key) => calculateJwkThumbprint(toPublicJwk(key)))));
  const [a, b] = await Promise.all([thumbprints(left), thumbprints(right)]);
  return a.size === b.size && [...a].every((thumbprint) => b.has(thumbprint));
}

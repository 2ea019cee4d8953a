import { createHash } from 'node:crypto';
import { createLocalJWKSet, type JSONWebKeySet, type JWTPayload, jwtVerify } from 'jose';
import { CLOCK_TOLERANCE_SECONDS, SIGNING_ALGORITHMS, SPID_ACR_VALUES } from './oidc-constants.js';
import { oidcError } from './oidc-error.js';

export interface IdTokenExpectations {
  issuer: string;
  clientId: string;
  nonce: string;
  /** The acr_values sent in the request; the token's acr must be at least the lowest of them. */
  acrValues: string[];
  accessToken: string;
  /** The OP's signing keys from its federation metadata (inline jwks). */
  jwks: JSONWebKeySet;
  currentDate: Date;
}

const HASH_BY_ALG: Record<string, string> = { RS256: 'sha256', RS512: 'sha512' };

function acrLevel(acr: unknown): number {
  return (SPID_ACR_VALUES as readonly unknown[]).indexOf(acr);
}

/** at_hash = base64url of the left half of the access token's hash (OIDC Core 3.1.3.6). */
function accessTokenHash(accessToken: string, alg: string): string {
  const digest = createHash(HASH_BY_ALG[alg]).update(accessToken, 'ascii').digest();
  return digest.subarray(0, digest.length / 2).toString('base64url');
}

/**
 * Validates a SPID/CIE ID token with the OP's federation keys: signature (RS256/RS512), iss, aud
 * (and azp when there are several audiences), exp/iat within ±3 minutes, nonce, acr not lower
 * than requested, at_hash when present. Returns the claims.
 */
export async function validateIdToken(idToken: string, expected: IdTokenExpectations): Promise<JWTPayload> {
  let payload: JWTPayload;
  let alg: string;
  try {
    const verified = await jwtVerify(idToken, createLocalJWKSet(expected.jwks), {
      algorithms: SIGNING_ALGORITHMS,
      issuer: expected.issuer,
      audience: expected.clientId,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      currentDate: expected.currentDate,
      requiredClaims: ['sub', 'iat', 'exp'],
    });
    payload = verified.payload;
    alg = verified.protectedHeader.alg;
  } catch (error) {
    throw oidcError('OIDC_ID_TOKEN_INVALID', { reason: (error as Error).message }, error);
  }
  const now = Math.floor(expected.currentDate.getTime() / 1000);
  if ((payload.iat as number) > now + CLOCK_TOLERANCE_SECONDS) {
    throw oidcError('OIDC_ID_TOKEN_INVALID', { reason: 'iat is in the future' });
  }
  if (Array.isArray(payload.aud) && payload.aud.length > 1 && payload.azp !== expected.clientId) {
    throw oidcError('OIDC_ID_TOKEN_INVALID', { reason: 'azp must be the client_id' });
  }
  if (payload.nonce !== expected.nonce) {
    throw oidcError('OIDC_NONCE_MISMATCH');
  }
  const lowestRequested = Math.min(...expected.acrValues.map(acrLevel).filter((level) => level >= 0));
  if (acrLevel(payload.acr) < 0 || acrLevel(payload.acr) < lowestRequested) {
    throw oidcError('OIDC_ACR_TOO_LOW', { acr: payload.acr ?? null, requested: expected.acrValues });
  }
  if (payload.at_hash !== undefined && payload.at_hash !== accessTokenHash(expected.accessToken, alg)) {
    throw oidcError('OIDC_ID_TOKEN_INVALID', { reason: 'at_hash does not match the access token' });
  }
  return payload;
}

import { createLocalJWKSet, importJWK, type JSONWebKeySet, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import type { EntityMetadata, MetadataPolicy } from './metadata-policy.js';
import { SIGNING_ALGORITHMS, WELL_KNOWN_FEDERATION_PATH } from './oidc-constants.js';
import type { RelyingPartyJwk } from './relying-party-keys.js';

export type { EntityMetadata } from './metadata-policy.js';

/** An entry of `trust_marks`: SPID/CIE name the type `id`, OpenID Federation 1.0 `trust_mark_type`. */
export interface TrustMarkEntry {
  id?: string;
  trust_mark_type?: string;
  trust_mark: string;
}

/** The claims of an entity configuration (self-signed) or of a subordinate statement. */
export interface EntityStatement extends JWTPayload {
  iss: string;
  sub: string;
  iat: number;
  exp: number;
  jwks: JSONWebKeySet;
  authority_hints?: string[];
  metadata?: EntityMetadata;
  metadata_policy?: MetadataPolicy;
  /** In a subordinate statement: how many intermediates may stand between its issuer and a chain's leaf. */
  constraints?: { max_path_length?: number };
  trust_marks?: TrustMarkEntry[];
  /** In the anchor's entity configuration: trust mark type → the entities allowed to issue it. */
  trust_mark_issuers?: Record<string, string[]>;
}

const HTTP_TIMEOUT_MS = 10_000;

export function wellKnownFederationUrl(entityId: string): string {
  return `${entityId.replace(/\/+$/, '')}${WELL_KNOWN_FEDERATION_PATH}`;
}

/** Joins an entity id and a path without doubling the slash. */
export function entityUrl(entityId: string, path: string): string {
  return `${entityId.replace(/\/+$/, '')}${path}`;
}

export async function signFederationJwt(
  payload: JWTPayload,
  key: RelyingPartyJwk,
  typ: string,
): Promise<string> {
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ })
    .sign(await importJWK(key, 'RS256'));
}

/** Verifies a federation JWT's signature with `jwks`, its `typ` and its expiry; returns the claims. */
export async function verifyEntityStatement(
  jwt: string,
  jwks: JSONWebKeySet,
  typ: string,
  currentDate: Date,
): Promise<EntityStatement> {
  const { payload } = await jwtVerify(jwt, createLocalJWKSet(jwks), {
    typ,
    algorithms: SIGNING_ALGORITHMS,
    currentDate,
    requiredClaims: ['iss', 'sub', 'iat', 'exp'],
  });
  const statement = payload as EntityStatement;
  if (!Array.isArray(statement.jwks?.keys) || statement.jwks.keys.length === 0) {
    throw new Error('entity statement without jwks');
  }
  return statement;
}

/** GETs a federation JWT (entity configuration, subordinate statement); `status` is set on failure. */
export async function fetchFederationJwt(url: string, fetchImpl: typeof fetch): Promise<string> {
  const response = await fetchImpl(url, {
    redirect: 'error',
    signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
  });
  if (!response.ok) {
    throw Object.assign(new Error(`GET ${url} answered HTTP ${response.status}`), {
      status: response.status,
    });
  }
  return (await response.text()).trim();
}

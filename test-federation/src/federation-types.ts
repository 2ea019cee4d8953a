import type { JWK } from 'jose';
import type { EntityMetadata, MetadataPolicy } from './metadata-policy.js';

/** An RSA private key as a JWK; `kid` is its RFC 7638 thumbprint. */
export type PrivateJwk = JWK & { kid: string };

export interface Jwks {
  keys: JWK[];
}

export type { EntityMetadata, MetadataPolicy, PolicyOperators } from './metadata-policy.js';

/** The claims of an entity configuration or of a subordinate statement. */
export interface EntityStatementClaims {
  iss: string;
  sub: string;
  iat: number;
  exp: number;
  jwks: Jwks;
  authority_hints?: string[];
  metadata?: EntityMetadata;
  metadata_policy?: MetadataPolicy;
  trust_marks?: { id: string; trust_mark: string }[];
  [claim: string]: unknown;
}

/** A person the test OPs can log in; the shape of the identities JSON file. */
export interface DemoIdentity {
  fiscalNumber: string;
  givenName: string;
  familyName: string;
  email?: string;
  birthdate?: string;
  gender?: string;
  placeOfBirth?: string;
  label?: string;
}

export type ProviderKind = 'spid' | 'cie';

export const ENTITY_STATEMENT_TYPE = 'entity-statement+jwt';
export const RESOLVE_RESPONSE_TYPE = 'resolve-response+jwt';
export const TRUST_MARK_TYPE = 'trust-mark+jwt';
export const WELL_KNOWN_FEDERATION_PATH = '/.well-known/openid-federation';

export const SPID_ACR_VALUES = [
  'https://www.spid.gov.it/SpidL1',
  'https://www.spid.gov.it/SpidL2',
  'https://www.spid.gov.it/SpidL3',
] as const;

export const FISCAL_NUMBER_CLAIM = 'https://attributes.eid.gov.it/fiscal_number';

export const SIGNING_ALGORITHMS = ['RS256', 'RS512'];
export const KEY_ENCRYPTION_ALGORITHMS = ['RSA-OAEP', 'RSA-OAEP-256'];
export const CONTENT_ENCRYPTION_ALGORITHMS = ['A128CBC-HS256', 'A256CBC-HS512'];

/** SPID assurance levels, lowest first; CIE uses the same values. */
export const SPID_ACR_VALUES = [
  'https://www.spid.gov.it/SpidL1',
  'https://www.spid.gov.it/SpidL2',
  'https://www.spid.gov.it/SpidL3',
] as const;

export const DEFAULT_ACR = 'https://www.spid.gov.it/SpidL2';

export const FISCAL_NUMBER_CLAIM = 'https://attributes.eid.gov.it/fiscal_number';

/** Algorithms the SPID/CIE rules allow (none, HS* and RSA1_5 are forbidden). */
export const SIGNING_ALGORITHMS = ['RS256', 'RS512'];
export const KEY_ENCRYPTION_ALGORITHMS = ['RSA-OAEP', 'RSA-OAEP-256'];
export const CONTENT_ENCRYPTION_ALGORITHMS = ['A128CBC-HS256', 'A256CBC-HS512'];

export const ENTITY_STATEMENT_TYPE = 'entity-statement+jwt';
export const RESOLVE_RESPONSE_TYPE = 'resolve-response+jwt';
export const TRUST_MARK_TYPE = 'trust-mark+jwt';
export const WELL_KNOWN_FEDERATION_PATH = '/.well-known/openid-federation';

/** Clock tolerance for ID token and userinfo timestamps (the rules allow ±3 minutes). */
export const CLOCK_TOLERANCE_SECONDS = 180;
/** How long a started authentication may wait for its callback. */
export const TRANSACTION_LIFETIME_MS = 10 * 60 * 1000;
/** Lifetime of the request object (JAR). */
export const REQUEST_OBJECT_LIFETIME_SECONDS = 60;
/** Lifetime of the RP's own entity configuration and resolve responses. */
export const ENTITY_CONFIGURATION_LIFETIME_SECONDS = 24 * 3600;

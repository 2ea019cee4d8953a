import type { JSONWebKeySet } from 'jose';

export type IdentityProviderKind = 'spid' | 'cie';

export interface RelyingPartyConfig {
  /** The RP's entity id, also its OIDC client_id (an HTTPS URL in production). */
  entityId: string;
  /** The callback URL; must be published in the entity configuration. */
  redirectUri: string;
  /** Where the RP serves its federation resolve endpoint; default `<entityId>/resolve`. */
  resolveEndpoint?: string;
  clientName: string;
  organizationName: string;
  homepageUri: string;
  policyUri?: string;
  logoUri?: string;
  contacts: string[];
  trustAnchorId: string;
  /** The anchor's federation keys. When absent (development only) the anchor's own keys are trusted on first fetch. */
  trustAnchorJwks?: JSONWebKeySet;
  authorityHints: string[];
  /**
   * The OPs this RP logs in with. With the RP itself and the anchor's subordinates they are the only entities
   * its public resolve endpoint answers about.
   */
  providers?: string[];
  trustMarks: { id: string; trust_mark: string }[];
  /** acr_values in preference order when the caller gives none; default SpidL2. */
  defaultAcr?: string[];
  /** Default `openid`; add `offline_access` only when refresh tokens are wanted. */
  scope?: string;
  /** Allows http:// entity ids and endpoints (local development and tests only). */
  allowHttp: boolean;
}

export interface RelyingPartyDeps {
  now?: () => Date;
  fetch?: typeof fetch;
}

export interface StartAuthenticationInput {
  provider: IdentityProviderKind;
  opEntityId: string;
  acrValues?: string[];
  uiLocales?: string;
  /**
   * The IdP the user picked on the SPID button, sent in the request object as the custom
   * parameter `idp_hint`; the local test OP shows it on its login page.
   */
  idpHint?: string;
}

/** What the caller keeps server-side between the redirect and the callback. JSON-serializable. */
export interface AuthenticationTransaction {
  state: string;
  nonce: string;
  codeVerifier: string;
  opEntityId: string;
  provider: IdentityProviderKind;
  acrValues: string[];
  redirectUri: string;
  /** ISO 8601 timestamp. */
  createdAt: string;
}

export interface StartAuthenticationResult {
  url: URL;
  transaction: AuthenticationTransaction;
}

export interface AuthenticatedIdentity {
  /** The OP's pairwise subject. */
  subject: string;
  /** The codice fiscale, without the `TINIT-` prefix, upper case. */
  fiscalCode: string;
  givenName: string;
  familyName: string;
  email?: string;
  birthdate?: string;
  acr: string;
  idToken: string;
  accessToken: string;
  refreshToken?: string;
  opEntityId: string;
  provider: IdentityProviderKind;
}

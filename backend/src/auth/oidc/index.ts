export { FISCAL_NUMBER_CLAIM, SPID_ACR_VALUES } from './oidc-constants.js';
export { type OidcErrorCode, oidcError } from './oidc-error.js';
export { RelyingParty } from './relying-party.js';
export {
  assertRelyingPartyKeys,
  generateRelyingPartyKeys,
  publicJwk,
  publicJwks,
  type RelyingPartyJwk,
  type RelyingPartyKeys,
} from './relying-party-keys.js';
export type {
  AuthenticatedIdentity,
  AuthenticationTransaction,
  IdentityProviderKind,
  RelyingPartyConfig,
  RelyingPartyDeps,
  StartAuthenticationInput,
  StartAuthenticationResult,
} from './relying-party-types.js';
export type { OpenIdProviderMetadata, ResolvedEntity } from './trust-chain-resolver.js';

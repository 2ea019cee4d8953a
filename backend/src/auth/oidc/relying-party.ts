import { randomUUID } from 'node:crypto';
import { importJWK } from 'jose';
import * as client from 'openid-client';
import type { DomainError } from '../../common/errors/domain-error.js';
import { type EntityMetadata, entityUrl, signFederationJwt } from './entity-statement.js';
import { validateIdToken } from './id-token-validator.js';
import {
  CLOCK_TOLERANCE_SECONDS,
  DEFAULT_ACR,
  ENTITY_CONFIGURATION_LIFETIME_SECONDS,
  ENTITY_STATEMENT_TYPE,
  FISCAL_NUMBER_CLAIM,
  REQUEST_OBJECT_LIFETIME_SECONDS,
  RESOLVE_RESPONSE_TYPE,
  SPID_ACR_VALUES,
  TRANSACTION_LIFETIME_MS,
} from './oidc-constants.js';
import { oidcError } from './oidc-error.js';
import { randomAlphanumeric } from './random-alphanumeric.js';
import { assertRelyingPartyKeys, publicJwks, type RelyingPartyKeys } from './relying-party-keys.js';
import type {
  AuthenticatedIdentity,
  AuthenticationTransaction,
  IdentityProviderKind,
  RelyingPartyConfig,
  RelyingPartyDeps,
  StartAuthenticationInput,
  StartAuthenticationResult,
} from './relying-party-types.js';
import { type OpenIdProviderMetadata, TrustChainResolver } from './trust-chain-resolver.js';
import { readUserinfo } from './userinfo-reader.js';

const ID_TOKEN_SIGNING_ALG = 'RS256';
const USERINFO_SIGNING_ALG = 'RS256';
const USERINFO_ENCRYPTION_ALG = 'RSA-OAEP-256';
const USERINFO_ENCRYPTION_ENC = 'A256CBC-HS512';
const PROMPT = 'consent login';
const FISCAL_CODE_PATTERN = /^(?:[A-Z0-9]{16}|[0-9]{11})$/;

/** The attributes the portal needs; SPID releases them only at userinfo, CIE also in the ID token. */
function claimsRequest(provider: IdentityProviderKind): Record<string, unknown> {
  const attributes = {
    [FISCAL_NUMBER_CLAIM]: { essential: true },
    given_name: { essential: true },
    family_name: { essential: true },
    email: null,
    birthdate: null,
  };
  return provider === 'cie' ? { id_token: attributes, userinfo: attributes } : { userinfo: attributes };
}

function epoch(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function fiscalCodeOf(value: unknown): string | undefined {
  const code = optionalString(value)
    ?.toUpperCase()
    .replace(/^TINIT-/, '');
  return code && FISCAL_CODE_PATTERN.test(code) ? code : undefined;
}

/**
 * The SPID/CIE OpenID Connect relying party, framework-free: publishes its federation entity
 * configuration, resolves OPs through the trust anchor, starts the login with a signed request
 * object and PKCE, completes it (code exchange with private_key_jwt, ID token and encrypted
 * userinfo checks) and revokes access tokens at logout. It keeps no state: the caller stores the
 * returned transaction server-side between the redirect and the callback.
 */
export class RelyingParty {
  private readonly now: () => Date;
  private readonly fetchImpl: typeof fetch;
  private readonly resolver: TrustChainResolver;

  constructor(
    private readonly config: RelyingPartyConfig,
    private readonly keys: RelyingPartyKeys,
    deps: RelyingPartyDeps = {},
  ) {
    assertRelyingPartyKeys(keys);
    const protocols = config.allowHttp ? ['https:', 'http:'] : ['https:'];
    for (const [name, value] of Object.entries({
      entityId: config.entityId,
      redirectUri: config.redirectUri,
      trustAnchorId: config.trustAnchorId,
    })) {
      if (!protocols.includes(new URL(value).protocol)) {
        throw new TypeError(`${name} must be an https URL (http only with allowHttp)`);
      }
    }
    this.now = deps.now ?? (() => new Date());
    this.fetchImpl = deps.fetch ?? globalThis.fetch;
    this.resolver = new TrustChainResolver({
      trustAnchorId: config.trustAnchorId,
      trustAnchorJwks: config.trustAnchorJwks,
      allowHttp: config.allowHttp,
      fetch: this.fetchImpl,
      now: this.now,
    });
  }

  private get scope(): string {
    return this.config.scope ?? 'openid';
  }

  private metadata(): EntityMetadata {
    const { config } = this;
    const grantTypes = this.scope.split(' ').includes('offline_access')
      ? ['authorization_code', 'refresh_token']
      : ['authorization_code'];
    return {
      openid_relying_party: {
        client_id: config.entityId,
        client_registration_types: ['automatic'],
        application_type: 'web',
        client_name: config.clientName,
        contacts: config.contacts,
        redirect_uris: [config.redirectUri],
        response_types: ['code'],
        grant_types: grantTypes,
        jwks: publicJwks(this.keys.signing, this.keys.encryption),
        token_endpoint_auth_method: 'private_key_jwt',
        id_token_signed_response_alg: ID_TOKEN_SIGNING_ALG,
        userinfo_signed_response_alg: USERINFO_SIGNING_ALG,
        userinfo_encrypted_response_alg: USERINFO_ENCRYPTION_ALG,
        userinfo_encrypted_response_enc: USERINFO_ENCRYPTION_ENC,
      },
      federation_entity: {
        organization_name: config.organizationName,
        homepage_uri: config.homepageUri,
        ...(config.policyUri ? { policy_uri: config.policyUri } : {}),
        ...(config.logoUri ? { logo_uri: config.logoUri } : {}),
        contacts: config.contacts,
        federation_resolve_endpoint: config.resolveEndpoint ?? entityUrl(config.entityId, '/resolve'),
      },
    };
  }

  /** The signed entity configuration to serve at `<entityId>/.well-known/openid-federation`. */
  async entityConfiguration(): Promise<string> {
    const iat = epoch(this.now());
    return signFederationJwt(
      {
        iss: this.config.entityId,
        sub: this.config.entityId,
        iat,
        exp: iat + ENTITY_CONFIGURATION_LIFETIME_SECONDS,
        jwks: publicJwks(this.keys.federation),
        authority_hints: this.config.authorityHints,
        trust_marks: this.config.trustMarks,
        metadata: this.metadata(),
      },
      this.keys.federation,
      ENTITY_STATEMENT_TYPE,
    );
  }

  /**
   * The answer of the RP's resolve endpoint (`resolveEndpoint`, default `<entityId>/resolve`). It resolves only
   * entities the federation already knows (this RP, its OPs, the anchor's subordinates) and always by the
   * known id, never by the string from the request.
   */
  async resolveResponse(sub: string, anchor: string): Promise<string> {
    if (anchor !== this.config.trustAnchorId) {
      throw oidcError('OIDC_UNKNOWN_TRUST_ANCHOR', { anchor });
    }
    const subject = await this.knownSubject(sub);
    if (subject === undefined) throw oidcError('OIDC_UNKNOWN_SUBJECT');
    const resolved =
      subject === this.config.entityId
        ? await this.resolver.resolve(subject, await this.entityConfiguration())
        : await this.resolver.resolve(subject);
    return signFederationJwt(
      {
        iss: this.config.entityId,
        sub: subject,
        iat: epoch(this.now()),
        exp: resolved.expiresAt,
        metadata: resolved.metadata,
        trust_marks: resolved.trustMarks,
        trust_chain: resolved.trustChain,
      },
      this.keys.federation,
      RESOLVE_RESPONSE_TYPE,
    );
  }

  private async knownSubject(sub: string): Promise<string | undefined> {
    const configured = [this.config.entityId, ...(this.config.providers ?? [])];
    return (
      configured.find((entityId) => entityId === sub) ??
      (await this.resolver.anchorSubordinates()).find((entityId) => entityId === sub)
    );
  }

  private async signingKey(): Promise<client.PrivateKey> {
    const key = (await importJWK(this.keys.signing, 'RS256')) as client.CryptoKey;
    return { key, kid: this.keys.signing.kid };
  }

  private async clientConfiguration(
    op: OpenIdProviderMetadata,
    provider?: IdentityProviderKind,
  ): Promise<client.Configuration> {
    const server: client.ServerMetadata = {
      issuer: op.issuer,
      authorization_endpoint: op.authorization_endpoint,
      token_endpoint: op.token_endpoint,
      userinfo_endpoint: op.userinfo_endpoint,
      revocation_endpoint: op.revocation_endpoint,
      // CIE must send `iss` in the authorization response; openid-client then requires it.
      authorization_response_iss_parameter_supported:
        provider === 'cie' || op.authorization_response_iss_parameter_supported === true,
    };
    const metadata: Partial<client.ClientMetadata> = {
      redirect_uris: [this.config.redirectUri],
      id_token_signed_response_alg: ID_TOKEN_SIGNING_ALG,
      [client.clockTolerance]: CLOCK_TOLERANCE_SECONDS,
      [client.clockSkew]: Math.round((this.now().getTime() - Date.now()) / 1000),
    };
    const configuration = new client.Configuration(
      server,
      this.config.entityId,
      metadata,
      client.PrivateKeyJwt(await this.signingKey(), {
        // SPID/CIE want the token endpoint URL as audience (openid-client defaults to the issuer) and a uuid4 jti.
        [client.modifyAssertion]: (_header, payload) => {
          payload.aud = op.token_endpoint;
          payload.jti = randomUUID();
        },
      }),
    );
    if (this.config.allowHttp) client.allowInsecureRequests(configuration);
    configuration[client.customFetch] = (url, options) => this.fetchImpl(url, options as RequestInit);
    return configuration;
  }

  /**
   * Builds the redirect to the OP: a signed request object (JAR, aud = [issuer, authorization
   * endpoint], exp 60 s) plus the plain query parameters SPID wants outside it.
   */
  async startAuthentication(input: StartAuthenticationInput): Promise<StartAuthenticationResult> {
    if (input.provider !== 'spid' && input.provider !== 'cie') {
      throw oidcError('OIDC_UNKNOWN_PROVIDER', { provider: String(input.provider) });
    }
    const acrValues = input.acrValues ?? this.config.defaultAcr ?? [DEFAULT_ACR];
    if (!acrValues.length || acrValues.some((acr) => !(SPID_ACR_VALUES as readonly string[]).includes(acr))) {
      throw oidcError('OIDC_INVALID_ACR', { acrValues });
    }
    const op = await this.resolver.openIdProvider(input.opEntityId);
    const state = randomAlphanumeric();
    const nonce = randomAlphanumeric();
    const codeVerifier = client.randomPKCECodeVerifier();
    const codeChallenge = await client.calculatePKCECodeChallenge(codeVerifier);
    const parameters: Record<string, string> = {
      redirect_uri: this.config.redirectUri,
      response_type: 'code',
      scope: this.scope,
      state,
      nonce,
      code_challenge: codeChallenge,
      code_challenge_method: 'S256',
      prompt: PROMPT,
      acr_values: acrValues.join(' '),
      claims: JSON.stringify(claimsRequest(input.provider)),
    };
    if (input.uiLocales) parameters.ui_locales = input.uiLocales;
    if (input.idpHint) parameters.idp_hint = input.idpHint;
    const url = await client.buildAuthorizationUrlWithJAR(
      await this.clientConfiguration(op, input.provider),
      parameters,
      await this.signingKey(),
      {
        [client.modifyAssertion]: (_header, payload) => {
          payload.aud = [op.issuer, op.authorization_endpoint];
          payload.exp = (payload.iat as number) + REQUEST_OBJECT_LIFETIME_SECONDS;
        },
      },
    );
    for (const name of ['response_type', 'scope', 'code_challenge', 'code_challenge_method']) {
      url.searchParams.set(name, parameters[name]);
    }
    return {
      url,
      transaction: {
        state,
        nonce,
        codeVerifier,
        opEntityId: input.opEntityId,
        provider: input.provider,
        acrValues,
        redirectUri: this.config.redirectUri,
        createdAt: this.now().toISOString(),
      },
    };
  }

  /**
   * Completes the login from the callback URL and the stored transaction: checks state (and
   * `iss`), exchanges the code with private_key_jwt, validates the ID token with the OP's
   * federation keys, reads the encrypted userinfo and returns the citizen's identity.
   */
  async completeAuthentication(
    callbackUrl: URL,
    transaction: AuthenticationTransaction,
  ): Promise<AuthenticatedIdentity> {
    const now = this.now();
    const createdAt = Date.parse(transaction.createdAt);
    if (!Number.isFinite(createdAt) || now.getTime() - createdAt > TRANSACTION_LIFETIME_MS) {
      throw oidcError('OIDC_TRANSACTION_EXPIRED');
    }
    const params = callbackUrl.searchParams;
    if (params.get('state') !== transaction.state) throw oidcError('OIDC_STATE_MISMATCH');
    const error = params.get('error');
    if (error) {
      const extra = { providerError: error, description: params.get('error_description') ?? undefined };
      throw oidcError(error === 'access_denied' ? 'OIDC_ACCESS_DENIED' : 'OIDC_PROVIDER_ERROR', extra);
    }
    const op = await this.resolver.openIdProvider(transaction.opEntityId);
    const iss = params.get('iss');
    if ((transaction.provider === 'cie' && iss === null) || (iss !== null && iss !== op.issuer)) {
      throw oidcError('OIDC_ISSUER_MISMATCH', { iss });
    }
    if (!params.get('code')) throw oidcError('OIDC_PROVIDER_ERROR', { reason: 'callback without code' });
    // The token request's redirect_uri must be the registered one, whatever host the callback came through.
    const currentUrl = new URL(transaction.redirectUri);
    currentUrl.search = callbackUrl.search;
    let tokens: client.TokenEndpointResponse;
    try {
      tokens = await client.authorizationCodeGrant(
        await this.clientConfiguration(op, transaction.provider),
        currentUrl,
        {
          pkceCodeVerifier: transaction.codeVerifier,
          expectedState: transaction.state,
          expectedNonce: transaction.nonce,
          idTokenExpected: true,
        },
      );
    } catch (cause) {
      throw tokenError(cause);
    }
    const idToken = tokens.id_token as string;
    const idTokenClaims = await validateIdToken(idToken, {
      issuer: op.issuer,
      clientId: this.config.entityId,
      nonce: transaction.nonce,
      acrValues: transaction.acrValues,
      accessToken: tokens.access_token,
      jwks: op.jwks,
      currentDate: this.now(),
    });
    const userinfo = await readUserinfo({
      endpoint: op.userinfo_endpoint,
      accessToken: tokens.access_token,
      issuer: op.issuer,
      clientId: this.config.entityId,
      subject: idTokenClaims.sub as string,
      jwks: op.jwks,
      decryptionKey: this.keys.encryption,
      currentDate: this.now(),
      fetch: this.fetchImpl,
    });
    const attributes = { ...idTokenClaims, ...userinfo };
    const fiscalCode = fiscalCodeOf(attributes[FISCAL_NUMBER_CLAIM]);
    const givenName = optionalString(attributes.given_name);
    const familyName = optionalString(attributes.family_name);
    if (!fiscalCode || !givenName || !familyName) {
      throw oidcError('OIDC_ATTRIBUTES_MISSING', {
        missing: [
          ...(fiscalCode ? [] : [FISCAL_NUMBER_CLAIM]),
          ...(givenName ? [] : ['given_name']),
          ...(familyName ? [] : ['family_name']),
        ],
      });
    }
    return {
      subject: idTokenClaims.sub as string,
      fiscalCode,
      givenName,
      familyName,
      email: optionalString(attributes.email),
      birthdate: optionalString(attributes.birthdate),
      acr: idTokenClaims.acr as string,
      idToken,
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token,
      opEntityId: transaction.opEntityId,
      provider: transaction.provider,
    };
  }

  /** Revokes an access token at the OP (RFC 7009, private_key_jwt): SPID ends its session with it. */
  async revoke(opEntityId: string, accessToken: string): Promise<void> {
    const op = await this.resolver.openIdProvider(opEntityId);
    if (!op.revocation_endpoint) {
      throw oidcError('OIDC_PROVIDER_ERROR', { reason: 'the OP publishes no revocation endpoint' });
    }
    try {
      await client.tokenRevocation(await this.clientConfiguration(op), accessToken, {
        token_type_hint: 'access_token',
      });
    } catch (cause) {
      throw oidcError('OIDC_PROVIDER_ERROR', { reason: 'token revocation failed' }, cause);
    }
  }
}

const ID_TOKEN_ERROR_CODES = new Set([
  'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
  'OAUTH_JWT_TIMESTAMP_CHECK_FAILED',
]);

/** Maps openid-client failures of the code exchange to the OIDC error codes. */
function tokenError(cause: unknown): DomainError {
  if (cause instanceof client.ResponseBodyError) {
    const extra = { providerError: cause.error, description: cause.error_description };
    return oidcError(
      cause.error === 'invalid_grant' ? 'OIDC_CODE_INVALID' : 'OIDC_PROVIDER_ERROR',
      extra,
      cause,
    );
  }
  if (cause instanceof client.ClientError && cause.code && ID_TOKEN_ERROR_CODES.has(cause.code)) {
    const claim = (cause.cause as { cause?: { claim?: unknown } } | undefined)?.cause?.claim;
    if (claim === 'nonce') return oidcError('OIDC_NONCE_MISMATCH', undefined, cause);
    return oidcError('OIDC_ID_TOKEN_INVALID', { reason: cause.message, claim }, cause);
  }
  return oidcError('OIDC_PROVIDER_ERROR', { reason: (cause as Error)?.message }, cause);
}

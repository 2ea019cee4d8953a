import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Provider, { type Account, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { signFederationJwt, toPublicJwks } from './entity-statement.js';
import { FederationClientRegistry } from './federation-client-registry.js';
import type { OpenIdProviderKeys } from './federation-key-store.js';
import {
  CONTENT_ENCRYPTION_ALGORITHMS,
  type DemoIdentity,
  ENTITY_STATEMENT_TYPE,
  FISCAL_NUMBER_CLAIM,
  type Jwks,
  KEY_ENCRYPTION_ALGORITHMS,
  type ProviderKind,
  SIGNING_ALGORITHMS,
  SPID_ACR_VALUES,
  WELL_KNOWN_FEDERATION_PATH,
} from './federation-types.js';
import { readForm, sendHtml, sendText } from './http-responses.js';
import { type IdentityStore, normalizeFiscalCode } from './identity-store.js';
import { consentPage, errorPage, loginPage } from './interaction-pages.js';
import type { LocalSubordinate } from './intermediate.js';
import { MemoryAdapter, MemoryStore } from './memory-adapter.js';
import { spidRequestObjectPolicy } from './spid-request-policy.js';
import type { TrustAnchor } from './trust-anchor.js';

export interface TestOpenIdProviderOptions {
  kind: ProviderKind;
  entityId: string;
  publicUrl: URL;
  keys: OpenIdProviderKeys;
  trustAnchor: TrustAnchor;
  /** The OP's immediate superior (the intermediate), named in its `authority_hints`. */
  superiorId: string;
  identities: IdentityStore;
  fetch: typeof fetch;
  now: () => Date;
}

type InteractionDetails = Awaited<ReturnType<Provider['interactionDetails']>>;

const STATEMENT_LIFETIME_SECONDS = 24 * 3600;
const SPID_ATTRIBUTES = [
  FISCAL_NUMBER_CLAIM,
  'given_name',
  'family_name',
  'email',
  'birthdate',
  'gender',
  'place_of_birth',
];
const DEFAULT_ACR = 'https://www.spid.gov.it/SpidL2';
const INTERACTION_PATH = /^\/interaction\/([A-Za-z0-9_-]+)(?:\/(login|confirm|abort))?$/;

function claimsConfiguration(kind: ProviderKind): Configuration['claims'] {
  if (kind === 'spid') {
    return { openid: ['sub'], ...Object.fromEntries(SPID_ATTRIBUTES.map((claim) => [claim, null])) };
  }
  return {
    openid: ['sub'],
    profile: ['given_name', 'family_name', 'birthdate', 'gender'],
    email: ['email'],
    [FISCAL_NUMBER_CLAIM]: null,
    place_of_birth: null,
  };
}

/**
 * A SPID or CIE test OP: an oidc-provider instance mounted under `/spid` or `/cie`, configured to
 * enforce the SPID/CIE OIDC rules, with federation automatic client registration, an entity
 * configuration, and plain-HTML login and consent pages.
 */
export class TestOpenIdProvider implements LocalSubordinate {
  readonly entityId: string;
  readonly federationJwks: Jwks;
  readonly provider: Provider;
  private readonly kind: ProviderKind;
  private readonly mountPath: string;
  private readonly options: TestOpenIdProviderOptions;
  private readonly accounts = new Map<string, DemoIdentity>();
  private readonly callback: (req: IncomingMessage, res: ServerResponse) => Promise<void>;

  constructor(options: TestOpenIdProviderOptions) {
    this.options = options;
    this.kind = options.kind;
    this.entityId = options.entityId;
    this.mountPath = new URL(options.entityId).pathname.replace(/\/+$/, '');
    this.federationJwks = toPublicJwks(options.keys.federation);
    const registry = new FederationClientRegistry({
      trustAnchor: options.trustAnchor,
      fetch: options.fetch,
      now: options.now,
    });
    const store = new MemoryStore();
    // Clients are never stored: each lookup is answered by federation automatic registration.
    const clientAdapter = {
      find: (id: string) => registry.clientMetadata(id),
      findByUid: async () => undefined,
      findByUserCode: async () => undefined,
      upsert: async () => undefined,
      consume: async () => undefined,
      destroy: async () => undefined,
      revokeByGrantId: async () => undefined,
    };
    this.provider = new Provider(options.entityId, {
      adapter: (model: string) => (model === 'Client' ? clientAdapter : new MemoryAdapter(model, store)),
      jwks: { keys: [options.keys.core] },
      acrValues: [...SPID_ACR_VALUES],
      claims: claimsConfiguration(this.kind),
      scopes:
        this.kind === 'cie' ? ['openid', 'offline_access', 'profile', 'email'] : ['openid', 'offline_access'],
      subjectTypes: ['pairwise'],
      // Salted with the core key id: stable across restarts when keys persist, different per OP.
      pairwiseIdentifier: (_ctx, accountId, client) =>
        createHash('sha256').update(`${client.clientId}|${accountId}|${options.keys.core.kid}`).digest('hex'),
      clientAuthMethods: ['private_key_jwt'],
      responseTypes: ['code'],
      pkce: { required: () => true },
      extraParams: ['idp_hint'],
      clientBasedCORS: () => false,
      cookies: {
        names: {
          session: `${this.kind}_session`,
          interaction: `${this.kind}_interaction`,
          resume: `${this.kind}_interaction_resume`,
        },
        keys: [randomBytes(32).toString('hex')],
        long: { signed: true, httpOnly: true, sameSite: 'lax' },
        short: { signed: true, httpOnly: true, sameSite: 'lax' },
      },
      features: {
        devInteractions: { enabled: false },
        claimsParameter: { enabled: true },
        requestObjects: {
          enabled: true,
          requireSignedRequestObject: true,
          assertJwtClaimsAndHeader: spidRequestObjectPolicy(this.kind),
        },
        encryption: { enabled: true },
        jwtUserinfo: { enabled: true },
        revocation: {
          enabled: true,
          allowedPolicy: async (_ctx, client, token) => token.clientId === client.clientId,
        },
        rpInitiatedLogout: { enabled: false },
        pushedAuthorizationRequests: { enabled: false },
        resourceIndicators: { enabled: false },
        dPoP: { enabled: false },
      },
      enabledJWA: {
        clientAuthSigningAlgValues: ['RS256', 'RS512'],
        requestObjectSigningAlgValues: ['RS256', 'RS512'],
        idTokenSigningAlgValues: ['RS256', 'RS512'],
        userinfoSigningAlgValues: ['RS256', 'RS512'],
        userinfoEncryptionAlgValues: ['RSA-OAEP', 'RSA-OAEP-256'],
        userinfoEncryptionEncValues: ['A128CBC-HS256', 'A256CBC-HS512'],
        idTokenEncryptionAlgValues: ['RSA-OAEP', 'RSA-OAEP-256'],
        idTokenEncryptionEncValues: ['A128CBC-HS256', 'A256CBC-HS512'],
        requestObjectEncryptionAlgValues: ['RSA-OAEP', 'RSA-OAEP-256'],
        requestObjectEncryptionEncValues: ['A128CBC-HS256', 'A256CBC-HS512'],
      },
      ttl: {
        AccessToken: 300,
        AuthorizationCode: 300,
        IdToken: 300,
        RefreshToken: 30 * 24 * 3600,
        Interaction: 600,
        Session: 3600,
        Grant: 3600,
      },
      interactions: { url: (_ctx, interaction) => `${this.mountPath}/interaction/${interaction.uid}` },
      findAccount: (_ctx, accountId) => this.findAccount(accountId),
      renderError: (ctx: KoaContextWithOIDC, out, error) => {
        const detail =
          out.error === 'server_error' ? undefined : (error as { error_detail?: string }).error_detail;
        ctx.type = 'html';
        ctx.body = errorPage(this.kind, out.error, out.error_description, detail);
      },
    });
    this.provider.proxy = options.publicUrl.protocol === 'https:';
    this.provider.on('server_error', (_ctx: KoaContextWithOIDC, error: Error) => {
      console.error(`[test-federation ${this.kind}] server_error`, error);
    });
    this.callback = this.provider.callback() as (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  }

  private findAccount(accountId: string): Account | undefined {
    const identity = this.accounts.get(accountId);
    if (!identity) return undefined;
    return {
      accountId,
      // SPID releases attributes only at the userinfo endpoint; CIE also in the ID token.
      claims: (use: string) =>
        this.kind === 'spid' && use === 'id_token' ? { sub: accountId } : claimsOf(identity),
    };
  }

  providerMetadata(): Record<string, unknown> {
    const urlFor = (route: string) => this.provider.urlFor(route);
    return {
      issuer: this.entityId,
      authorization_endpoint: urlFor('authorization'),
      token_endpoint: urlFor('token'),
      userinfo_endpoint: urlFor('userinfo'),
      revocation_endpoint: urlFor('revocation'),
      jwks: toPublicJwks(this.options.keys.core),
      client_registration_types_supported: ['automatic'],
      request_authentication_methods_supported: { authorization_endpoint: ['request_object'] },
      scopes_supported:
        this.kind === 'cie' ? ['openid', 'offline_access', 'profile', 'email'] : ['openid', 'offline_access'],
      response_types_supported: ['code'],
      response_modes_supported: ['query', 'form_post'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      acr_values_supported: [...SPID_ACR_VALUES],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: SIGNING_ALGORITHMS,
      userinfo_signing_alg_values_supported: SIGNING_ALGORITHMS,
      userinfo_encryption_alg_values_supported: KEY_ENCRYPTION_ALGORITHMS,
      userinfo_encryption_enc_values_supported: CONTENT_ENCRYPTION_ALGORITHMS,
      request_object_signing_alg_values_supported: SIGNING_ALGORITHMS,
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
      token_endpoint_auth_signing_alg_values_supported: SIGNING_ALGORITHMS,
      code_challenge_methods_supported: ['S256'],
      claims_supported: ['sub', 'acr', ...SPID_ATTRIBUTES],
      claims_parameter_supported: true,
      request_parameter_supported: true,
      request_uri_parameter_supported: false,
      authorization_response_iss_parameter_supported: true,
      ui_locales_supported: ['it', 'en'],
      op_name: this.kind === 'spid' ? 'SPID OP di test' : 'CIE OP di test',
      op_uri: this.entityId,
    };
  }

  async entityConfiguration(): Promise<string> {
    const iat = Math.floor(this.options.now().getTime() / 1000);
    return signFederationJwt(
      {
        iss: this.entityId,
        sub: this.entityId,
        iat,
        exp: iat + STATEMENT_LIFETIME_SECONDS,
        jwks: this.federationJwks,
        authority_hints: [this.options.superiorId],
        metadata: {
          openid_provider: this.providerMetadata(),
          federation_entity: {
            organization_name: this.kind === 'spid' ? 'Gestore SPID di test' : 'Gestore CIE di test',
            homepage_uri: this.entityId,
            contacts: ['federazione-test@example.invalid'],
          },
        },
      },
      this.options.keys.federation,
      ENTITY_STATEMENT_TYPE,
    );
  }

  /** Serves `<op>/...`; `path` is the part after the OP's mount path. */
  async handle(req: IncomingMessage, res: ServerResponse, path: string, search: string): Promise<void> {
    if (path === WELL_KNOWN_FEDERATION_PATH) {
      return sendText(res, 200, 'application/entity-statement+jwt', await this.entityConfiguration());
    }
    const interaction = INTERACTION_PATH.exec(path);
    if (interaction) {
      return this.handleInteraction(req, res, interaction[1], interaction[2]);
    }
    // oidc-provider expects the mount path stripped, and reads it back from originalUrl.
    Object.assign(req, { originalUrl: req.url });
    req.url = `${path || '/'}${search}`;
    req.headers.host = this.options.publicUrl.host;
    if (this.provider.proxy) req.headers['x-forwarded-proto'] = 'https';
    await this.callback(req, res);
  }

  private async handleInteraction(
    req: IncomingMessage,
    res: ServerResponse,
    uid: string,
    action: string | undefined,
  ): Promise<void> {
    const expectedMethod = action ? 'POST' : 'GET';
    if (req.method !== expectedMethod) {
      return sendHtml(res, 405, errorPage(this.kind, 'method_not_allowed', `usa ${expectedMethod}`));
    }
    let details: InteractionDetails;
    try {
      details = await this.provider.interactionDetails(req, res);
      if (details.uid !== uid) throw new Error('interaction mismatch');
    } catch {
      return sendHtml(
        res,
        400,
        errorPage(
          this.kind,
          'session_not_found',
          'Sessione di accesso non trovata o scaduta: riparti dal servizio.',
        ),
      );
    }
    const actionBase = `${this.mountPath}/interaction/${uid}`;
    if (action === 'abort') {
      return this.provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'End-User aborted the login' },
        { mergeWithLastSubmission: false },
      );
    }
    if (details.prompt.name === 'login') {
      if (action === 'login') return this.submitLogin(req, res, details, actionBase);
      return sendHtml(res, 200, await this.renderLogin(details, actionBase));
    }
    if (details.prompt.name === 'consent') {
      if (action === 'confirm') return this.submitConsent(req, res, details);
      return sendHtml(res, 200, await this.renderConsent(details, actionBase));
    }
    return sendHtml(res, 400, errorPage(this.kind, 'invalid_request', 'Passo di interazione non previsto.'));
  }

  private async clientName(details: InteractionDetails): Promise<string> {
    const clientId = String(details.params.client_id);
    const client = await this.provider.Client.find(clientId).catch(() => undefined);
    return client?.clientName ?? clientId;
  }

  private async renderLogin(
    details: InteractionDetails,
    actionBase: string,
    error?: string,
    values?: { fiscalNumber?: string; givenName?: string; familyName?: string; email?: string },
  ): Promise<string> {
    return loginPage({
      kind: this.kind,
      actionBase,
      clientName: await this.clientName(details),
      acrValues: String(details.params.acr_values ?? '')
        .split(' ')
        .filter(Boolean),
      idpHint: typeof details.params.idp_hint === 'string' ? details.params.idp_hint : undefined,
      identities: await this.options.identities.list(),
      error,
      values,
    });
  }

  private async renderConsent(details: InteractionDetails, actionBase: string): Promise<string> {
    const identity = this.accounts.get(details.session?.accountId ?? '');
    return consentPage({
      kind: this.kind,
      actionBase,
      clientName: await this.clientName(details),
      fullName: identity ? `${identity.givenName} ${identity.familyName}` : '',
      claims: (details.prompt.details.missingOIDCClaims as string[] | undefined) ?? [],
    });
  }

  private async submitLogin(
    req: IncomingMessage,
    res: ServerResponse,
    details: InteractionDetails,
    actionBase: string,
  ): Promise<void> {
    const form = await readForm(req);
    const typed = {
      fiscalNumber: form.get('fiscal_number')?.trim() ?? '',
      givenName: form.get('given_name')?.trim() ?? '',
      familyName: form.get('family_name')?.trim() ?? '',
      email: form.get('email')?.trim() ?? '',
    };
    const fiscalNumber = normalizeFiscalCode(typed.fiscalNumber);
    if (!fiscalNumber) {
      const message = 'Il codice fiscale non è valido: servono 16 caratteri, per esempio RSSMRA80A01H501U.';
      return sendHtml(res, 400, await this.renderLogin(details, actionBase, message, typed));
    }
    const identity = (await this.options.identities.find(fiscalNumber)) ?? {
      fiscalNumber,
      givenName: typed.givenName || 'Utente',
      familyName: typed.familyName || 'Di Prova',
      email: typed.email || undefined,
    };
    this.accounts.set(fiscalNumber, identity);
    const requested = String(details.params.acr_values ?? '').split(' ');
    const acr =
      requested.find((value) => (SPID_ACR_VALUES as readonly string[]).includes(value)) ?? DEFAULT_ACR;
    return this.provider.interactionFinished(
      req,
      res,
      { login: { accountId: fiscalNumber, acr, amr: [this.kind === 'cie' ? 'hwk' : 'pwd'] } },
      { mergeWithLastSubmission: false },
    );
  }

  private async submitConsent(
    req: IncomingMessage,
    res: ServerResponse,
    details: InteractionDetails,
  ): Promise<void> {
    const form = await readForm(req);
    if (form.get('decision') !== 'allow') {
      return this.provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'End-User denied the consent' },
        { mergeWithLastSubmission: false },
      );
    }
    const { missingOIDCScope, missingOIDCClaims } = details.prompt.details as {
      missingOIDCScope?: string[];
      missingOIDCClaims?: string[];
    };
    const grant =
      (details.grantId ? await this.provider.Grant.find(details.grantId) : undefined) ??
      new this.provider.Grant({
        accountId: details.session?.accountId,
        clientId: String(details.params.client_id),
      });
    if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(' '));
    if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
    const grantId = await grant.save();
    return this.provider.interactionFinished(
      req,
      res,
      { consent: { grantId } },
      { mergeWithLastSubmission: true },
    );
  }
}

function claimsOf(identity: DemoIdentity): { sub: string } & Record<string, unknown> {
  return {
    sub: identity.fiscalNumber,
    [FISCAL_NUMBER_CLAIM]: `TINIT-${identity.fiscalNumber}`,
    given_name: identity.givenName,
    family_name: identity.familyName,
    email: identity.email,
    birthdate: identity.birthdate,
    gender: identity.gender,
    place_of_birth: identity.placeOfBirth ? { locality: identity.placeOfBirth } : undefined,
  };
}

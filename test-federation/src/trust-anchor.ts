import type { ServerResponse } from 'node:http';
import { decodeJwt } from 'jose';
import {
  fetchSelfSignedConfiguration,
  signFederationJwt,
  toPublicJwks,
  verifyFederationJwt,
} from './entity-statement.js';
import {
  CONTENT_ENCRYPTION_ALGORITHMS,
  ENTITY_STATEMENT_TYPE,
  type EntityMetadata,
  type EntityStatementClaims,
  KEY_ENCRYPTION_ALGORITHMS,
  type MetadataPolicy,
  type PrivateJwk,
  RESOLVE_RESPONSE_TYPE,
  SIGNING_ALGORITHMS,
  SPID_ACR_VALUES,
  TRUST_MARK_TYPE,
  WELL_KNOWN_FEDERATION_PATH,
} from './federation-types.js';
import { FederationHttpError, sendFederationError, sendJson, sendText } from './http-responses.js';
import type { Intermediate } from './intermediate.js';
import { MetadataPolicyError, resolveMetadata } from './metadata-policy.js';

export interface TrustAnchorOptions {
  entityId: string;
  key: PrivateJwk;
  relyingParties: string[];
  fetch: typeof fetch;
  now: () => Date;
}

type EntityType = 'federation_entity' | 'openid_relying_party';

const STATEMENT_LIFETIME_SECONDS = 24 * 3600;
const TRUST_MARK_LIFETIME_SECONDS = 365 * 24 * 3600;
const RELYING_PARTY_CACHE_MS = 60_000;

const OPENID_PROVIDER_POLICY: MetadataPolicy = {
  openid_provider: {
    token_endpoint_auth_methods_supported: { subset_of: ['private_key_jwt'], essential: true },
    request_object_signing_alg_values_supported: { subset_of: SIGNING_ALGORITHMS, essential: true },
    id_token_signing_alg_values_supported: { subset_of: SIGNING_ALGORITHMS, essential: true },
    userinfo_signing_alg_values_supported: { subset_of: SIGNING_ALGORITHMS, essential: true },
    userinfo_encryption_alg_values_supported: { subset_of: KEY_ENCRYPTION_ALGORITHMS, essential: true },
    userinfo_encryption_enc_values_supported: { subset_of: CONTENT_ENCRYPTION_ALGORITHMS, essential: true },
    code_challenge_methods_supported: { subset_of: ['S256'], essential: true },
    acr_values_supported: { subset_of: [...SPID_ACR_VALUES], essential: true },
    subject_types_supported: { value: ['pairwise'] },
  },
};

const RELYING_PARTY_POLICY: MetadataPolicy = {
  openid_relying_party: {
    client_registration_types: { subset_of: ['automatic'], essential: true },
    token_endpoint_auth_method: { one_of: ['private_key_jwt'], essential: true },
    response_types: { subset_of: ['code'], essential: true },
    grant_types: { subset_of: ['authorization_code', 'refresh_token'], essential: true },
    id_token_signed_response_alg: { one_of: SIGNING_ALGORITHMS },
    userinfo_signed_response_alg: { one_of: SIGNING_ALGORITHMS },
    userinfo_encrypted_response_alg: { one_of: KEY_ENCRYPTION_ALGORITHMS },
    userinfo_encrypted_response_enc: { one_of: CONTENT_ENCRYPTION_ALGORITHMS },
  },
};

function epoch(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

/**
 * The test federation's trust anchor: publishes its entity configuration, subordinate statements
 * for its intermediate (the OPs sit below it) and for the configured RPs (learning an RP's federation keys from its entity
 * configuration over HTTP), the list and resolve endpoints, and trust marks for RPs.
 */
export class TrustAnchor {
  readonly entityId: string;
  readonly trustMarkId: string;
  private readonly key: PrivateJwk;
  private readonly fetchImpl: typeof fetch;
  private readonly now: () => Date;
  private readonly intermediates = new Map<string, Intermediate>();
  private readonly relyingParties = new Set<string>();
  private readonly relyingPartyCache = new Map<
    string,
    { jwt: string; payload: EntityStatementClaims; fetchedAt: number }
  >();

  constructor(options: TrustAnchorOptions) {
    this.entityId = options.entityId;
    this.trustMarkId = `${options.entityId}/openid_relying_party/public`;
    this.key = options.key;
    this.fetchImpl = options.fetch;
    this.now = options.now;
    for (const entityId of options.relyingParties) this.addRelyingParty(entityId);
  }

  addIntermediate(intermediate: Intermediate): void {
    this.intermediates.set(intermediate.entityId, intermediate);
  }

  addRelyingParty(entityId: string): void {
    this.relyingParties.add(entityId);
    this.relyingPartyCache.delete(entityId);
  }

  /** The immediate subordinates: the intermediates (the OPs sit below them) and the relying parties. */
  list(entityType?: string): string[] {
    const intermediates = [...this.intermediates.keys()];
    const relyingParties = [...this.relyingParties];
    if (entityType === 'federation_entity') return intermediates;
    if (entityType === 'openid_relying_party') return relyingParties;
    if (entityType) return [];
    return [...intermediates, ...relyingParties];
  }

  async entityConfiguration(): Promise<string> {
    const iat = epoch(this.now());
    return signFederationJwt(
      {
        iss: this.entityId,
        sub: this.entityId,
        iat,
        exp: iat + STATEMENT_LIFETIME_SECONDS,
        jwks: toPublicJwks(this.key),
        metadata: {
          federation_entity: {
            organization_name: 'Trust Anchor di test (federazione locale SPID/CIE)',
            homepage_uri: this.entityId,
            contacts: ['federazione-test@example.invalid'],
            federation_fetch_endpoint: `${this.entityId}/fetch`,
            federation_list_endpoint: `${this.entityId}/list`,
            federation_resolve_endpoint: `${this.entityId}/resolve`,
            federation_trust_mark_endpoint: `${this.entityId}/trust-mark`,
          },
        },
        trust_mark_issuers: { [this.trustMarkId]: [this.entityId] },
      },
      this.key,
      ENTITY_STATEMENT_TYPE,
    );
  }

  private entityTypeOf(sub: string): EntityType {
    if (this.intermediates.has(sub)) return 'federation_entity';
    if (this.relyingParties.has(sub)) return 'openid_relying_party';
    throw new FederationHttpError(404, 'not_found', `${sub} is not a subordinate of ${this.entityId}`);
  }

  /** The subordinate's own entity configuration, verified as self-signed. */
  async subordinateConfiguration(sub: string): Promise<{ jwt: string; payload: EntityStatementClaims }> {
    const intermediate = this.intermediates.get(sub);
    if (intermediate) {
      const jwt = await intermediate.entityConfiguration();
      return { jwt, payload: decodeJwt(jwt) as EntityStatementClaims };
    }
    this.entityTypeOf(sub);
    const cached = this.relyingPartyCache.get(sub);
    if (cached && Date.now() - cached.fetchedAt < RELYING_PARTY_CACHE_MS) return cached;
    try {
      const fetched = await fetchSelfSignedConfiguration(sub, this.fetchImpl, this.now());
      this.relyingPartyCache.set(sub, { ...fetched, fetchedAt: Date.now() });
      return fetched;
    } catch (cause) {
      throw new FederationHttpError(
        502,
        'server_error',
        `cannot obtain a valid entity configuration for ${sub}: ${(cause as Error).message}`,
      );
    }
  }

  /** The claims of the subordinate statement the TA issues about `sub`. */
  async subordinateStatementClaims(sub: string): Promise<EntityStatementClaims> {
    const entityType = this.entityTypeOf(sub);
    const jwks =
      this.intermediates.get(sub)?.federationJwks ?? (await this.subordinateConfiguration(sub)).payload.jwks;
    const iat = epoch(this.now());
    return {
      iss: this.entityId,
      sub,
      iat,
      exp: iat + STATEMENT_LIFETIME_SECONDS,
      jwks: { keys: jwks.keys },
      // The anchor's rules reach the OPs through the intermediate, which may only have leaves below it.
      ...(entityType === 'federation_entity'
        ? { metadata_policy: OPENID_PROVIDER_POLICY, constraints: { max_path_length: 1 } }
        : { metadata_policy: RELYING_PARTY_POLICY }),
    };
  }

  async subordinateStatement(sub: string): Promise<string> {
    return signFederationJwt(await this.subordinateStatementClaims(sub), this.key, ENTITY_STATEMENT_TYPE);
  }

  /** The intermediate `sub` is a subordinate of, if any. */
  private intermediateAbove(sub: string): Intermediate | undefined {
    return [...this.intermediates.values()].find((intermediate) => intermediate.has(sub));
  }

  /**
   * Resolves `sub` through this anchor: its metadata after its superior's `metadata` and the policies of the
   * chain combined from the anchor down, and the chain itself (through the intermediate for an OP).
   */
  async resolve(sub: string, anchor: string): Promise<string> {
    if (anchor !== this.entityId) {
      throw new FederationHttpError(404, 'invalid_trust_anchor', `unknown trust anchor ${anchor}`);
    }
    const intermediate = this.intermediateAbove(sub);
    const [configuration, anchorConfiguration] = await Promise.all([
      intermediate ? intermediate.subordinateConfiguration(sub) : this.subordinateConfiguration(sub),
      this.entityConfiguration(),
    ]);
    // From the leaf's superior up to the anchor, each with the JWT it signs.
    const statements: { claims: EntityStatementClaims; jwt: string }[] = [];
    if (intermediate) {
      const claims = intermediate.subordinateStatementClaims(sub);
      statements.push({ claims, jwt: await intermediate.subordinateStatement(sub) });
    }
    const claims = await this.subordinateStatementClaims(intermediate?.entityId ?? sub);
    statements.push({ claims, jwt: await signFederationJwt(claims, this.key, ENTITY_STATEMENT_TYPE) });
    try {
      await verifyFederationJwt(
        configuration.jwt,
        statements[0].claims.jwks,
        ENTITY_STATEMENT_TYPE,
        this.now(),
      );
    } catch {
      throw new FederationHttpError(
        400,
        'invalid_issuer',
        `${sub} is not signed with the keys known to its superior`,
      );
    }
    let metadata: EntityMetadata;
    try {
      metadata = resolveMetadata(
        configuration.payload.metadata,
        statements[0].claims.metadata,
        statements.map((statement) => statement.claims.metadata_policy).reverse(),
      );
    } catch (error) {
      if (error instanceof MetadataPolicyError) {
        throw new FederationHttpError(400, 'invalid_metadata', error.message);
      }
      throw error;
    }
    const iat = epoch(this.now());
    return signFederationJwt(
      {
        iss: this.entityId,
        sub,
        iat,
        exp: Math.min(configuration.payload.exp, ...statements.map((statement) => statement.claims.exp)),
        metadata,
        trust_marks: configuration.payload.trust_marks ?? [],
        trust_chain: [
          configuration.jwt,
          ...statements.map((statement) => statement.jwt),
          anchorConfiguration,
        ],
      },
      this.key,
      RESOLVE_RESPONSE_TYPE,
    );
  }

  /** A trust mark for a relying party registered with this anchor (what onboarding would issue). */
  async issueTrustMark(sub: string): Promise<string> {
    if (this.entityTypeOf(sub) !== 'openid_relying_party') {
      throw new FederationHttpError(404, 'not_found', `${sub} is not a relying party of this federation`);
    }
    const iat = epoch(this.now());
    return signFederationJwt(
      {
        iss: this.entityId,
        sub,
        id: this.trustMarkId,
        iat,
        exp: iat + TRUST_MARK_LIFETIME_SECONDS,
        organization_type: 'public',
      },
      this.key,
      TRUST_MARK_TYPE,
    );
  }

  /** Serves `<ta>/...`; `path` is the part after the anchor's prefix. */
  async handle(res: ServerResponse, path: string, query: URLSearchParams): Promise<void> {
    try {
      const sub = query.get('sub') ?? '';
      switch (path) {
        case WELL_KNOWN_FEDERATION_PATH:
          return sendText(res, 200, 'application/entity-statement+jwt', await this.entityConfiguration());
        case '/fetch':
          return sendText(
            res,
            200,
            'application/entity-statement+jwt',
            await this.subordinateStatement(required(sub)),
          );
        case '/list':
          return sendJson(res, 200, this.list(query.get('entity_type') ?? undefined));
        case '/resolve':
          return sendText(
            res,
            200,
            'application/resolve-response+jwt',
            await this.resolve(required(sub), required(query.get('anchor') ?? '', 'anchor')),
          );
        case '/trust-mark':
          return sendText(res, 200, 'application/trust-mark+jwt', await this.issueTrustMark(required(sub)));
        default:
          throw new FederationHttpError(404, 'not_found', `unknown trust anchor endpoint ${path}`);
      }
    } catch (error) {
      if (error instanceof FederationHttpError) return sendFederationError(res, error);
      throw error;
    }
  }
}

function required(value: string, name = 'sub'): string {
  if (!value) throw new FederationHttpError(400, 'invalid_request', `the ${name} parameter is required`);
  return value;
}

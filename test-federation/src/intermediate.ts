import type { ServerResponse } from 'node:http';
import { decodeJwt } from 'jose';
import { signFederationJwt, toPublicJwks } from './entity-statement.js';
import {
  ENTITY_STATEMENT_TYPE,
  type EntityStatementClaims,
  type Jwks,
  type MetadataPolicy,
  type PrivateJwk,
  WELL_KNOWN_FEDERATION_PATH,
} from './federation-types.js';
import { FederationHttpError, sendFederationError, sendJson, sendText } from './http-responses.js';

/** A subordinate living in this process: its superior knows its keys without fetching them. */
export interface LocalSubordinate {
  entityId: string;
  federationJwks: Jwks;
  entityConfiguration(): Promise<string>;
}

export interface IntermediateOptions {
  entityId: string;
  key: PrivateJwk;
  trustAnchorId: string;
  now: () => Date;
}

const STATEMENT_LIFETIME_SECONDS = 24 * 3600;

/**
 * What this intermediate adds to the anchor's rules for its OPs: combined with the anchor's policy (the
 * algorithm lists intersect), so a chain through it exercises policy combination, not just application.
 */
const OPENID_PROVIDER_POLICY: MetadataPolicy = {
  openid_provider: {
    contacts: { add: ['intermediario-test@example.invalid'] },
    id_token_signing_alg_values_supported: { subset_of: ['RS256', 'RS512', 'ES256'] },
  },
};

/**
 * The test federation's intermediate (as the SPID and CIE federations have between the anchor and the
 * identity providers): a subordinate of the trust anchor and the superior of the test OPs. Serves its entity
 * configuration and its fetch and list endpoints.
 */
export class Intermediate implements LocalSubordinate {
  readonly entityId: string;
  readonly federationJwks: Jwks;
  private readonly key: PrivateJwk;
  private readonly trustAnchorId: string;
  private readonly now: () => Date;
  private readonly providers = new Map<string, LocalSubordinate>();

  constructor(options: IntermediateOptions) {
    this.entityId = options.entityId;
    this.key = options.key;
    this.trustAnchorId = options.trustAnchorId;
    this.now = options.now;
    this.federationJwks = toPublicJwks(options.key);
  }

  addProvider(provider: LocalSubordinate): void {
    this.providers.set(provider.entityId, provider);
  }

  has(sub: string): boolean {
    return this.providers.has(sub);
  }

  list(entityType?: string): string[] {
    return !entityType || entityType === 'openid_provider' ? [...this.providers.keys()] : [];
  }

  private epoch(): number {
    return Math.floor(this.now().getTime() / 1000);
  }

  async entityConfiguration(): Promise<string> {
    const iat = this.epoch();
    return signFederationJwt(
      {
        iss: this.entityId,
        sub: this.entityId,
        iat,
        exp: iat + STATEMENT_LIFETIME_SECONDS,
        jwks: this.federationJwks,
        authority_hints: [this.trustAnchorId],
        metadata: {
          federation_entity: {
            organization_name: 'Intermediario di test (federazione locale SPID/CIE)',
            homepage_uri: this.entityId,
            contacts: ['federazione-test@example.invalid'],
            federation_fetch_endpoint: `${this.entityId}/fetch`,
            federation_list_endpoint: `${this.entityId}/list`,
          },
        },
      },
      this.key,
      ENTITY_STATEMENT_TYPE,
    );
  }

  private provider(sub: string): LocalSubordinate {
    const provider = this.providers.get(sub);
    if (!provider) {
      throw new FederationHttpError(404, 'not_found', `${sub} is not a subordinate of ${this.entityId}`);
    }
    return provider;
  }

  /** The OP's own entity configuration. */
  async subordinateConfiguration(sub: string): Promise<{ jwt: string; payload: EntityStatementClaims }> {
    const jwt = await this.provider(sub).entityConfiguration();
    return { jwt, payload: decodeJwt(jwt) as EntityStatementClaims };
  }

  /** The claims of the subordinate statement this intermediate issues about one of its OPs. */
  subordinateStatementClaims(sub: string): EntityStatementClaims {
    const provider = this.provider(sub);
    const iat = this.epoch();
    return {
      iss: this.entityId,
      sub,
      iat,
      exp: iat + STATEMENT_LIFETIME_SECONDS,
      jwks: { keys: provider.federationJwks.keys },
      // The superior's `metadata` overrides the OP's own before any policy applies.
      metadata: { federation_entity: { contacts: ['intermediario-test@example.invalid'] } },
      metadata_policy: OPENID_PROVIDER_POLICY,
    };
  }

  subordinateStatement(sub: string): Promise<string> {
    return signFederationJwt(this.subordinateStatementClaims(sub), this.key, ENTITY_STATEMENT_TYPE);
  }

  /** Serves `<intermediate>/...`; `path` is the part after the intermediate's prefix. */
  async handle(res: ServerResponse, path: string, query: URLSearchParams): Promise<void> {
    try {
      switch (path) {
        case WELL_KNOWN_FEDERATION_PATH:
          return sendText(res, 200, 'application/entity-statement+jwt', await this.entityConfiguration());
        case '/fetch': {
          const sub = query.get('sub');
          if (!sub) throw new FederationHttpError(400, 'invalid_request', 'the sub parameter is required');
          return sendText(res, 200, 'application/entity-statement+jwt', await this.subordinateStatement(sub));
        }
        case '/list':
          return sendJson(res, 200, this.list(query.get('entity_type') ?? undefined));
        default:
          throw new FederationHttpError(404, 'not_found', `unknown intermediate endpoint ${path}`);
      }
    } catch (error) {
      if (error instanceof FederationHttpError) return sendFederationError(res, error);
      throw error;
    }
  }
}

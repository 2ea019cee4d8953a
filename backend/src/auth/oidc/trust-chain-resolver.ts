import { decodeJwt, type JSONWebKeySet } from 'jose';
import {
  type EntityMetadata,
  type EntityStatement,
  entityUrl,
  fetchFederationJwt,
  verifyEntityStatement,
  wellKnownFederationUrl,
} from './entity-statement.js';
import { applyMetadataPolicy } from './metadata-policy.js';
import { ENTITY_STATEMENT_TYPE } from './oidc-constants.js';
import { oidcError } from './oidc-error.js';

export interface TrustChainResolverOptions {
  trustAnchorId: string;
  /** The anchor's federation keys; when absent (development only) the first fetched ones are pinned. */
  trustAnchorJwks?: JSONWebKeySet;
  allowHttp: boolean;
  fetch: typeof fetch;
  now: () => Date;
}

/** An entity whose trust chain up to the anchor has been verified. */
export interface ResolvedEntity {
  entityId: string;
  /** The entity's metadata with the anchor's policy applied. */
  metadata: EntityMetadata;
  federationJwks: JSONWebKeySet;
  trustMarks: { id: string; trust_mark: string }[];
  /** [entity configuration, anchor's subordinate statement, anchor's entity configuration]. */
  trustChain: string[];
  /** The smallest `exp` in the chain (epoch seconds): the result is cached until then. */
  expiresAt: number;
}

/** What the RP needs from an OP: endpoints and the signing keys published inline. */
export interface OpenIdProviderMetadata {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  userinfo_endpoint: string;
  revocation_endpoint?: string;
  jwks: JSONWebKeySet;
  authorization_response_iss_parameter_supported?: boolean;
  [parameter: string]: unknown;
}

class ChainError extends Error {}

function epoch(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

/**
 * Resolves trust chains of length one below the anchor (anchor → leaf), as the SPID/CIE
 * federation has them for OPs and RPs: the leaf's entity configuration is verified with the keys
 * in the anchor's subordinate statement, which is verified with the anchor's keys, and the
 * anchor's metadata policy is applied. Results are cached until the chain's first expiry.
 */
export class TrustChainResolver {
  private readonly cache = new Map<string, ResolvedEntity>();
  private pinnedAnchorJwks?: JSONWebKeySet;

  constructor(private readonly options: TrustChainResolverOptions) {
    this.pinnedAnchorJwks = options.trustAnchorJwks;
  }

  get trustAnchorId(): string {
    return this.options.trustAnchorId;
  }

  /**
   * Resolves `entityId`. `ownConfiguration` lets the RP resolve itself without an HTTP call to
   * its own entity configuration endpoint.
   */
  async resolve(entityId: string, ownConfiguration?: string): Promise<ResolvedEntity> {
    const now = epoch(this.options.now());
    const cached = this.cache.get(entityId);
    if (cached && cached.expiresAt > now && !ownConfiguration) return cached;
    try {
      const resolved = await this.resolveChain(entityId, ownConfiguration);
      if (!ownConfiguration) this.cache.set(entityId, resolved);
      return resolved;
    } catch (error) {
      if (error instanceof ChainError) {
        throw oidcError('OIDC_TRUST_CHAIN_INVALID', { entityId, reason: error.message }, error);
      }
      throw error;
    }
  }

  /** Resolves an OP and checks it publishes what the login needs, keys inline included. */
  async openIdProvider(entityId: string): Promise<OpenIdProviderMetadata> {
    const resolved = await this.resolve(entityId);
    const metadata = resolved.metadata.openid_provider as Partial<OpenIdProviderMetadata> | undefined;
    if (!metadata) throw oidcError('OIDC_UNKNOWN_PROVIDER', { entityId, reason: 'not an OpenID provider' });
    const endpoints = ['authorization_endpoint', 'token_endpoint', 'userinfo_endpoint'] as const;
    const missing = endpoints.filter((name) => typeof metadata[name] !== 'string');
    if (metadata.issuer !== entityId || missing.length || !metadata.jwks?.keys?.length) {
      throw oidcError('OIDC_TRUST_CHAIN_INVALID', {
        entityId,
        reason: 'OP metadata must have issuer = entity id, the endpoints and inline jwks',
      });
    }
    for (const name of endpoints) {
      try {
        this.assertAllowedUrl(metadata[name] as string);
      } catch (error) {
        throw oidcError('OIDC_TRUST_CHAIN_INVALID', { entityId, reason: (error as Error).message });
      }
    }
    return metadata as OpenIdProviderMetadata;
  }

  private assertAllowedUrl(value: string): void {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new ChainError(`${value} is not a URL`);
    }
    const allowed = this.options.allowHttp ? ['https:', 'http:'] : ['https:'];
    if (!allowed.includes(url.protocol)) throw new ChainError(`${value} must use https`);
  }

  private async get(url: string): Promise<string> {
    this.assertAllowedUrl(url);
    try {
      return await fetchFederationJwt(url, this.options.fetch);
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 404) throw oidcError('OIDC_UNKNOWN_PROVIDER', { url }, error);
      throw new ChainError((error as Error).message);
    }
  }

  private async verify(jwt: string, jwks: JSONWebKeySet, what: string): Promise<EntityStatement> {
    try {
      return await verifyEntityStatement(jwt, jwks, ENTITY_STATEMENT_TYPE, this.options.now());
    } catch (error) {
      throw new ChainError(`${what}: ${(error as Error).message}`);
    }
  }

  private async anchorConfiguration(): Promise<{ jwt: string; statement: EntityStatement }> {
    const anchorId = this.options.trustAnchorId;
    const jwt = await this.get(wellKnownFederationUrl(anchorId));
    let keys = this.pinnedAnchorJwks;
    if (!keys) {
      // Development only: trust on first use, then keep these keys for the process lifetime.
      keys = (decodeJwt(jwt) as Partial<EntityStatement>).jwks;
      if (!keys?.keys?.length) throw new ChainError('trust anchor entity configuration without jwks');
    }
    const statement = await this.verify(jwt, keys, 'trust anchor entity configuration');
    if (statement.iss !== anchorId || statement.sub !== anchorId) {
      throw new ChainError('trust anchor entity configuration must have iss = sub = the anchor id');
    }
    this.pinnedAnchorJwks = keys;
    return { jwt, statement };
  }

  private async resolveChain(entityId: string, ownConfiguration?: string): Promise<ResolvedEntity> {
    const anchorId = this.options.trustAnchorId;
    const anchor = await this.anchorConfiguration();
    const leafJwt = ownConfiguration ?? (await this.get(wellKnownFederationUrl(entityId)));
    let unverifiedLeaf: Partial<EntityStatement>;
    try {
      unverifiedLeaf = decodeJwt(leafJwt) as Partial<EntityStatement>;
    } catch {
      throw new ChainError('entity configuration is not a JWT');
    }
    if (unverifiedLeaf.iss !== entityId || unverifiedLeaf.sub !== entityId) {
      throw new ChainError('entity configuration must have iss = sub = the entity id');
    }
    if (!unverifiedLeaf.authority_hints?.includes(anchorId)) {
      throw new ChainError('entity configuration does not name the trust anchor in authority_hints');
    }
    const federationEntity = anchor.statement.metadata?.federation_entity ?? {};
    const fetchEndpoint =
      typeof federationEntity.federation_fetch_endpoint === 'string'
        ? federationEntity.federation_fetch_endpoint
        : entityUrl(anchorId, '/fetch');
    const fetchUrl = new URL(fetchEndpoint);
    fetchUrl.searchParams.set('sub', entityId);
    const subordinateJwt = await this.get(fetchUrl.href);
    const subordinate = await this.verify(subordinateJwt, anchor.statement.jwks, 'subordinate statement');
    if (subordinate.iss !== anchorId || subordinate.sub !== entityId) {
      throw new ChainError('subordinate statement must have iss = anchor and sub = the entity id');
    }
    const leaf = await this.verify(leafJwt, subordinate.jwks, 'entity configuration');
    const metadata: EntityMetadata = {};
    for (const [entityType, values] of Object.entries(leaf.metadata ?? {})) {
      try {
        metadata[entityType] = {
          ...applyMetadataPolicy(values, subordinate.metadata_policy?.[entityType]),
          ...subordinate.metadata?.[entityType],
        };
      } catch (error) {
        throw new ChainError(`metadata policy: ${(error as Error).message}`);
      }
    }
    return {
      entityId,
      metadata,
      federationJwks: leaf.jwks,
      trustMarks: leaf.trust_marks ?? [],
      trustChain: [leafJwt, subordinateJwt, anchor.jwt],
      expiresAt: Math.min(leaf.exp, subordinate.exp, anchor.statement.exp),
    };
  }
}

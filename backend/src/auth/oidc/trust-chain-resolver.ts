import { createLocalJWKSet, decodeJwt, type JSONWebKeySet, type JWTPayload, jwtVerify } from 'jose';
import {
  type EntityMetadata,
  type EntityStatement,
  entityUrl,
  fetchFederationJwt,
  type TrustMarkEntry,
  verifyEntityStatement,
  wellKnownFederationUrl,
} from './entity-statement.js';
import { resolveMetadata } from './metadata-policy.js';
import { ENTITY_STATEMENT_TYPE, SIGNING_ALGORITHMS, TRUST_MARK_TYPE } from './oidc-constants.js';
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
  /** The entity's metadata after its superior's `metadata` and the chain's combined policy. */
  metadata: EntityMetadata;
  federationJwks: JSONWebKeySet;
  /** Only the trust marks whose signature, issuer and expiry hold. */
  trustMarks: TrustMarkEntry[];
  /** [leaf's entity configuration, subordinate statements from the leaf's superior up, anchor's configuration]. */
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

/** How many intermediates a chain may climb through before the anchor; SPID and CIE use at most one. */
const MAX_INTERMEDIATES = 3;
/** How long the anchor's list of subordinates is trusted without asking again. */
const SUBORDINATES_CACHE_SECONDS = 300;

function epoch(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

/** One step up a chain: the statement `superiorId` issued about the entity below it. */
interface ChainLink {
  superiorId: string;
  /** The superior's entity configuration (the anchor's is already verified). */
  superiorJwt: string;
  superior: EntityStatement;
  statementJwt: string;
  statement: EntityStatement;
}

function decodeStatement(jwt: string, what: string): EntityStatement {
  try {
    return decodeJwt(jwt) as EntityStatement;
  } catch {
    throw new ChainError(`${what} is not a JWT`);
  }
}

/**
 * Resolves OpenID Federation trust chains from a leaf (OP or RP) up to the configured trust anchor, through
 * intermediates where the leaf's `authority_hints` lead to them (anchor → intermediate → provider, as the SPID
 * and CIE federations allow). Every statement is verified with the keys its superior vouches for, starting
 * from the anchor's; `constraints.max_path_length` is enforced; the leaf's metadata gets its immediate
 * superior's `metadata`, then the policies combined from the anchor down; trust marks are kept only when an
 * issuer the anchor lists in `trust_mark_issuers` signed them and they have not expired. Results are cached
 * until the chain's first expiry.
 */
export class TrustChainResolver {
  private readonly cache = new Map<string, ResolvedEntity>();
  private pinnedAnchorJwks?: JSONWebKeySet;
  private subordinates?: { entityIds: string[]; expiresAt: number };

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
      const resolved = await this.resolveChain(entityId, ownConfiguration, true);
      if (!ownConfiguration) this.cache.set(entityId, resolved);
      return resolved;
    } catch (error) {
      throw this.asDomainError(error, entityId);
    }
  }

  /**
   * The anchor's immediate subordinates, from its list endpoint (named in its verified entity configuration,
   * never taken from a request). Cached for a few minutes.
   */
  async anchorSubordinates(): Promise<string[]> {
    const now = epoch(this.options.now());
    if (this.subordinates && this.subordinates.expiresAt > now) return this.subordinates.entityIds;
    try {
      const anchor = await this.anchorConfiguration();
      const endpoint = anchor.statement.metadata?.federation_entity?.federation_list_endpoint;
      if (typeof endpoint !== 'string') return [];
      this.assertAllowedUrl(endpoint);
      const response = await this.options.fetch(endpoint, {
        redirect: 'error',
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new ChainError(`GET ${endpoint} answered HTTP ${response.status}`);
      const list: unknown = await response.json();
      const entityIds = Array.isArray(list) ? list.filter((item) => typeof item === 'string') : [];
      this.subordinates = {
        entityIds,
        expiresAt: Math.min(now + SUBORDINATES_CACHE_SECONDS, anchor.statement.exp),
      };
      return entityIds;
    } catch (error) {
      throw this.asDomainError(error, this.options.trustAnchorId);
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

  private asDomainError(error: unknown, entityId: string): unknown {
    if (error instanceof ChainError) {
      return oidcError('OIDC_TRUST_CHAIN_INVALID', { entityId, reason: error.message }, error);
    }
    return error;
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

  /** The subordinate statement `superior` issues about `subjectId`, from its fetch endpoint. */
  private async fetchSubordinateStatement(
    superiorId: string,
    superior: EntityStatement,
    subjectId: string,
  ): Promise<{ jwt: string; statement: EntityStatement }> {
    const endpoint = superior.metadata?.federation_entity?.federation_fetch_endpoint;
    const fetchUrl = new URL(typeof endpoint === 'string' ? endpoint : entityUrl(superiorId, '/fetch'));
    fetchUrl.searchParams.set('sub', subjectId);
    const jwt = await this.get(fetchUrl.href);
    const statement = decodeStatement(jwt, `statement of ${superiorId} about ${subjectId}`);
    if (statement.iss !== superiorId || statement.sub !== subjectId) {
      throw new ChainError(
        `the statement of ${superiorId} about ${subjectId} names another issuer or subject`,
      );
    }
    return { jwt, statement };
  }

  /**
   * Climbs from `subject` through its `authority_hints` to the anchor (depth first, each hint in turn),
   * without verifying yet: the links are verified from the anchor down once the path is known.
   */
  private async pathToAnchor(
    subject: EntityStatement,
    anchor: { jwt: string; statement: EntityStatement },
    visited: Set<string>,
  ): Promise<ChainLink[]> {
    const anchorId = this.options.trustAnchorId;
    const hints = subject.authority_hints ?? [];
    if (!hints.length) throw new ChainError(`${subject.sub} names no authority_hints`);
    let failure: unknown = new ChainError(`${subject.sub} has no path to the trust anchor`);
    // The anchor first: a direct chain is the shortest.
    for (const superiorId of [...hints].sort((a, b) => Number(b === anchorId) - Number(a === anchorId))) {
      if (visited.has(superiorId)) continue;
      try {
        if (superiorId === anchorId) {
          const { jwt, statement } = await this.fetchSubordinateStatement(
            anchorId,
            anchor.statement,
            subject.sub,
          );
          return [
            { superiorId, superiorJwt: anchor.jwt, superior: anchor.statement, statementJwt: jwt, statement },
          ];
        }
        if (visited.size > MAX_INTERMEDIATES) {
          throw new ChainError(`more than ${MAX_INTERMEDIATES} intermediates`);
        }
        const superiorJwt = await this.get(wellKnownFederationUrl(superiorId));
        const superior = decodeStatement(superiorJwt, `entity configuration of ${superiorId}`);
        if (superior.iss !== superiorId || superior.sub !== superiorId) {
          throw new ChainError(`the entity configuration of ${superiorId} must have iss = sub = its id`);
        }
        const { jwt, statement } = await this.fetchSubordinateStatement(superiorId, superior, subject.sub);
        const above = await this.pathToAnchor(superior, anchor, new Set([...visited, superiorId]));
        return [{ superiorId, superiorJwt, superior, statementJwt: jwt, statement }, ...above];
      } catch (error) {
        failure = error;
      }
    }
    throw failure;
  }

  private async resolveChain(
    entityId: string,
    ownConfiguration: string | undefined,
    withTrustMarks: boolean,
  ): Promise<ResolvedEntity> {
    const anchor = await this.anchorConfiguration();
    const leafJwt = ownConfiguration ?? (await this.get(wellKnownFederationUrl(entityId)));
    const unverifiedLeaf = decodeStatement(leafJwt, 'entity configuration');
    if (unverifiedLeaf.iss !== entityId || unverifiedLeaf.sub !== entityId) {
      throw new ChainError('entity configuration must have iss = sub = the entity id');
    }
    const links = await this.pathToAnchor(unverifiedLeaf, anchor, new Set([entityId]));

    // From the anchor down: each statement with the keys its issuer's superior vouched for.
    let issuerKeys = anchor.statement.jwks;
    const verified: EntityStatement[] = [];
    for (let index = links.length - 1; index >= 0; index--) {
      const link = links[index];
      if (index < links.length - 1) {
        await this.verify(link.superiorJwt, issuerKeys, `entity configuration of ${link.superiorId}`);
      }
      const statement = await this.verify(link.statementJwt, issuerKeys, `statement of ${link.superiorId}`);
      const maxPathLength = statement.constraints?.max_path_length;
      // `index` intermediates stand between this statement's issuer and the leaf.
      if (typeof maxPathLength === 'number' && index > maxPathLength) {
        throw new ChainError(`${link.superiorId} allows at most ${maxPathLength} intermediates below it`);
      }
      verified.unshift(statement);
      issuerKeys = statement.jwks;
    }
    const leaf = await this.verify(leafJwt, issuerKeys, 'entity configuration');

    let metadata: EntityMetadata;
    try {
      metadata = resolveMetadata(
        leaf.metadata,
        verified[0].metadata,
        [...verified].reverse().map((statement) => statement.metadata_policy),
      );
    } catch (error) {
      throw new ChainError(`metadata policy: ${(error as Error).message}`);
    }
    return {
      entityId,
      metadata,
      federationJwks: leaf.jwks,
      trustMarks: withTrustMarks ? await this.verifiedTrustMarks(leaf, anchor.statement) : [],
      trustChain: [leafJwt, ...links.map((link) => link.statementJwt), anchor.jwt],
      expiresAt: Math.min(
        leaf.exp,
        anchor.statement.exp,
        ...verified.map((statement) => statement.exp),
        ...links.slice(0, -1).map((link) => link.superior.exp),
      ),
    };
  }

  /** The leaf's trust marks that hold; the others are left out, as OpenID Federation asks. */
  private async verifiedTrustMarks(
    leaf: EntityStatement,
    anchor: EntityStatement,
  ): Promise<TrustMarkEntry[]> {
    const kept: TrustMarkEntry[] = [];
    for (const entry of leaf.trust_marks ?? []) {
      if (await this.trustMarkHolds(entry, leaf.sub, anchor)) kept.push(entry);
    }
    return kept;
  }

  private async trustMarkHolds(
    entry: TrustMarkEntry,
    subject: string,
    anchor: EntityStatement,
  ): Promise<boolean> {
    const type = entry.id ?? entry.trust_mark_type;
    if (typeof type !== 'string' || typeof entry.trust_mark !== 'string') return false;
    let claims: JWTPayload;
    try {
      claims = decodeJwt(entry.trust_mark);
    } catch {
      return false;
    }
    const issuer = claims.iss;
    if (typeof issuer !== 'string' || !anchor.trust_mark_issuers?.[type]?.includes(issuer)) return false;
    try {
      // The issuer's keys come from its own verified chain (the anchor's from its pinned configuration).
      const issuerKeys =
        issuer === anchor.iss
          ? anchor.jwks
          : (await this.resolveChain(issuer, undefined, false)).federationJwks;
      const { payload } = await jwtVerify(entry.trust_mark, createLocalJWKSet(issuerKeys), {
        typ: TRUST_MARK_TYPE,
        algorithms: SIGNING_ALGORITHMS,
        currentDate: this.options.now(),
        issuer,
        subject,
        requiredClaims: ['iat'],
      });
      return (payload.id ?? payload.trust_mark_type) === type;
    } catch {
      return false;
    }
  }
}

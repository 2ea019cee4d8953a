import { type AdapterPayload, errors } from 'oidc-provider';
import { applyMetadataPolicy } from '../../shared/metadata-policy.js';
import { fetchSelfSignedConfiguration, sameKeys } from './entity-statement.js';
import type { Jwks } from './federation-types.js';
import type { TrustAnchor } from './trust-anchor.js';

export interface FederationClientRegistryOptions {
  trustAnchor: TrustAnchor;
  fetch: typeof fetch;
  now: () => Date;
}

const CACHE_MS = 60_000;

/**
 * SPID/CIE "automatic" client registration: an unknown client_id is an RP entity id. Its entity
 * configuration must be self-signed, its federation keys must be those in the trust anchor's
 * subordinate statement, and its `openid_relying_party` metadata (after the anchor's policy)
 * becomes the client. Results are cached briefly.
 */
export class FederationClientRegistry {
  private readonly cache = new Map<string, { metadata: AdapterPayload; fetchedAt: number }>();

  constructor(private readonly options: FederationClientRegistryOptions) {}

  async clientMetadata(clientId: string): Promise<AdapterPayload> {
    const cached = this.cache.get(clientId);
    if (cached && Date.now() - cached.fetchedAt < CACHE_MS) return cached.metadata;
    const metadata = await this.register(clientId);
    this.cache.set(clientId, { metadata, fetchedAt: Date.now() });
    return metadata;
  }

  private async register(clientId: string): Promise<AdapterPayload> {
    const { trustAnchor } = this.options;
    let url: URL;
    try {
      url = new URL(clientId);
    } catch {
      throw new errors.InvalidClient('client_id must be the entity id (URL) of a federation relying party');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new errors.InvalidClient('client_id must be an http(s) entity id');
    }
    const configuration = await fetchSelfSignedConfiguration(
      clientId,
      this.options.fetch,
      this.options.now(),
    ).catch((cause: Error) => {
      throw new errors.InvalidClient(
        `entity configuration of the relying party is not valid: ${cause.message}`,
      );
    });
    if (!configuration.payload.authority_hints?.includes(trustAnchor.entityId)) {
      throw new errors.InvalidClient(
        'the relying party does not name this trust anchor in its authority_hints',
      );
    }
    const statement = await trustAnchor.subordinateStatementClaims(clientId).catch(() => {
      throw new errors.InvalidClient('the relying party is not registered with the trust anchor');
    });
    if (!(await sameKeys(configuration.payload.jwks, statement.jwks))) {
      throw new errors.InvalidClient(
        'the relying party federation keys differ from those known to the trust anchor',
      );
    }
    let rp: Record<string, unknown>;
    try {
      rp = applyMetadataPolicy(
        configuration.payload.metadata?.openid_relying_party ?? {},
        statement.metadata_policy?.openid_relying_party,
      );
    } catch (cause) {
      throw new errors.InvalidClient(
        `relying party metadata violates the federation policy: ${(cause as Error).message}`,
      );
    }
    const jwks = rp.jwks as Jwks | undefined;
    if (!jwks?.keys?.length) {
      throw new errors.InvalidClient('the relying party metadata must carry its core keys inline (jwks)');
    }
    // The anchor's policy has already restricted the algorithms to the SPID/CIE ones.
    return {
      client_id: clientId,
      client_name: typeof rp.client_name === 'string' ? rp.client_name : clientId,
      application_type: 'web',
      redirect_uris: rp.redirect_uris as string[],
      response_types: ['code'],
      grant_types: rp.grant_types as string[],
      token_endpoint_auth_method: 'private_key_jwt',
      jwks: { keys: jwks.keys as never },
      id_token_signed_response_alg: (rp.id_token_signed_response_alg as string | undefined) ?? 'RS256',
      userinfo_signed_response_alg: (rp.userinfo_signed_response_alg as string | undefined) ?? 'RS256',
      userinfo_encrypted_response_alg:
        (rp.userinfo_encrypted_response_alg as string | undefined) ?? 'RSA-OAEP-256',
      userinfo_encrypted_response_enc:
        (rp.userinfo_encrypted_response_enc as string | undefined) ?? 'A256CBC-HS512',
      require_signed_request_object: true,
      subject_type: 'pairwise',
    } as AdapterPayload;
  }
}

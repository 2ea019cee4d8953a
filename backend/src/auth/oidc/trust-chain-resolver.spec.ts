import type { JWTPayload } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EntityStatement } from './entity-statement.js';
import { signFederationJwt } from './entity-statement.js';
import type { MetadataPolicy } from './metadata-policy.js';
import { ENTITY_STATEMENT_TYPE, TRUST_MARK_TYPE } from './oidc-constants.js';
import { generateRelyingPartyKeys, publicJwks, type RelyingPartyJwk } from './relying-party-keys.js';
import { TrustChainResolver } from './trust-chain-resolver.js';

const ANCHOR = 'https://ta.example';
const INTERMEDIATE = 'https://intermediate.example';
const OP = 'https://op.example';
const MARK_ISSUER = 'https://marks.example';
const MARK_TYPE = 'https://ta.example/openid_provider/public';
const NOW = new Date('2026-12-01T10:00:00Z');
const IAT = Math.floor(NOW.getTime() / 1000);
const DAY = 24 * 3600;

let keys: Record<'anchor' | 'intermediate' | 'op' | 'issuer' | 'rogue', RelyingPartyJwk>;

beforeAll(async () => {
  const [first, second, third] = await Promise.all([
    generateRelyingPartyKeys(),
    generateRelyingPartyKeys(),
    generateRelyingPartyKeys(),
  ]);
  keys = {
    anchor: first.federation,
    intermediate: first.signing,
    op: second.federation,
    issuer: second.signing,
    rogue: third.federation,
  };
}, 30_000);

const sign = (payload: JWTPayload, key: RelyingPartyJwk, typ = ENTITY_STATEMENT_TYPE) =>
  signFederationJwt(payload, key, typ);

const OP_METADATA = {
  issuer: OP,
  authorization_endpoint: `${OP}/auth`,
  token_endpoint: `${OP}/token`,
  userinfo_endpoint: `${OP}/userinfo`,
  op_name: 'Nome scelto dal gestore',
  contacts: ['op@example.it'],
  grant_types_supported: ['authorization_code', 'implicit', 'refresh_token'],
  id_token_signing_alg_values_supported: ['RS256', 'RS512', 'ES256'],
};

const ANCHOR_POLICY: MetadataPolicy = {
  openid_provider: {
    contacts: { add: ['anchor@example.it'] },
    grant_types_supported: { subset_of: ['authorization_code', 'refresh_token', 'implicit'] },
    id_token_signing_alg_values_supported: { subset_of: ['RS256', 'RS512'], essential: true },
    op_name: { one_of: ['Nome imposto dall’intermediario'] },
  },
};

const INTERMEDIATE_POLICY: MetadataPolicy = {
  openid_provider: {
    contacts: { add: ['intermediate@example.it'] },
    grant_types_supported: { subset_of: ['authorization_code', 'refresh_token'] },
    id_token_signing_alg_values_supported: { subset_of: ['RS256', 'ES256'] },
  },
};

interface Scenario {
  anchorStatementAboutIntermediate: Partial<EntityStatement>;
  intermediateStatementAboutOp: Partial<EntityStatement>;
  intermediateStatementKey: RelyingPartyJwk;
  opConfiguration: Partial<EntityStatement>;
  anchorConfiguration: Partial<EntityStatement>;
}

/** A federation anchor → intermediate → OP served by a fake fetch that records every URL asked for. */
async function federation(changes: (scenario: Scenario) => void = () => {}) {
  const scenario: Scenario = {
    anchorConfiguration: {
      iss: ANCHOR,
      sub: ANCHOR,
      iat: IAT,
      exp: IAT + DAY,
      jwks: publicJwks(keys.anchor),
      metadata: {
        federation_entity: {
          federation_fetch_endpoint: `${ANCHOR}/fetch`,
          federation_list_endpoint: `${ANCHOR}/list`,
        },
      },
      trust_mark_issuers: { [MARK_TYPE]: [ANCHOR, MARK_ISSUER] },
    },
    anchorStatementAboutIntermediate: {
      iss: ANCHOR,
      sub: INTERMEDIATE,
      iat: IAT,
      exp: IAT + DAY,
      jwks: publicJwks(keys.intermediate),
      metadata_policy: ANCHOR_POLICY,
      constraints: { max_path_length: 1 },
    },
    intermediateStatementAboutOp: {
      iss: INTERMEDIATE,
      sub: OP,
      iat: IAT,
      exp: IAT + 2 * DAY,
      jwks: publicJwks(keys.op),
      metadata: { openid_provider: { op_name: 'Nome imposto dall’intermediario' } },
      metadata_policy: INTERMEDIATE_POLICY,
    },
    intermediateStatementKey: keys.intermediate,
    opConfiguration: {
      iss: OP,
      sub: OP,
      iat: IAT,
      exp: IAT + 3 * DAY,
      jwks: publicJwks(keys.op),
      authority_hints: [INTERMEDIATE],
      metadata: { openid_provider: { ...OP_METADATA, jwks: publicJwks(keys.issuer) } },
    },
  };
  changes(scenario);
  const issuerConfiguration = {
    iss: MARK_ISSUER,
    sub: MARK_ISSUER,
    iat: IAT,
    exp: IAT + DAY,
    jwks: publicJwks(keys.issuer),
    authority_hints: [ANCHOR],
  };
  const documents = new Map<string, string>([
    [`${ANCHOR}/.well-known/openid-federation`, await sign(scenario.anchorConfiguration, keys.anchor)],
    [
      `${ANCHOR}/fetch?sub=${encodeURIComponent(INTERMEDIATE)}`,
      await sign(scenario.anchorStatementAboutIntermediate, keys.anchor),
    ],
    [`${ANCHOR}/list`, JSON.stringify([INTERMEDIATE, MARK_ISSUER])],
    [
      `${INTERMEDIATE}/.well-known/openid-federation`,
      await sign(
        {
          iss: INTERMEDIATE,
          sub: INTERMEDIATE,
          iat: IAT,
          exp: IAT + DAY,
          jwks: publicJwks(keys.intermediate),
          authority_hints: [ANCHOR],
          metadata: { federation_entity: { federation_fetch_endpoint: `${INTERMEDIATE}/fetch` } },
        },
        keys.intermediate,
      ),
    ],
    [
      `${INTERMEDIATE}/fetch?sub=${encodeURIComponent(OP)}`,
      await sign(scenario.intermediateStatementAboutOp, scenario.intermediateStatementKey),
    ],
    [`${OP}/.well-known/openid-federation`, await sign(scenario.opConfiguration, keys.op)],
    [`${MARK_ISSUER}/.well-known/openid-federation`, await sign(issuerConfiguration, keys.issuer)],
    [
      `${ANCHOR}/fetch?sub=${encodeURIComponent(MARK_ISSUER)}`,
      await sign({ ...issuerConfiguration, iss: ANCHOR, authority_hints: undefined }, keys.anchor),
    ],
  ]);
  const requested: string[] = [];
  const fetchImpl = (async (input: string | URL) => {
    const url = String(input);
    requested.push(url);
    const body = documents.get(url);
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body);
  }) as typeof fetch;
  const resolver = new TrustChainResolver({
    trustAnchorId: ANCHOR,
    trustAnchorJwks: publicJwks(keys.anchor),
    allowHttp: false,
    fetch: fetchImpl,
    now: () => NOW,
  });
  return { resolver, requested };
}

function trustMark(key: RelyingPartyJwk, claims: Partial<JWTPayload> = {}) {
  return sign(
    { iss: ANCHOR, sub: OP, id: MARK_TYPE, iat: IAT, exp: IAT + DAY, ...claims },
    key,
    TRUST_MARK_TYPE,
  );
}

describe('TrustChainResolver with an intermediate', () => {
  it('should resolve anchor → intermediate → OP and return the four statements of the chain', async () => {
    const { resolver } = await federation();

    const resolved = await resolver.resolve(OP);

    expect(resolved.trustChain).toHaveLength(4);
    expect(resolved.federationJwks).toEqual(publicJwks(keys.op));
    expect(resolved.expiresAt).toBe(IAT + DAY);
    const provider = await resolver.openIdProvider(OP);
    expect(provider.token_endpoint).toBe(`${OP}/token`);
  });

  it('should apply the superior metadata first, then the policies combined from the anchor down', async () => {
    const { resolver } = await federation();

    const { metadata } = await resolver.resolve(OP);

    expect(metadata.openid_provider).toMatchObject({
      // The anchor's one_of allows only the intermediate's override: it must come before the policy.
      op_name: 'Nome imposto dall’intermediario',
      contacts: ['op@example.it', 'anchor@example.it', 'intermediate@example.it'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      id_token_signing_alg_values_supported: ['RS256'],
    });
  });

  it('should refuse the chain when the superiors set conflicting values', async () => {
    const { resolver } = await federation((scenario) => {
      scenario.anchorStatementAboutIntermediate.metadata_policy = {
        openid_provider: {
          ...ANCHOR_POLICY.openid_provider,
          subject_types_supported: { value: ['pairwise'] },
        },
      };
      scenario.intermediateStatementAboutOp.metadata_policy = {
        openid_provider: { subject_types_supported: { value: ['public'] } },
      };
    });

    await expect(resolver.resolve(OP)).rejects.toMatchObject({
      code: 'OIDC_TRUST_CHAIN_INVALID',
      extra: { reason: expect.stringMatching(/subject_types_supported/) },
    });
  });

  it('should refuse a statement about the OP not signed with the keys the anchor gave the intermediate', async () => {
    const { resolver } = await federation((scenario) => {
      scenario.intermediateStatementKey = keys.rogue;
    });

    await expect(resolver.resolve(OP)).rejects.toMatchObject({
      code: 'OIDC_TRUST_CHAIN_INVALID',
      extra: { reason: expect.stringMatching(/statement of https:\/\/intermediate\.example/) },
    });
  });

  it('should refuse an OP whose configuration is signed with keys its superior does not vouch for', async () => {
    const { resolver } = await federation((scenario) => {
      scenario.intermediateStatementAboutOp.jwks = publicJwks(keys.rogue);
    });

    await expect(resolver.resolve(OP)).rejects.toMatchObject({ code: 'OIDC_TRUST_CHAIN_INVALID' });
  });

  it('should refuse an expired statement in the middle of the chain', async () => {
    const { resolver } = await federation((scenario) => {
      scenario.anchorStatementAboutIntermediate.iat = IAT - 2 * DAY;
      scenario.anchorStatementAboutIntermediate.exp = IAT - 60;
    });

    await expect(resolver.resolve(OP)).rejects.toMatchObject({
      code: 'OIDC_TRUST_CHAIN_INVALID',
      extra: { reason: expect.stringMatching(/"exp"/) },
    });
  });

  it('should refuse an intermediate the anchor allows no intermediates below', async () => {
    const { resolver } = await federation((scenario) => {
      scenario.anchorStatementAboutIntermediate.constraints = { max_path_length: 0 };
    });

    await expect(resolver.resolve(OP)).rejects.toMatchObject({
      code: 'OIDC_TRUST_CHAIN_INVALID',
      extra: { reason: expect.stringMatching(/at most 0 intermediates/) },
    });
  });

  it('should keep only the trust marks signed by an issuer the anchor lists and not expired', async () => {
    const marks = {
      byAnchor: await trustMark(keys.anchor),
      byListedIssuer: await trustMark(keys.issuer, { iss: MARK_ISSUER }),
      badSignature: await trustMark(keys.rogue),
      unknownIssuer: await trustMark(keys.intermediate, { iss: INTERMEDIATE }),
      expired: await trustMark(keys.anchor, { iat: IAT - 2 * DAY, exp: IAT - 60 }),
      forAnotherEntity: await trustMark(keys.anchor, { sub: 'https://other.example' }),
    };
    const { resolver } = await federation((scenario) => {
      scenario.opConfiguration.trust_marks = Object.values(marks).map((mark) => ({
        id: MARK_TYPE,
        trust_mark: mark,
      }));
    });

    const { trustMarks } = await resolver.resolve(OP);

    expect(trustMarks.map((entry) => entry.trust_mark)).toEqual([marks.byAnchor, marks.byListedIssuer]);
  });

  it('should list the anchor subordinates from the list endpoint of its verified configuration', async () => {
    const { resolver, requested } = await federation();

    expect(await resolver.anchorSubordinates()).toEqual([INTERMEDIATE, MARK_ISSUER]);
    expect(requested).toEqual([`${ANCHOR}/.well-known/openid-federation`, `${ANCHOR}/list`]);
  });
});

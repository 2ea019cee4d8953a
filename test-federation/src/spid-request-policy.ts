import { type Client, errors, type KoaContextWithOIDC } from 'oidc-provider';
import { type ProviderKind, SPID_ACR_VALUES } from './federation-types.js';

type JsonRecord = Record<string, unknown>;

/** The request object may live this long (from now); the RP sends about 60 s. */
const MAX_REQUEST_OBJECT_LIFETIME_SECONDS = 300;
const RANDOM_VALUE_PATTERN = /^[A-Za-z0-9]{32,}$/;
const ALLOWED_PROMPTS = ['consent', 'consent login'];
/** SPID wants these also outside the request object, as plain query parameters. */
const SPID_OUTER_PARAMETERS = [
  'client_id',
  'response_type',
  'scope',
  'code_challenge',
  'code_challenge_method',
];

function fail(description: string): never {
  throw new errors.InvalidRequestObject(description);
}

function outerParameters(ctx: KoaContextWithOIDC): JsonRecord {
  if (ctx.method === 'POST') return (ctx.oidc.body ?? {}) as JsonRecord;
  return ctx.query as JsonRecord;
}

/**
 * The SPID/CIE rules oidc-provider does not know, checked on every request object (after
 * oidc-provider's own checks of iss, aud, exp and the signature alg). Each failure is an
 * `invalid_request_object` (or `invalid_request` for PKCE) with a description naming the rule.
 */
export function spidRequestObjectPolicy(kind: ProviderKind) {
  return (ctx: KoaContextWithOIDC, claims: JsonRecord, header: JsonRecord, client: Client): void => {
    if (typeof header.kid !== 'string' || !header.kid) {
      fail('the request object header must carry the kid of the signing key');
    }
    if ('sub' in claims) fail('the request object must not contain the sub claim');
    for (const name of ['iat', 'exp']) {
      if (typeof claims[name] !== 'number') fail(`the request object must contain the ${name} claim`);
    }
    if (typeof claims.jti !== 'string' || !claims.jti) fail('the request object must contain the jti claim');
    const now = Math.floor(Date.now() / 1000);
    if ((claims.exp as number) - now > MAX_REQUEST_OBJECT_LIFETIME_SECONDS) {
      fail(`the request object exp is too far in the future (max ${MAX_REQUEST_OBJECT_LIFETIME_SECONDS} s)`);
    }
    const audience = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!audience.includes(ctx.oidc.issuer)) fail('the request object aud must contain the OP issuer');
    if (claims.iss !== client.clientId || claims.client_id !== client.clientId) {
      fail('the request object iss and client_id must be the client_id');
    }
    if (claims.response_type !== 'code') fail('response_type must be code');
    if (typeof claims.scope !== 'string' || !claims.scope.split(' ').includes('openid')) {
      fail('scope must contain openid');
    }
    if (typeof claims.redirect_uri !== 'string') fail('the request object must contain redirect_uri');
    for (const name of ['state', 'nonce']) {
      const value = claims[name];
      if (typeof value !== 'string' || !RANDOM_VALUE_PATTERN.test(value)) {
        fail(`${name} must be at least 32 alphanumeric characters`);
      }
    }
    if (typeof claims.prompt !== 'string' || !ALLOWED_PROMPTS.includes(claims.prompt)) {
      fail('prompt must be "consent login" or "consent"');
    }
    const acrValues =
      typeof claims.acr_values === 'string' ? claims.acr_values.split(' ').filter(Boolean) : [];
    if (!acrValues.length) fail('acr_values is required');
    const unknown = acrValues.filter((acr) => !(SPID_ACR_VALUES as readonly string[]).includes(acr));
    if (unknown.length) fail(`unknown acr_values: ${unknown.join(' ')}`);
    if (typeof claims.code_challenge !== 'string' || claims.code_challenge_method !== 'S256') {
      throw new errors.InvalidRequest('PKCE is required: code_challenge with code_challenge_method S256');
    }
    if (kind === 'spid') {
      const outer = outerParameters(ctx);
      for (const name of SPID_OUTER_PARAMETERS) {
        if (outer[name] !== claims[name]) {
          fail(`${name} must also be sent as a query parameter, equal to the request object claim`);
        }
      }
    }
  };
}

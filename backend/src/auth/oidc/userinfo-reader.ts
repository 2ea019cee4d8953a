import {
  compactDecrypt,
  createLocalJWKSet,
  importJWK,
  type JSONWebKeySet,
  type JWK,
  type JWTPayload,
  jwtVerify,
} from 'jose';
import {
  CLOCK_TOLERANCE_SECONDS,
  CONTENT_ENCRYPTION_ALGORITHMS,
  KEY_ENCRYPTION_ALGORITHMS,
  SIGNING_ALGORITHMS,
} from './oidc-constants.js';
import { oidcError } from './oidc-error.js';

export interface UserinfoRequest {
  endpoint: string;
  accessToken: string;
  issuer: string;
  clientId: string;
  /** The ID token's `sub`: the userinfo must be about the same (pairwise) subject. */
  subject: string;
  /** The OP's signing keys (federation metadata, inline). */
  jwks: JSONWebKeySet;
  /** The RP's private encryption key. */
  decryptionKey: JWK;
  currentDate: Date;
  fetch: typeof fetch;
}

const USERINFO_CONTENT_TYPES = ['application/jwt', 'application/jose'];
const HTTP_TIMEOUT_MS = 10_000;

/**
 * GETs the userinfo with the Bearer access token and opens the nested JWT SPID/CIE OPs return:
 * decrypt with the RP's encryption key (RSA-OAEP/RSA-OAEP-256, A128CBC-HS256/A256CBC-HS512),
 * then verify the OP's signature, iss, aud = client_id and sub = the ID token's sub.
 */
export async function readUserinfo(request: UserinfoRequest): Promise<JWTPayload> {
  let response: Response;
  try {
    response = await request.fetch(request.endpoint, {
      headers: { authorization: `Bearer ${request.accessToken}`, accept: USERINFO_CONTENT_TYPES.join(', ') },
      redirect: 'error',
      signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
    });
  } catch (error) {
    throw oidcError('OIDC_USERINFO_INVALID', { reason: 'userinfo endpoint unreachable' }, error);
  }
  if (!response.ok) {
    throw oidcError('OIDC_USERINFO_INVALID', { reason: `userinfo answered HTTP ${response.status}` });
  }
  const contentType = response.headers.get('content-type')?.split(';')[0].trim().toLowerCase() ?? '';
  if (!USERINFO_CONTENT_TYPES.includes(contentType)) {
    throw oidcError('OIDC_USERINFO_INVALID', { reason: `unexpected content type ${contentType}` });
  }
  const body = (await response.text()).trim();
  let signedJwt: string;
  try {
    const { plaintext } = await compactDecrypt(
      body,
      (header) => importJWK(request.decryptionKey, header.alg),
      {
        keyManagementAlgorithms: KEY_ENCRYPTION_ALGORITHMS,
        contentEncryptionAlgorithms: CONTENT_ENCRYPTION_ALGORITHMS,
      },
    );
    signedJwt = new TextDecoder().decode(plaintext);
  } catch (error) {
    throw oidcError('OIDC_USERINFO_INVALID', { reason: 'userinfo is not a JWE for this RP' }, error);
  }
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(signedJwt, createLocalJWKSet(request.jwks), {
      algorithms: SIGNING_ALGORITHMS,
      issuer: request.issuer,
      audience: request.clientId,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      currentDate: request.currentDate,
      requiredClaims: ['sub'],
    }));
  } catch (error) {
    throw oidcError('OIDC_USERINFO_INVALID', { reason: (error as Error).message }, error);
  }
  if (payload.sub !== request.subject) {
    throw oidcError('OIDC_USERINFO_INVALID', { reason: 'userinfo sub differs from the ID token sub' });
  }
  return payload;
}

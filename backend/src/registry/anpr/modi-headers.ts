import { createHash, randomUUID } from 'node:crypto';
import { type CryptoKey, type KeyObject, SignJWT } from 'jose';

export interface ModiSigner {
  clientId: string;
  kid: string;
  key: CryptoKey | KeyObject;
}

/** Who asks, for the tracking evidence: the user, where they act from, the level of assurance of their login. */
export interface TrackedUser {
  userId: string;
  userLocation: string;
  loa: string;
}

/**
 * INTEGRITY_REST_02: the `Digest` of the exact body bytes and the `Agid-JWT-Signature` JWS that signs it with
 * the content type, addressed to the e-service (`aud`), valid for one minute.
 */
export async function integrityHeaders(
  signer: ModiSigner,
  audience: string,
  body: string,
  contentType = 'application/json',
  now = new Date(),
): Promise<{ Digest: string; 'Agid-JWT-Signature': string; 'Content-Type': string }> {
  const digest = `SHA-256=${createHash('sha256').update(body).digest('base64')}`;
  const iat = Math.floor(now.getTime() / 1000);
  const signature = await new SignJWT({
    signed_headers: [{ digest }, { 'content-type': contentType }],
  })
    .setProtectedHeader({ alg: 'RS256', kid: signer.kid, typ: 'JWT' })
    .setIssuer(signer.clientId)
    .setSubject(signer.clientId)
    .setAudience(audience)
    .setJti(randomUUID())
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(iat + 60)
    .sign(signer.key);
  return { Digest: digest, 'Agid-JWT-Signature': signature, 'Content-Type': contentType };
}

/**
 * The `Agid-JWT-TrackingEvidence` JWS: who asks, from where, with which level of assurance. With AUDIT_REST_02 the
 * voucher also carries its SHA-256 as `digest`; with AUDIT_REST_01 it travels beside an unbound voucher.
 */
export function trackingEvidence(
  signer: ModiSigner,
  audience: string,
  purposeId: string,
  user: TrackedUser,
  lifetimeSeconds: number,
  now = new Date(),
): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({
    purposeId,
    userID: user.userId,
    userLocation: user.userLocation,
    LoA: user.loa,
  })
    .setProtectedHeader({ alg: 'RS256', kid: signer.kid, typ: 'JWT' })
    .setIssuer(signer.clientId)
    .setAudience(audience)
    .setJti(randomUUID())
    .setIssuedAt(iat)
    .setExpirationTime(iat + lifetimeSeconds)
    .sign(signer.key);
}

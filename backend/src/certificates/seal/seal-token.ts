import { KeyObject, timingSafeEqual } from 'node:crypto';
import { CompactSign, compactVerify, decodeProtectedHeader } from 'jose';
import type { CertificateContent } from '../domain/certificate-content.js';
import { sealDigest } from './seal-digest.js';
import type { SealKey, SealPublicKey } from './seal-key.js';

/**
 * The contrassegno's signature: a compact JWS (`ES256`, header `{alg, kid}`) whose payload is the raw
 * 32-byte seal digest. About 175 characters, so the verification URL that carries it still fits a QR code
 * of version 10-11 that phones read from paper.
 *
 * ECDSA signatures are randomised: sealing the same content twice gives two valid but different tokens.
 * Store the token with the certificate; the PDF is byte-identical when re-rendered from content + token.
 */
export async function createSealToken(content: CertificateContent, key: SealKey): Promise<string> {
  return new CompactSign(sealDigest(content))
    .setProtectedHeader({ alg: 'ES256', kid: key.kid })
    .sign(key.privateKey);
}

export type SealVerification =
  | { valid: true; kid: string; digest: string }
  | { valid: false; reason: 'malformed' | 'unknown_key' | 'bad_signature' | 'content_mismatch' };

/**
 * Checks a token against the comune's public key(s) and, when the stored content is given, that the token
 * seals exactly that content. Never throws on bad input: a forged QR is an answer, not an error.
 */
export async function verifySealToken(
  token: string,
  publicKeys: KeyObject | SealPublicKey | readonly SealPublicKey[],
  content?: CertificateContent,
): Promise<SealVerification> {
  let kid: string | undefined;
  try {
    const header = decodeProtectedHeader(token);
    kid = typeof header.kid === 'string' ? header.kid : undefined;
  } catch {
    return { valid: false, reason: 'malformed' };
  }
  if (!kid) return { valid: false, reason: 'malformed' };
  const publicKey =
    publicKeys instanceof KeyObject
      ? publicKeys
      : (Array.isArray(publicKeys) ? publicKeys : [publicKeys]).find((candidate) => candidate.kid === kid)
          ?.publicKey;
  if (!publicKey) return { valid: false, reason: 'unknown_key' };
  let payload: Uint8Array;
  try {
    ({ payload } = await compactVerify(token, publicKey, { algorithms: ['ES256'] }));
  } catch {
    return { valid: false, reason: 'bad_signature' };
  }
  const digest = Buffer.from(payload);
  if (content) {
    const expected = sealDigest(content);
    if (digest.length !== expected.length || !timingSafeEqual(digest, expected)) {
      return { valid: false, reason: 'content_mismatch' };
    }
  }
  return { valid: true, kid, digest: digest.toString('base64url') };
}

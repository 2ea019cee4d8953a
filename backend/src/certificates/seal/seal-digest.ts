import { createHash } from 'node:crypto';
import type { CertificateContent } from '../domain/certificate-content.js';

/**
 * JSON with object keys sorted at every level and no insignificant whitespace, so the same content always
 * hashes the same whatever order a database or an API returned its fields in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** SHA-256 of every printed field of the certificate. */
export function contentSha256(content: CertificateContent): Buffer {
  return sha256(canonicalJson(content));
}

/**
 * The 32 bytes the seal signs: the certificate's identity (code, types, issue date, comune, initials)
 * bound to the hash of its whole content. Changing any printed character changes it.
 */
export function sealDigest(content: CertificateContent): Buffer {
  return sha256(
    canonicalJson({
      v: 1,
      code: content.code,
      types: content.types,
      issueDate: content.issueDate,
      municipality: content.issuer.municipalityName,
      subject: content.subject.initials,
      contentSha256: contentSha256(content).toString('hex'),
    }),
  );
}

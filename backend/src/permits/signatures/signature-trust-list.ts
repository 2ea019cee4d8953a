import { readFileSync } from 'node:fs';
import * as pkijs from 'pkijs';

/** The organisation of the firma sandbox's test CAs (test-federation), which carry no legal value. */
export const SANDBOX_CA_ORGANIZATION = 'Sandbox firma digitale - solo test';

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----/g;

export function certificatesFromPem(pem: string): pkijs.Certificate[] {
  return [...pem.matchAll(PEM_CERTIFICATE)].map((match) =>
    pkijs.Certificate.fromBER(new Uint8Array(Buffer.from(match[1].replace(/\s+/g, ''), 'base64'))),
  );
}

function organizationOf(certificate: pkijs.Certificate): string | null {
  const entry = certificate.subject.typesAndValues.find((candidate) => candidate.type === '2.5.4.10');
  const value = (entry?.value as { valueBlock?: { value?: unknown } } | undefined)?.valueBlock?.value;
  return typeof value === 'string' ? value : null;
}

/**
 * Reads the trusted CAs from PEM files (each may hold several certificates). A file without a certificate is a
 * configuration error; in production a certificate of the firma sandbox is too: the sandbox signs as anybody.
 */
export function loadTrustAnchors(files: readonly string[], production: boolean): pkijs.Certificate[] {
  return files.flatMap((file) => {
    const certificates = certificatesFromPem(readFileSync(file, 'utf8'));
    if (certificates.length === 0) {
      throw new Error(`SIGNATURE_TRUSTED_CAS: ${file} holds no PEM certificate.`);
    }
    if (production && certificates.some((entry) => organizationOf(entry) === SANDBOX_CA_ORGANIZATION)) {
      throw new Error(
        `SIGNATURE_TRUSTED_CAS: ${file} holds a CA of the firma sandbox, which production must not trust.`,
      );
    }
    return certificates;
  });
}

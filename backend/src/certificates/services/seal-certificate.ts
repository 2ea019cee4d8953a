import { createHash } from 'node:crypto';
import type { CertificateContent } from '../domain/certificate-content.js';
import { renderCertificatePdf } from '../pdf/certificate-pdf.js';
import { signPdf } from '../seal/pades.js';
import type { SealKey } from '../seal/seal-key.js';
import { createSealToken } from '../seal/seal-token.js';

/** What sealing needs besides the content: the comune's keys, where the QR points, the coat of arms. */
export interface SealingMaterials {
  sealKey: SealKey;
  p12: Buffer;
  passphrase: string;
  publicUrl: string;
  logo?: Buffer;
}

export interface SealedCertificate {
  sealToken: string;
  sealKid: string;
  /** The PAdES-signed PDF, exactly as stored and downloaded. */
  pdf: Buffer;
  pdfSha256: string;
}

/**
 * Seals the content (the QR token), lays it out and signs the whole PDF with the comune's seal certificate.
 * The PAdES signing time is the issue instant, so the same certificate signed again gives the same bytes.
 */
export async function sealCertificate(
  content: CertificateContent,
  materials: SealingMaterials,
): Promise<SealedCertificate> {
  const sealToken = await createSealToken(content, materials.sealKey);
  const unsigned = await renderCertificatePdf(content, {
    publicUrl: materials.publicUrl,
    sealToken,
    logo: materials.logo,
  });
  const pdf = await signPdf(unsigned, materials.p12, materials.passphrase, {
    signingTime: new Date(content.issuedAt),
    reason: `Certificato anagrafico n. ${content.code}`,
    location: content.issuer.municipalityName,
  });
  return {
    sealToken,
    sealKid: materials.sealKey.kid,
    pdf,
    pdfSha256: createHash('sha256').update(pdf).digest('hex'),
  };
}

import { Injectable } from '@nestjs/common';
import { CertificateSealKeyring } from '../keys/certificate-seal-keyring.js';
import { signPdf } from '../seal/pades.js';

/**
 * The comune's electronic seal (PAdES, the certificates' seal certificate) for other modules' documents, such
 * as the SUE's filing receipts: one seal for every document the portal issues.
 */
@Injectable()
export class PdfSealService {
  constructor(private readonly keyring: CertificateSealKeyring) {}

  seal(pdf: Buffer, options: { reason: string; location: string; signingTime: Date }): Promise<Buffer> {
    return signPdf(pdf, this.keyring.pades.p12, this.keyring.pades.passphrase, options);
  }
}

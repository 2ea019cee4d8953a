import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { Signer, SignPdf } from '@signpdf/signpdf';
import { createCmsSignedData } from './cms-signed-data.js';
import type { TestCa } from './test-ca.js';
import {
  createRootCa,
  issueSignerCertificate,
  type KeyAndCertificate,
  type SignerProfile,
} from './test-certificates.js';

export const SIGNATURE_FORMATS = ['pades', 'cades'] as const;
export type SignatureFormat = (typeof SIGNATURE_FORMATS)[number];

export const SIGNATURE_DEFECTS = [
  'expired-certificate',
  'unknown-ca',
  'no-non-repudiation',
  'altered-after-signing',
] as const;
export type SignatureDefect = (typeof SIGNATURE_DEFECTS)[number];

export interface SignRequest {
  pdf: Buffer;
  format: SignatureFormat;
  fiscalCode: string;
  givenName: string;
  familyName: string;
  defect?: SignatureDefect;
}

export interface SignedFile {
  bytes: Buffer;
  signerSerial: string;
}

/** The text of the PAdES /Reason; `altered-after-signing` changes its first letter, inside the signed range. */
const PADES_REASON = 'Firma di prova della sandbox';

/** Thrown when @signpdf cannot add a signature field to the PDF (e.g. a cross-reference stream). */
export class UnsupportedPdfError extends Error {}

/**
 * Signs PDFs as test identities: signer certificates issued by the test CA on first use per fiscal code, name
 * and certificate defect, kept in memory until `reset()`.
 */
export class SigningService {
  private readonly signers = new Map<string, Promise<KeyAndCertificate>>();
  private unknownCa?: Promise<KeyAndCertificate>;

  constructor(
    private readonly ca: TestCa,
    private readonly now: () => Date,
  ) {}

  reset(): void {
    this.signers.clear();
  }

  get issuedCount(): number {
    return this.signers.size;
  }

  async sign(request: SignRequest): Promise<SignedFile> {
    const { signer, chain } = await this.signerFor(request);
    const signingTime = this.now();
    let bytes: Buffer;
    if (request.format === 'cades') {
      bytes = createCmsSignedData({
        content: request.pdf,
        privateKey: signer.privateKey,
        signerCertificate: signer.der,
        chain,
        attached: true,
        signingTime,
      });
      if (request.defect === 'altered-after-signing') {
        const at = bytes.indexOf(request.pdf) + Math.floor(request.pdf.length / 2);
        bytes[at] ^= 0x01;
      }
    } else {
      bytes = await signPades(request.pdf, signer, chain, signingTime);
      if (request.defect === 'altered-after-signing') {
        const at = bytes.indexOf(`/Reason (${PADES_REASON})`) + '/Reason ('.length;
        bytes[at] = 'f'.charCodeAt(0);
      }
    }
    return { bytes, signerSerial: signer.certificate.serialNumber };
  }

  private async signerFor(request: SignRequest): Promise<{ signer: KeyAndCertificate; chain: Buffer[] }> {
    const unknownCa = request.defect === 'unknown-ca';
    if (unknownCa && !this.unknownCa) this.unknownCa = createRootCa('CA sconosciuta di prova', this.now());
    const issuer = unknownCa && this.unknownCa ? await this.unknownCa : this.ca.issuing;
    const profile: SignerProfile = {
      fiscalCode: request.fiscalCode,
      givenName: request.givenName,
      familyName: request.familyName,
      expired: request.defect === 'expired-certificate',
      digitalSignatureOnly: request.defect === 'no-non-repudiation',
    };
    const key = JSON.stringify([
      profile.fiscalCode,
      profile.givenName,
      profile.familyName,
      unknownCa,
      profile.expired,
      profile.digitalSignatureOnly,
    ]);
    let signer = this.signers.get(key);
    if (!signer) {
      signer = issueSignerCertificate(issuer, profile, this.now());
      this.signers.set(key, signer);
      signer.catch(() => this.signers.delete(key));
    }
    return { signer: await signer, chain: unknownCa ? [issuer.der] : [this.ca.issuing.der] };
  }
}

class CadesDetachedSigner extends Signer {
  constructor(
    private readonly signer: KeyAndCertificate,
    private readonly chain: Buffer[],
  ) {
    super();
  }

  override async sign(signedBytes: Buffer): Promise<Buffer> {
    return createCmsSignedData({
      content: signedBytes,
      privateKey: this.signer.privateKey,
      signerCertificate: this.signer.der,
      chain: this.chain,
      attached: false,
    });
  }
}

/** PAdES baseline B-B: an invisible signature field, /SubFilter /ETSI.CAdES.detached, ByteRange over the rest. */
async function signPades(
  pdf: Buffer,
  signer: KeyAndCertificate,
  chain: Buffer[],
  signingTime: Date,
): Promise<Buffer> {
  let withPlaceholder: Buffer;
  try {
    withPlaceholder = plainAddPlaceholder({
      pdfBuffer: pdf,
      reason: PADES_REASON,
      contactInfo: '',
      name: String(signer.certificate.subject.getField('CN')?.value ?? ''),
      location: '',
      signingTime,
      subFilter: 'ETSI.CAdES.detached',
    });
  } catch (error) {
    throw new UnsupportedPdfError((error as Error).message);
  }
  return new SignPdf().sign(withPlaceholder, new CadesDetachedSigner(signer, chain), signingTime);
}

import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import forge from 'node-forge';
import { CadesSigner } from './cades-signer.js';

/** PAdES baseline signature type, as /SubFilter of the signature dictionary. */
export const PADES_SUBFILTER = 'ETSI.CAdES.detached';

export interface DevSealCertificateOptions {
  commonName: string;
  organization: string;
  organizationalUnit?: string;
  /** ISO 3166 country code; `IT` when absent. */
  country?: string;
  locality?: string;
  /** Start of validity; now when absent. */
  notBefore?: Date;
  validityDays?: number;
  /** Protects the PKCS#12; a random one is generated when absent. */
  passphrase?: string;
}

export interface DevSealCertificate {
  p12: Buffer;
  passphrase: string;
  certificatePem: string;
}

/**
 * A self-signed RSA 2048 seal certificate for development and tests. Production uses the comune's
 * certificate for an electronic seal (sigillo elettronico) issued by a qualified trust service provider.
 */
export function generateDevSealCertificate(options: DevSealCertificateOptions): DevSealCertificate {
  const passphrase = options.passphrase ?? randomBytes(18).toString('base64url');
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateKey = forge.pki.privateKeyFromPem(
    keys.privateKey.export({ format: 'pem', type: 'pkcs1' }).toString(),
  );
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.publicKeyFromPem(
    keys.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  );
  // Positive 16-byte serial: clear the top bit so the DER INTEGER needs no sign byte.
  const serial = randomBytes(16);
  serial[0] &= 0x7f;
  certificate.serialNumber = serial.toString('hex');
  const notBefore = options.notBefore ?? new Date();
  certificate.validity.notBefore = notBefore;
  certificate.validity.notAfter = new Date(notBefore.getTime() + (options.validityDays ?? 3650) * 86_400_000);
  const name = [
    { name: 'countryName', value: options.country ?? 'IT' },
    ...(options.locality ? [{ name: 'localityName', value: options.locality }] : []),
    { name: 'organizationName', value: options.organization },
    ...(options.organizationalUnit ? [{ shortName: 'OU', value: options.organizationalUnit }] : []),
    { name: 'commonName', value: options.commonName },
  ];
  certificate.setSubject(name);
  certificate.setIssuer(name);
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', critical: true, digitalSignature: true, nonRepudiation: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  certificate.sign(privateKey, forge.md.sha256.create());
  const p12Asn1 = forge.pkcs12.toPkcs12Asn1(privateKey, [certificate], passphrase, {
    algorithm: 'aes256',
    friendlyName: options.commonName,
  });
  return {
    p12: Buffer.from(forge.asn1.toDer(p12Asn1).getBytes(), 'binary'),
    passphrase,
    certificatePem: forge.pki.certificateToPem(certificate),
  };
}

export interface SignPdfOptions {
  /** Claimed signing time (/M). Pass the certificate's issue instant so that re-signing gives the same bytes. */
  signingTime?: Date;
  reason?: string;
  location?: string;
  contactInfo?: string;
}

/**
 * Adds an invisible PAdES baseline B-B signature (SubFilter ETSI.CAdES.detached, SHA-256) over the whole
 * PDF. Works on any finished PDF with a classic xref table, which is what pdfkit writes.
 */
export async function signPdf(
  pdf: Buffer,
  p12: Buffer,
  passphrase: string,
  options: SignPdfOptions = {},
): Promise<Buffer> {
  const signer = cachedSigner(p12, passphrase);
  const signingTime = options.signingTime ?? new Date();
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: options.reason ?? 'Sigillo elettronico del certificato',
    contactInfo: options.contactInfo ?? '',
    name: signer.signerName,
    location: options.location ?? '',
    signingTime,
    subFilter: PADES_SUBFILTER,
    signatureLength: signer.signatureLength,
  });
  return new SignPdf().sign(withPlaceholder, signer, signingTime);
}

/** Opening a PKCS#12 runs its key derivation in pure JS (tens of ms): keep the opened signer per key file. */
const signers = new WeakMap<Buffer, { passphrase: string; signer: CadesSigner }>();

function cachedSigner(p12: Buffer, passphrase: string): CadesSigner {
  const cached = signers.get(p12);
  if (cached && cached.passphrase === passphrase) return cached.signer;
  const signer = new CadesSigner(p12, passphrase);
  signers.set(p12, { passphrase, signer });
  return signer;
}

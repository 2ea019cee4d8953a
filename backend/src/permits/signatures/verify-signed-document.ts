import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { DomainError } from '../../common/errors/domain-error.js';
import { isPdf, PdfSignatureFieldError, readPdfSignatureField } from './pdf-signature-field.js';
import { SignatureErrors } from './signature-errors.js';

/** Who signed, as the signer certificate names them (AgID guidelines on qualified certificates, §4.1). */
export interface Signer {
  commonName: string;
  givenName: string | null;
  familyName: string | null;
  /** From the subject's serialNumber `TINIT-<codice fiscale>`; null for a signer without one. */
  fiscalCode: string | null;
  /** The certificate serial, hex. */
  certificateSerial: string;
  /** Common name (or organisation) of the issuing CA. */
  issuer: string;
}

export interface VerifiedDocument {
  format: 'pades' | 'cades';
  /** The signed PDF: the file itself for PAdES, the content inside the `.p7m` for CAdES. */
  pdf: Buffer;
  signer: Signer;
  /** The instant the certificate was checked at: the claimed signing time, or the verification time. */
  signedAt: Date;
  signedAtSource: 'signing-time-attribute' | 'pdf-signature-dictionary' | 'verification-time';
}

export interface VerificationContext {
  /** The trusted CAs (roots or issuing CAs); a chain must end in one of them. */
  trustAnchors: readonly pkijs.Certificate[];
  now: Date;
}

const OID = {
  signingTime: '1.2.840.113549.1.9.5',
  keyUsage: '2.5.29.15',
  commonName: '2.5.4.3',
  givenName: '2.5.4.42',
  surname: '2.5.4.4',
  serialNumber: '2.5.4.5',
  organization: '2.5.4.10',
} as const;

/** keyUsage bit 1 (nonRepudiation, a.k.a. contentCommitment), the first byte's second most significant bit. */
const NON_REPUDIATION = 0x40;

/**
 * Verifies a document signed PAdES (a PDF with a signature dictionary) or CAdES (a `.p7m`, DER or base64, with
 * the PDF attached), and returns the PDF and its signer, or throws the Italian reason of the refusal:
 *
 * 1. the CMS SignedData is read with pkijs; for PAdES it is the last signature, whose /ByteRange must cover the
 *    whole file but its own /Contents;
 * 2. the signature is verified over the signed attributes, whose message-digest must match the content;
 * 3. the signer certificate must be valid at the signing time (the signing-time attribute, else the PAdES /M,
 *    else now; a time later than now counts as now: it cannot be proved without a timestamp);
 * 4. its key usage must include nonRepudiation, as qualified signature certificates have (ETSI EN 319 412-2
 *    §4.3.2, Determinazione AgID 121/2019): a digitalSignature-only key is an authentication key (CNS, CIE);
 * 5. its chain, built from the certificates in the CMS, must end in one of the trusted CAs, each valid then.
 */
export async function verifySignedDocument(
  bytes: Buffer,
  context: VerificationContext,
): Promise<VerifiedDocument> {
  if (bytes[0] !== 0x30 && isPdf(bytes)) return verifyPades(bytes, context);
  const der = cmsBytes(bytes);
  if (!der) throw SignatureErrors.notSigned();
  const signedData = readSignedData(der);
  const content = signedData.encapContentInfo.eContent;
  if (!content) throw SignatureErrors.notSigned();
  const pdf = Buffer.from(content.getValue());
  if (!isPdf(pdf)) throw SignatureErrors.contentNotPdf();
  const checked = await checkSignature(signedData, undefined, null, context);
  return { format: 'cades', pdf, ...checked };
}

async function verifyPades(pdf: Buffer, context: VerificationContext): Promise<VerifiedDocument> {
  let field: ReturnType<typeof readPdfSignatureField>;
  try {
    field = readPdfSignatureField(pdf);
  } catch (error) {
    if (!(error instanceof PdfSignatureFieldError)) throw error;
    throw paDesProblem[error.problem]();
  }
  const signedData = readSignedData(field.cms);
  const checked = await checkSignature(signedData, field.signedBytes, field.claimedSigningTime, context);
  return { format: 'pades', pdf, ...checked };
}

const paDesProblem: Record<PdfSignatureFieldError['problem'], () => DomainError> = {
  'not-signed': () => SignatureErrors.notSigned(),
  'range-incomplete': () => SignatureErrors.rangeIncomplete(),
  unreadable: () => SignatureErrors.unreadable(),
};

/** A `.p7m` is DER, or (from some signing tools) its base64 text. */
function cmsBytes(bytes: Buffer): Buffer | null {
  if (bytes[0] === 0x30) return bytes;
  const text = bytes
    .toString('latin1')
    .replace(/-----(BEGIN|END) [A-Z0-9 ]+-----/g, '')
    .replace(/\s+/g, '');
  if (text.length < 16 || !/^[A-Za-z0-9+/]+=*$/.test(text)) return null;
  const decoded = Buffer.from(text, 'base64');
  return decoded[0] === 0x30 ? decoded : null;
}

function arrayBuffer(bytes: Buffer): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function readSignedData(der: Buffer): pkijs.SignedData {
  const parsed = asn1js.fromBER(arrayBuffer(der));
  if (parsed.offset === -1) throw SignatureErrors.unreadable();
  try {
    const contentInfo = new pkijs.ContentInfo({ schema: parsed.result });
    if (contentInfo.contentType !== pkijs.ContentInfo.SIGNED_DATA) throw SignatureErrors.notSigned();
    const signedData = new pkijs.SignedData({ schema: contentInfo.content });
    if (signedData.signerInfos.length === 0) throw SignatureErrors.notSigned();
    return signedData;
  } catch (error) {
    if (error instanceof Error && error.name === 'DomainError') throw error;
    throw SignatureErrors.unreadable();
  }
}

type Checked = Pick<VerifiedDocument, 'signer' | 'signedAt' | 'signedAtSource'>;

async function checkSignature(
  signedData: pkijs.SignedData,
  detachedContent: Buffer | undefined,
  claimedByPdf: Date | null,
  context: VerificationContext,
): Promise<Checked> {
  const certificates = (signedData.certificates ?? []).filter(
    (entry): entry is pkijs.Certificate => entry instanceof pkijs.Certificate,
  );
  let signerCertificate: pkijs.Certificate | null = null;
  let signatureVerified = false;
  try {
    const result = await signedData.verify({
      signer: 0,
      data: detachedContent ? arrayBuffer(detachedContent) : undefined,
      checkChain: false,
      extendedMode: true,
    });
    signerCertificate = result.signerCertificate ?? null;
    signatureVerified = result.signatureVerified === true;
  } catch (error) {
    const failure = error as Partial<pkijs.SignedDataVerifyResult>;
    signerCertificate = failure.signerCertificate ?? null;
  }
  if (!signerCertificate) throw SignatureErrors.signerCertificateMissing();
  if (!signatureVerified) throw SignatureErrors.altered();

  const signer = signerOf(signerCertificate);
  const attributeTime = signingTimeAttribute(signedData.signerInfos[0]);
  const claimed = attributeTime ?? claimedByPdf;
  const signedAt = claimed && claimed.getTime() <= context.now.getTime() ? claimed : context.now;
  const signedAtSource =
    signedAt !== claimed
      ? 'verification-time'
      : attributeTime
        ? 'signing-time-attribute'
        : 'pdf-signature-dictionary';

  const notBefore = signerCertificate.notBefore.value;
  const notAfter = signerCertificate.notAfter.value;
  if (signedAt.getTime() > notAfter.getTime())
    throw SignatureErrors.expired(signer.commonName, notAfter, signedAt);
  if (signedAt.getTime() < notBefore.getTime())
    throw SignatureErrors.notYetValid(signer.commonName, notBefore);
  if (!hasNonRepudiation(signerCertificate)) throw SignatureErrors.keyUsage(signer.commonName);

  const chain = new pkijs.CertificateChainValidationEngine({
    trustedCerts: [...context.trustAnchors],
    certs: [...certificates.filter((entry) => entry !== signerCertificate), signerCertificate],
    checkDate: signedAt,
  });
  const validation = await chain.verify().catch(() => ({ result: false }));
  if (!validation.result) throw SignatureErrors.untrustedIssuer(signer.issuer);
  return { signer, signedAt, signedAtSource };
}

function attributeText(name: pkijs.RelativeDistinguishedNames, type: string): string | null {
  const entry = name.typesAndValues.find((candidate) => candidate.type === type);
  const value = (entry?.value as { valueBlock?: { value?: unknown } } | undefined)?.valueBlock?.value;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function signerOf(certificate: pkijs.Certificate): Signer {
  const givenName = attributeText(certificate.subject, OID.givenName);
  const familyName = attributeText(certificate.subject, OID.surname);
  const serialNumber = attributeText(certificate.subject, OID.serialNumber);
  const fiscalCode = serialNumber?.match(/^TINIT-([A-Z0-9]{16})$/i)?.[1]?.toUpperCase() ?? null;
  const commonName =
    attributeText(certificate.subject, OID.commonName) ??
    ([givenName, familyName].filter(Boolean).join(' ') || 'firmatario sconosciuto');
  const issuer =
    attributeText(certificate.issuer, OID.commonName) ??
    attributeText(certificate.issuer, OID.organization) ??
    'autorità sconosciuta';
  const certificateSerial = Buffer.from(certificate.serialNumber.valueBlock.valueHexView).toString('hex');
  return { commonName, givenName, familyName, fiscalCode, certificateSerial, issuer };
}

function signingTimeAttribute(signerInfo: pkijs.SignerInfo): Date | null {
  const attribute = signerInfo.signedAttrs?.attributes.find((entry) => entry.type === OID.signingTime);
  const value = attribute?.values[0] as { toDate?: () => Date } | undefined;
  const date = value?.toDate?.();
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

function hasNonRepudiation(certificate: pkijs.Certificate): boolean {
  const extension = certificate.extensions?.find((entry) => entry.extnID === OID.keyUsage);
  const bits = (extension?.parsedValue as asn1js.BitString | undefined)?.valueBlock?.valueHexView;
  return bits !== undefined && bits.length > 0 && (bits[0] & NON_REPUDIATION) !== 0;
}

import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { Signer, SignPdf } from '@signpdf/signpdf';
import forge from 'node-forge';
import PDFDocument from 'pdfkit';
import * as pkijs from 'pkijs';

/**
 * Test fixtures: CAs and signers generated at test time with node-forge, PDFs from pdfkit, signed PAdES (through
 * @signpdf, as the certificates' seal is) or CAdES (forge's PKCS#7 with content-type, message-digest and
 * signing-time). No file of the repository holds a key.
 */
export interface TestIdentity {
  key: forge.pki.rsa.PrivateKey;
  certificate: forge.pki.Certificate;
}

const DAY = 86_400_000;

function keys(): { privateKey: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey } {
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey: forge.pki.privateKeyFromPem(
      pair.privateKey.export({ format: 'pem', type: 'pkcs1' }).toString(),
    ),
    publicKey: forge.pki.publicKeyFromPem(pair.publicKey.export({ format: 'pem', type: 'spki' }).toString()),
  };
}

function serial(): string {
  const bytes = randomBytes(12);
  bytes[0] &= 0x7f;
  return bytes.toString('hex');
}

export function createTestCa(commonName: string, now = new Date()): TestIdentity {
  const { privateKey, publicKey } = keys();
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = publicKey;
  certificate.serialNumber = serial();
  certificate.validity.notBefore = new Date(now.getTime() - 10 * 365 * DAY);
  certificate.validity.notAfter = new Date(now.getTime() + 10 * 365 * DAY);
  const name = [
    { name: 'countryName', value: 'IT' },
    { name: 'organizationName', value: 'CA dei test' },
    { name: 'commonName', value: commonName },
  ];
  certificate.setSubject(name);
  certificate.setIssuer(name);
  certificate.setExtensions([
    { name: 'basicConstraints', critical: true, cA: true },
    { name: 'keyUsage', critical: true, keyCertSign: true, cRLSign: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  certificate.sign(privateKey, forge.md.sha256.create());
  return { key: privateKey, certificate };
}

export interface SignerOptions {
  fiscalCode: string;
  givenName: string;
  familyName: string;
  now?: Date;
  /** Validity that ended the day before `now`. */
  expired?: boolean;
  /** Key usage digitalSignature only (an authentication key), instead of nonRepudiation. */
  digitalSignatureOnly?: boolean;
}

export function issueTestSigner(ca: TestIdentity, options: SignerOptions): TestIdentity {
  const now = options.now ?? new Date();
  const { privateKey, publicKey } = keys();
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = publicKey;
  certificate.serialNumber = serial();
  certificate.validity.notBefore = new Date(now.getTime() - (options.expired ? 3 * 365 : 1) * DAY);
  certificate.validity.notAfter = new Date(now.getTime() + (options.expired ? -1 : 3 * 365) * DAY);
  certificate.setSubject([
    { name: 'countryName', value: 'IT' },
    { name: 'givenName', value: options.givenName },
    { name: 'surname', value: options.familyName },
    { name: 'serialNumber', value: `TINIT-${options.fiscalCode}` },
    { name: 'commonName', value: `${options.givenName} ${options.familyName}` },
  ]);
  certificate.setIssuer(ca.certificate.subject.attributes);
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false },
    options.digitalSignatureOnly
      ? { name: 'keyUsage', critical: true, digitalSignature: true }
      : { name: 'keyUsage', critical: true, nonRepudiation: true },
  ]);
  certificate.sign(ca.key, forge.md.sha256.create());
  return { key: privateKey, certificate };
}

/** A one-page PDF written by pdfkit (classic xref table, which @signpdf's placeholder needs). */
export async function samplePdf(text = 'Relazione tecnica asseverata'): Promise<Buffer> {
  const document = new PDFDocument({ size: 'A4', compress: false, info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => document.on('end', () => resolve()));
  document.text(text);
  document.end();
  await done;
  return Buffer.concat(chunks);
}

function cms(
  content: Buffer,
  signer: TestIdentity,
  chain: TestIdentity[],
  detached: boolean,
  signingTime?: Date,
): Buffer {
  const p7 = forge.pkcs7.createSignedData();
  p7.content = forge.util.createBuffer(content.toString('binary'));
  p7.addCertificate(signer.certificate);
  for (const entry of chain) p7.addCertificate(entry.certificate);
  p7.addSigner({
    key: signer.key,
    certificate: signer.certificate,
    digestAlgorithm: forge.pki.oids.sha256,
    authenticatedAttributes: [
      { type: forge.pki.oids.contentType, value: forge.pki.oids.data },
      { type: forge.pki.oids.messageDigest },
      ...(signingTime ? [{ type: forge.pki.oids.signingTime, value: signingTime as unknown as string }] : []),
    ],
  });
  p7.sign({ detached });
  return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
}

/** A `.p7m`: CMS SignedData with the PDF attached and a signing-time attribute. */
export function signCades(
  pdf: Buffer,
  signer: TestIdentity,
  chain: TestIdentity[] = [],
  signingTime = new Date(),
): Buffer {
  return cms(pdf, signer, chain, false, signingTime);
}

class ForgeDetachedSigner extends Signer {
  constructor(
    private readonly signer: TestIdentity,
    private readonly chain: TestIdentity[],
  ) {
    super();
  }

  override async sign(signedBytes: Buffer): Promise<Buffer> {
    return cms(signedBytes, this.signer, this.chain, true);
  }
}

/** A PAdES B-B signature (detached CMS in /Contents, signing time in /M) over the whole PDF. */
export async function signPades(
  pdf: Buffer,
  signer: TestIdentity,
  chain: TestIdentity[] = [],
  signingTime = new Date(),
): Promise<Buffer> {
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: 'Firma di prova',
    contactInfo: '',
    name: String(signer.certificate.subject.getField('CN')?.value ?? ''),
    location: '',
    signingTime,
    subFilter: 'ETSI.CAdES.detached',
  });
  return new SignPdf().sign(withPlaceholder, new ForgeDetachedSigner(signer, chain), signingTime);
}

/** The certificate as pkijs reads it, for the verifier's trust anchors. */
export function trustAnchor(identity: TestIdentity): pkijs.Certificate {
  const der = Buffer.from(
    forge.asn1.toDer(forge.pki.certificateToAsn1(identity.certificate)).getBytes(),
    'binary',
  );
  return pkijs.Certificate.fromBER(new Uint8Array(der));
}

export function certificatePem(identity: TestIdentity): string {
  return forge.pki.certificateToPem(identity.certificate);
}

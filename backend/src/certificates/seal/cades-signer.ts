import { createHash, createPrivateKey, type KeyObject, sign, X509Certificate } from 'node:crypto';
import { Signer } from '@signpdf/signpdf';
import forge from 'node-forge';

/**
 * A @signpdf signer that writes a CAdES-BES detached CMS as PAdES baseline B-B requires
 * (ETSI EN 319 142-1): signed attributes content-type, message-digest and signing-certificate-v2, and no
 * signing-time attribute (the claimed time is the signature dictionary's /M). @signpdf/signer-p12 adds
 * signing-time and lacks signing-certificate-v2, and node-forge cannot encode that attribute, hence this
 * small DER writer. Signing is RSA PKCS#1 v1.5 or ECDSA via node:crypto; with RSA the output is
 * deterministic, so a PDF re-signed with the same key and /M is byte-identical.
 */
export class CadesSigner extends Signer {
  private readonly privateKey: KeyObject;
  private readonly signerCertificate: Buffer;
  private readonly chain: Buffer[];
  /** Common name of the signing certificate, for the signature dictionary's /Name. */
  readonly signerName: string;
  /**
   * Bytes to reserve in the PDF for this signer's CMS: its exact size (the certificates, the attributes and a
   * signature whose length the key fixes), plus room for an ECDSA signature's variable DER length. The
   * placeholder is written in hex, so the usual 8 KiB reserve cost 16 KiB of zeros in every certificate.
   */
  readonly signatureLength: number;

  constructor(p12: Buffer, passphrase: string) {
    super();
    const { privateKey, certificates } = readP12(p12, passphrase);
    if (privateKey.asymmetricKeyType !== 'rsa' && privateKey.asymmetricKeyType !== 'ec') {
      throw new TypeError('The seal key must be RSA or ECDSA.');
    }
    const signerCertificate = certificates.find((der) =>
      new X509Certificate(der).checkPrivateKey(privateKey),
    );
    if (!signerCertificate) throw new TypeError('The PKCS#12 holds no certificate matching its private key.');
    this.privateKey = privateKey;
    this.signerCertificate = signerCertificate;
    this.chain = [signerCertificate, ...certificates.filter((der) => der !== signerCertificate)];
    this.signerName = commonName(new X509Certificate(signerCertificate).subject);
    this.signatureLength = this.cms(Buffer.alloc(0)).length + SIGNATURE_LENGTH_MARGIN;
  }

  override async sign(signedBytes: Buffer): Promise<Buffer> {
    return this.cms(signedBytes);
  }

  private cms(signedBytes: Buffer): Buffer {
    const attributes = [
      attribute(OID.contentType, oid(OID.data)),
      attribute(OID.messageDigest, octetString(sha256(signedBytes))),
      attribute(OID.signingCertificateV2, seq(seq(seq(octetString(sha256(this.signerCertificate)))))),
    ].sort(Buffer.compare);
    // The signature covers the attributes encoded as an explicit SET OF, in DER order.
    const signature = sign('sha256', tlv(0x31, ...attributes), this.privateKey);
    const isRsa = this.privateKey.asymmetricKeyType === 'rsa';
    const signatureAlgorithm = isRsa ? seq(oid(OID.sha256WithRsa), NULL) : seq(oid(OID.ecdsaWithSha256));
    const { issuer, serialNumber } = issuerAndSerial(this.signerCertificate);
    const signerInfo = seq(
      INTEGER_ONE,
      seq(issuer, serialNumber),
      seq(oid(OID.sha256)),
      tlv(0xa0, ...attributes),
      signatureAlgorithm,
      octetString(signature),
    );
    const signedData = seq(
      INTEGER_ONE,
      tlv(0x31, seq(oid(OID.sha256))),
      seq(oid(OID.data)),
      tlv(0xa0, ...this.chain),
      tlv(0x31, signerInfo),
    );
    return seq(oid(OID.signedData), tlv(0xa0, signedData));
  }
}

/** An ECDSA signature's DER length varies by a few bytes; the rest of the CMS has a fixed size per key. */
const SIGNATURE_LENGTH_MARGIN = 32;

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
} as const;

function tlv(tag: number, ...contents: Buffer[]): Buffer {
  const body = Buffer.concat(contents);
  const length = body.length;
  if (length < 0x80) return Buffer.concat([Buffer.from([tag, length]), body]);
  const lengthBytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) lengthBytes.unshift(rest % 256);
  return Buffer.concat([Buffer.from([tag, 0x80 | lengthBytes.length, ...lengthBytes]), body]);
}

const seq = (...contents: Buffer[]) => tlv(0x30, ...contents);
const octetString = (bytes: Buffer) => tlv(0x04, bytes);
const NULL = Buffer.from([0x05, 0x00]);
const INTEGER_ONE = Buffer.from([0x02, 0x01, 0x01]);

function oid(dotted: string): Buffer {
  const [first, second, ...rest] = dotted.split('.').map(Number);
  const bytes = [first * 40 + second];
  for (const arc of rest) {
    const base128 = [arc & 0x7f];
    for (let value = Math.floor(arc / 128); value > 0; value = Math.floor(value / 128)) {
      base128.unshift((value & 0x7f) | 0x80);
    }
    bytes.push(...base128);
  }
  return tlv(0x06, Buffer.from(bytes));
}

function attribute(type: string, value: Buffer): Buffer {
  return seq(oid(type), tlv(0x31, value));
}

function sha256(bytes: Buffer): Buffer {
  return createHash('sha256').update(bytes).digest();
}

function commonName(distinguishedName: string): string {
  const line = distinguishedName.split('\n').find((part) => part.startsWith('CN='));
  return line ? line.slice(3) : distinguishedName;
}

/** Issuer Name and serial INTEGER exactly as encoded in the certificate (what IssuerAndSerialNumber needs). */
function issuerAndSerial(certificate: Buffer): { issuer: Buffer; serialNumber: Buffer } {
  const parsed = forge.asn1.fromDer(forge.util.createBuffer(certificate.toString('binary')));
  const tbs = (parsed.value as forge.asn1.Asn1[])[0].value as forge.asn1.Asn1[];
  const offset = tbs[0].tagClass === forge.asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
  const toBuffer = (node: forge.asn1.Asn1) => Buffer.from(forge.asn1.toDer(node).getBytes(), 'binary');
  return { serialNumber: toBuffer(tbs[offset]), issuer: toBuffer(tbs[offset + 2]) };
}

interface ForgeBag {
  key?: forge.pki.PrivateKey | null;
  cert?: forge.pki.Certificate | null;
  asn1?: forge.asn1.Asn1;
}

/** Reads key and certificates from a PKCS#12; keys and certificates forge cannot model (EC) stay as DER. */
function readP12(p12: Buffer, passphrase: string): { privateKey: KeyObject; certificates: Buffer[] } {
  const asn1 = forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary')));
  const store = forge.pkcs12.pkcs12FromAsn1(asn1, false, passphrase);
  const bagsOf = (bagType: string) => (store.getBags({ bagType })[bagType] ?? []) as ForgeBag[];
  const toBuffer = (node: forge.asn1.Asn1) => Buffer.from(forge.asn1.toDer(node).getBytes(), 'binary');
  const keyBag = [...bagsOf(forge.pki.oids.pkcs8ShroudedKeyBag), ...bagsOf(forge.pki.oids.keyBag)][0];
  if (!keyBag) throw new TypeError('The PKCS#12 holds no private key.');
  const keyInfo = keyBag.key
    ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(keyBag.key as forge.pki.rsa.PrivateKey))
    : keyBag.asn1;
  if (!keyInfo) throw new TypeError('The PKCS#12 private key cannot be read.');
  const privateKey = createPrivateKey({ key: toBuffer(keyInfo), format: 'der', type: 'pkcs8' });
  const certificates = bagsOf(forge.pki.oids.certBag).flatMap((bag) => {
    if (bag.cert) return [toBuffer(forge.pki.certificateToAsn1(bag.cert))];
    return bag.asn1 ? [toBuffer(bag.asn1)] : [];
  });
  return { privateKey, certificates };
}

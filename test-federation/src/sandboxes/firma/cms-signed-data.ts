import { createHash, type KeyObject, sign } from 'node:crypto';
import forge from 'node-forge';

/**
 * CMS SignedData (RFC 5652) with the CAdES-BES signed attributes (ETSI EN 319 122-1): content-type,
 * message-digest, signing-certificate-v2 (ESSCertIDv2, RFC 5035) and, unless PAdES asks otherwise,
 * signing-time. SHA-256 with RSA PKCS#1 v1.5. The structures are node-forge ASN.1 nodes; forge encodes them.
 */
export interface CmsSignOptions {
  content: Buffer;
  privateKey: KeyObject;
  /** DER of the signer certificate. */
  signerCertificate: Buffer;
  /** DER of the other certificates to carry (the issuing chain). */
  chain: Buffer[];
  /** Attached (`.p7m`) or detached (PAdES). */
  attached: boolean;
  /** Signing-time attribute; PAdES baseline forbids it (the time is the signature dictionary's /M). */
  signingTime?: Date;
}

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
} as const;

const { asn1 } = forge;
const { Class, Type } = asn1;

const node = (type: number, constructed: boolean, value: forge.asn1.Asn1[] | string) =>
  asn1.create(Class.UNIVERSAL, type, constructed, value);
const seq = (...values: forge.asn1.Asn1[]) => node(Type.SEQUENCE, true, values);
const set = (...values: forge.asn1.Asn1[]) => node(Type.SET, true, values);
const oid = (dotted: string) => node(Type.OID, false, asn1.oidToDer(dotted).getBytes());
const octets = (bytes: Buffer) => node(Type.OCTETSTRING, false, bytes.toString('binary'));
const integer = (value: number) =>
  asn1.create(Class.UNIVERSAL, Type.INTEGER, false, String.fromCharCode(value));
const explicit = (tag: number, ...values: forge.asn1.Asn1[]) =>
  asn1.create(Class.CONTEXT_SPECIFIC, tag, true, values);
const toDer = (value: forge.asn1.Asn1) => Buffer.from(asn1.toDer(value).getBytes(), 'binary');
const fromDer = (der: Buffer) => asn1.fromDer(forge.util.createBuffer(der.toString('binary')));
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest();

const attribute = (type: string, value: forge.asn1.Asn1) => seq(oid(type), set(value));

/** Issuer Name and serial INTEGER of a certificate, as encoded in it. */
function issuerAndSerial(certificateDer: Buffer): { issuer: forge.asn1.Asn1; serial: forge.asn1.Asn1 } {
  const tbs = (fromDer(certificateDer).value as forge.asn1.Asn1[])[0].value as forge.asn1.Asn1[];
  const offset = tbs[0].tagClass === Class.CONTEXT_SPECIFIC ? 1 : 0;
  return { serial: tbs[offset], issuer: tbs[offset + 2] };
}

export function createCmsSignedData(options: CmsSignOptions): Buffer {
  const { issuer, serial } = issuerAndSerial(options.signerCertificate);
  const signedAttributes = [
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octets(sha256(options.content))),
    ...(options.signingTime
      ? [attribute(OID.signingTime, node(Type.UTCTIME, false, asn1.dateToUtcTime(options.signingTime)))]
      : []),
    // SigningCertificateV2 { certs { ESSCertIDv2 { certHash (SHA-256, the default algorithm), issuerSerial } } }
    attribute(
      OID.signingCertificateV2,
      seq(
        seq(
          seq(
            octets(sha256(options.signerCertificate)),
            seq(seq(asn1.create(Class.CONTEXT_SPECIFIC, 4, true, [issuer])), serial),
          ),
        ),
      ),
    ),
  ]
    // DER orders a SET OF by encoding; the signature covers that order.
    .map(toDer)
    .sort(Buffer.compare);
  const signature = sign('sha256', toDer(set(...signedAttributes.map(fromDer))), options.privateKey);
  const signerInfo = seq(
    integer(1),
    seq(issuer, serial),
    seq(oid(OID.sha256)),
    asn1.create(Class.CONTEXT_SPECIFIC, 0, true, signedAttributes.map(fromDer)),
    seq(oid(OID.sha256WithRsa), node(Type.NULL, false, '')),
    octets(signature),
  );
  const encapsulated = options.attached
    ? seq(oid(OID.data), explicit(0, octets(options.content)))
    : seq(oid(OID.data));
  const signedData = seq(
    integer(1),
    set(seq(oid(OID.sha256))),
    encapsulated,
    asn1.create(Class.CONTEXT_SPECIFIC, 0, true, [options.signerCertificate, ...options.chain].map(fromDer)),
    set(signerInfo),
  );
  return toDer(seq(oid(OID.signedData), explicit(0, signedData)));
}

import { createHash, generateKeyPair, type KeyObject, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import forge from 'node-forge';

const generateRsa = promisify(generateKeyPair);

/** A key with its certificate, as the sandbox keeps and uses them. */
export interface KeyAndCertificate {
  privateKey: KeyObject;
  certificate: forge.pki.Certificate;
  /** DER of `certificate`. */
  der: Buffer;
}

/**
 * Policy and statement OIDs an Italian qualified signature certificate carries: ETSI EN 319 411-2 QCP-n-qscd,
 * AgID's `agIDcert` (Determinazione AgID 121/2019, its recommendations applied), ETSI EN 319 412-5 QC statements.
 */
export const QUALIFIED_OIDS = {
  qcpNaturalQscd: '0.4.0.194112.1.2',
  agIdCert: '1.3.76.16.6',
  userNotice: '1.3.6.1.5.5.7.2.2',
  qcStatements: '1.3.6.1.5.5.7.1.3',
  qcCompliance: '0.4.0.1862.1.1',
  qcSscd: '0.4.0.1862.1.4',
  qcType: '0.4.0.1862.1.6',
  qcTypeEsign: '0.4.0.1862.1.6.1',
  dnQualifier: '2.5.4.46',
} as const;

const DAY = 86_400_000;
const YEAR = 365 * DAY;
const { asn1 } = forge;

export interface DistinguishedNameField {
  name?: string;
  type?: string;
  value: string;
  /** UTF8String for names that may hold accented letters; PrintableString otherwise (forge's default). */
  utf8?: boolean;
}

export interface CertificateRequest {
  subject: DistinguishedNameField[];
  /** Issuer; absent for a self-signed root. */
  issuer?: KeyAndCertificate;
  notBefore: Date;
  notAfter: Date;
  extensions: object[];
}

export async function generateRsaKey(): Promise<{ privateKey: KeyObject; publicKey: KeyObject }> {
  return generateRsa('rsa', { modulusLength: 2048 });
}

/** Issues (or self-signs) a certificate for `publicKey` with node-forge's X.509 writer. */
export function issueCertificate(
  request: CertificateRequest,
  keys: { privateKey: KeyObject; publicKey: KeyObject },
): KeyAndCertificate {
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.publicKeyFromPem(
    keys.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  );
  // Positive 16-byte serial: the top bit cleared so the INTEGER needs no sign byte.
  const serial = randomBytes(16);
  serial[0] = (serial[0] & 0x7f) | 0x01;
  certificate.serialNumber = serial.toString('hex');
  certificate.validity.notBefore = request.notBefore;
  certificate.validity.notAfter = request.notAfter;
  // forge's typings call the value's tag a Class; it is the universal type number (12, UTF8String).
  const subject = request.subject.map(
    (field): forge.pki.CertificateField => ({
      ...(field.name ? { name: field.name } : { type: field.type }),
      value: field.value,
      ...(field.utf8 ? { valueTagClass: asn1.Type.UTF8 as unknown as forge.asn1.Class } : {}),
    }),
  );
  certificate.setSubject(subject);
  certificate.setIssuer(request.issuer ? request.issuer.certificate.subject.attributes : subject);
  const issuerKeyId = (request.issuer?.certificate ?? certificate).generateSubjectKeyIdentifier().getBytes();
  certificate.setExtensions([
    ...request.extensions,
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: issuerKeyId },
  ]);
  const signingKey = request.issuer?.privateKey ?? keys.privateKey;
  certificate.sign(
    forge.pki.privateKeyFromPem(signingKey.export({ format: 'pem', type: 'pkcs8' }).toString()),
    forge.md.sha256.create(),
  );
  return {
    privateKey: keys.privateKey,
    certificate,
    der: Buffer.from(asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes(), 'binary'),
  };
}

const SANDBOX_ORGANIZATION = 'Sandbox firma digitale - solo test';

/** A root CA (the trust anchor a verifier configures in development), 20 years. */
export async function createRootCa(commonName: string, now: Date): Promise<KeyAndCertificate> {
  return issueCertificate(
    {
      subject: [
        { name: 'countryName', value: 'IT' },
        { name: 'organizationName', value: SANDBOX_ORGANIZATION },
        { name: 'commonName', value: commonName },
      ],
      notBefore: new Date(now.getTime() - DAY),
      notAfter: new Date(now.getTime() + 20 * YEAR),
      extensions: [
        { name: 'basicConstraints', critical: true, cA: true },
        { name: 'keyUsage', critical: true, keyCertSign: true, cRLSign: true },
      ],
    },
    await generateRsaKey(),
  );
}

/** The issuing CA under the root, the "CA qualificata di prova", 10 years, issuing end entities only. */
export async function createIssuingCa(root: KeyAndCertificate, now: Date): Promise<KeyAndCertificate> {
  return issueCertificate(
    {
      subject: [
        { name: 'countryName', value: 'IT' },
        { name: 'organizationName', value: SANDBOX_ORGANIZATION },
        { name: 'commonName', value: 'CA qualificata di prova' },
      ],
      issuer: root,
      notBefore: new Date(now.getTime() - DAY),
      notAfter: new Date(now.getTime() + 10 * YEAR),
      extensions: [
        { name: 'basicConstraints', critical: true, cA: true, pathLenConstraint: 0 },
        { name: 'keyUsage', critical: true, keyCertSign: true, cRLSign: true },
      ],
    },
    await generateRsaKey(),
  );
}

export interface SignerProfile {
  fiscalCode: string;
  givenName: string;
  familyName: string;
  /** Key usage digitalSignature only, instead of the qualified profile's nonRepudiation. */
  digitalSignatureOnly?: boolean;
  /** Validity that ended the day before `now`. */
  expired?: boolean;
}

/**
 * A signer certificate shaped like an Italian qualified signature certificate (AgID guidelines, §4.1): subject
 * with `serialNumber=TINIT-<codice fiscale>`, given name, surname and `dnQualifier`; key usage nonRepudiation
 * only, critical (ETSI EN 319 412-2 "type A"); policies QCP-n-qscd and agIDcert with a user notice;
 * QC statements compliance, QSCD and type esign. Three years of validity.
 */
export async function issueSignerCertificate(
  issuer: KeyAndCertificate,
  profile: SignerProfile,
  now: Date,
): Promise<KeyAndCertificate> {
  const notBefore = profile.expired
    ? new Date(now.getTime() - 3 * YEAR)
    : new Date(now.getTime() - 3_600_000);
  const notAfter = profile.expired ? new Date(now.getTime() - DAY) : new Date(now.getTime() + 3 * YEAR);
  const holderId = createHash('sha256').update(profile.fiscalCode).digest('hex').slice(0, 16).toUpperCase();
  return issueCertificate(
    {
      subject: [
        { name: 'countryName', value: 'IT' },
        { name: 'givenName', value: profile.givenName, utf8: true },
        { name: 'surname', value: profile.familyName, utf8: true },
        { name: 'serialNumber', value: `TINIT-${profile.fiscalCode}` },
        { type: QUALIFIED_OIDS.dnQualifier, value: holderId },
        { name: 'commonName', value: `${profile.givenName} ${profile.familyName}`, utf8: true },
      ],
      issuer,
      notBefore,
      notAfter,
      extensions: [
        { name: 'basicConstraints', cA: false },
        profile.digitalSignatureOnly
          ? { name: 'keyUsage', critical: true, digitalSignature: true }
          : { name: 'keyUsage', critical: true, nonRepudiation: true },
        { id: '2.5.29.32', critical: false, value: certificatePolicies() },
        { id: QUALIFIED_OIDS.qcStatements, critical: false, value: qcStatements() },
      ],
    },
    await generateRsaKey(),
  );
}

const seq = (...values: forge.asn1.Asn1[]) =>
  asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, values);
const oid = (dotted: string) =>
  asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(dotted).getBytes());

function certificatePolicies(): forge.asn1.Asn1 {
  const notice = forge.util.encodeUtf8(
    'Certificato di prova della sandbox di sviluppo: nessun valore legale.',
  );
  return seq(
    seq(oid(QUALIFIED_OIDS.qcpNaturalQscd)),
    seq(
      oid(QUALIFIED_OIDS.agIdCert),
      seq(
        seq(
          oid(QUALIFIED_OIDS.userNotice),
          seq(asn1.create(asn1.Class.UNIVERSAL, asn1.Type.UTF8, false, notice)),
        ),
      ),
    ),
  );
}

function qcStatements(): forge.asn1.Asn1 {
  return seq(
    seq(oid(QUALIFIED_OIDS.qcCompliance)),
    seq(oid(QUALIFIED_OIDS.qcSscd)),
    seq(oid(QUALIFIED_OIDS.qcType), seq(oid(QUALIFIED_OIDS.qcTypeEsign))),
  );
}

export function toPem(entry: KeyAndCertificate): string {
  return forge.pki.certificateToPem(entry.certificate).replace(/\r\n/g, '\n');
}

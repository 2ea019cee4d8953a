import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { marriedResident } from '../domain/certificate-subject.fixtures.js';
import { buildCertificateContent } from '../domain/certificate-text.js';
import { resolveStampDuty } from '../domain/stamp-duty.js';
import { renderCertificatePdf } from '../pdf/certificate-pdf.js';
import { pdfsigReport } from '../pdf/poppler.fixtures.js';
import { generateDevSealCertificate, signPdf } from './pades.js';

const ISSUED_AT = new Date('2025-03-10T09:15:00Z');

describe('PAdES seal', () => {
  let dev: ReturnType<typeof generateDevSealCertificate>;
  let pdf: Buffer;
  let signed: Buffer;

  beforeAll(async () => {
    dev = generateDevSealCertificate({
      commonName: "Comune di Spino d'Adda - sigillo di sviluppo",
      organization: "Comune di Spino d'Adda",
      locality: "Spino d'Adda",
      notBefore: new Date('2025-01-01T00:00:00Z'),
    });
    const content = buildCertificateContent({
      code: '3GDDFH6XWYAC0TQB',
      types: ['residence'],
      subject: marriedResident(),
      stampDuty: resolveStampDuty({ exemption: 'tax' }),
      issuer: { municipalityName: "Spino d'Adda", provinceName: 'Cremona' },
      issuedAt: ISSUED_AT,
    });
    pdf = await renderCertificatePdf(content, {
      publicUrl: 'https://servizi.example.it',
      sealToken: 'token',
    });
    signed = await signPdf(pdf, dev.p12, dev.passphrase, { signingTime: ISSUED_AT });
  });

  it('should generate a self-signed seal certificate for development', () => {
    const certificate = new X509Certificate(dev.certificatePem);
    expect(certificate.subject).toContain("CN=Comune di Spino d'Adda - sigillo di sviluppo");
    expect(certificate.issuer).toBe(certificate.subject);
    expect(new Date(certificate.validFrom).toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(dev.passphrase.length).toBeGreaterThanOrEqual(20);
  });

  it('should produce a signature pdfsig reports valid, PAdES baseline, over the whole document', () => {
    const report = pdfsigReport(signed);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Signing Hash Algorithm: SHA-256');
    expect(report).toContain('Total document signed');
    expect(report).toContain("Signer Certificate Common Name: Comune di Spino d'Adda - sigillo di sviluppo");
  });

  it('should break the signature when one signed byte changes', () => {
    const target = signed.indexOf('(Portale del cittadino)');
    expect(target).toBeGreaterThan(0);
    const tampered = Buffer.from(signed);
    tampered[target + 1] = 'p'.charCodeAt(0);
    const report = pdfsigReport(tampered);
    expect(report).not.toContain('Signature is Valid');
    expect(report).toContain('Signature Validation: Digest Mismatch.');
  });

  it('should give the same bytes when the same PDF is signed again with the same key and time', async () => {
    expect((await signPdf(pdf, dev.p12, dev.passphrase, { signingTime: ISSUED_AT })).equals(signed)).toBe(
      true,
    );
  });

  it('should refuse a wrong passphrase', async () => {
    await expect(signPdf(pdf, dev.p12, 'sbagliata', { signingTime: ISSUED_AT })).rejects.toThrow(
      /Invalid password/,
    );
  });

  it('should reserve for the signature the room its CMS needs, not 8 KiB of zeros in every certificate', () => {
    const contents = /\/Contents <([0-9a-f]+)>/.exec(signed.toString('latin1'));
    expect(contents).not.toBeNull();
    const reserved = contents![1].length / 2;
    const cms = contents![1].replace(/(00)+$/, '').length / 2;
    expect(cms).toBeGreaterThan(1000);
    expect(reserved).toBeGreaterThanOrEqual(cms);
    expect(reserved).toBeLessThan(cms + 64);
  });

  it('should fit every ECDSA signature, whose DER length varies from one signing to the next', async () => {
    const p12 = ecdsaP12('pw');
    for (let second = 0; second < 40; second += 1) {
      const signingTime = new Date(ISSUED_AT.getTime() + second * 1000);
      await expect(signPdf(pdf, p12, 'pw', { signingTime })).resolves.toBeInstanceOf(Buffer);
    }
  });

  it('should also sign with an ECDSA P-256 seal, as some providers issue', async () => {
    const p12 = ecdsaP12('pw');
    const report = pdfsigReport(await signPdf(pdf, p12, 'pw', { signingTime: ISSUED_AT }));
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Signer Certificate Common Name: Sigillo EC');
  });
});

/** forge cannot write EC keys into a PKCS#12, so the EC fixture comes from the openssl command line. */
function ecdsaP12(passphrase: string): Buffer {
  const directory = mkdtempSync(join(tmpdir(), 'ec-seal-'));
  const openssl = (args: string[]) => {
    const result = spawnSync('openssl', args, { cwd: directory });
    if (result.error || result.status !== 0) {
      throw new Error(`openssl ${args[0]} failed: ${result.error?.message ?? result.stderr.toString()}`);
    }
  };
  try {
    openssl([
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      'seal.key',
      '-out',
      'seal.crt',
      '-subj',
      '/CN=Sigillo EC/O=Comune/C=IT',
      '-days',
      '30',
    ]);
    openssl([
      'pkcs12',
      '-export',
      '-inkey',
      'seal.key',
      '-in',
      'seal.crt',
      '-out',
      'seal.p12',
      '-passout',
      `pass:${passphrase}`,
    ]);
    return readFileSync(join(directory, 'seal.p12'));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

import jsqr from 'jsqr';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { describe, expect, it, vi } from 'vitest';
import type { CertificateContent } from '../domain/certificate-content.js';
import { LUCA, marriedResident, singleResident } from '../domain/certificate-subject.fixtures.js';
import type { CertificateSubject } from '../domain/certificate-subject.js';
import { ART_40_WORDING, buildCertificateContent } from '../domain/certificate-text.js';
import type { CertificateTypeCode } from '../domain/certificate-types.js';
import { resolveStampDuty, type StampDutyInput } from '../domain/stamp-duty.js';
import { formatCertificateCode } from '../seal/certificate-code.js';
import { buildVerificationUrl } from '../seal/verification-url.js';
import { renderCertificatePdf } from './certificate-pdf.js';
import { firstPagePng, pdfText } from './poppler.fixtures.js';

const CODE = '7K3MQ9XD2HBTVR4E';
const PUBLIC_URL = 'https://servizi.comune.spinodadda.cr.it';
const TOKEN =
  'eyJhbGciOiJFUzI1NiIsImtpZCI6ImFiY2RlZmdoIn0.c2VhbGRpZ2VzdHNlYWxkaWdlc3RzZWFsZGlnZXN0MTI.c2lnbmF0dXJl';

function content(
  subject: CertificateSubject,
  types: CertificateTypeCode[],
  stampDuty: StampDutyInput = { marcaId: '01234567890123' },
): CertificateContent {
  return buildCertificateContent({
    code: CODE,
    types,
    subject,
    stampDuty: resolveStampDuty(stampDuty),
    issuer: { municipalityName: "Spino d'Adda", provinceName: 'Cremona' },
    issuedAt: new Date('2025-03-10T09:15:00Z'),
  });
}

describe('renderCertificatePdf', () => {
  it('should print name, code, art. 40 wording and bollo statement as extractable text, accents included', async () => {
    const certificate = content(marriedResident(), ['residence', 'household_relationships', 'citizenship']);
    const pdf = await renderCertificatePdf(certificate, { publicUrl: PUBLIC_URL, sealToken: TOKEN });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain("COMUNE DI SPINO D'ADDA");
    expect(text).toContain('CERTIFICATO CONTESTUALE');
    expect(text).toContain('ROSSI MARIO');
    expect(text).toContain('BIANCHI ANNA');
    expect(text).toContain("Rapporto con l'intestatario");
    expect(text).toContain(formatCertificateCode(CODE));
    expect(text).toContain(ART_40_WORDING);
    expect(text).toContain(certificate.stampDuty.statement);
    expect(text).toContain('€ 16,00');
    expect(text).toContain('Spazio per la marca da bollo');
    expect(text).toContain("Spino d'Adda, 10/03/2025");
    expect(text).toContain(`${PUBLIC_URL}/verifica`);
  });

  it('should print the exemption and its legal basis when the certificate is exempt', async () => {
    const certificate = content(singleResident(), ['existence'], { exemption: 'pension' });
    const text = pdfText(
      await renderCertificatePdf(certificate, { publicUrl: PUBLIC_URL, sealToken: TOKEN }),
    );
    expect(text).toContain('ai sensi di D.P.R. 642/1972, Tabella B, art. 9.');
    expect(text).toContain('VERDI GIULIA');
    expect(text).toContain('nata a Milano (MI) il 30/11/1995');
    expect(text).not.toContain('Spazio per la marca da bollo');
  });

  it('should give the same bytes for the same content and token, and different bytes for another token', async () => {
    const certificate = content(marriedResident(), ['residence']);
    const first = await renderCertificatePdf(certificate, { publicUrl: PUBLIC_URL, sealToken: TOKEN });
    const second = await renderCertificatePdf(structuredClone(certificate), {
      publicUrl: PUBLIC_URL,
      sealToken: TOKEN,
    });
    expect(second.equals(first)).toBe(true);
    const other = await renderCertificatePdf(certificate, { publicUrl: PUBLIC_URL, sealToken: `${TOKEN}x` });
    expect(other.equals(first)).toBe(false);
  });

  it('should print a QR code that a reader decodes to the verification address with the seal', async () => {
    const certificate = content(marriedResident(), ['residence', 'household_relationships']);
    const pdf = await renderCertificatePdf(certificate, { publicUrl: PUBLIC_URL, sealToken: TOKEN });
    const page = PNG.sync.read(firstPagePng(pdf));
    // jsqr is CommonJS with an ES default export: ESM sees `module.exports`, whose `default` is the decoder.
    const qr = jsqr.default(new Uint8ClampedArray(page.data), page.width, page.height);
    expect(qr?.data).toBe(buildVerificationUrl(PUBLIC_URL, CODE, TOKEN));
  });

  it('should draw the QR code as vector paths, with no image unless a logo is given', async () => {
    const certificate = content(marriedResident(), ['residence']);
    const plain = await renderCertificatePdf(certificate, { publicUrl: PUBLIC_URL, sealToken: TOKEN });
    expect(plain.includes('/Subtype /Image')).toBe(false);
    const logo = await QRCode.toBuffer('stemma', { type: 'png' });
    const withLogo = await renderCertificatePdf(certificate, {
      publicUrl: PUBLIC_URL,
      sealToken: TOKEN,
      logo,
    });
    expect(withLogo.includes('/Subtype /Image')).toBe(true);
    expect(pdfText(withLogo)).toContain("COMUNE DI SPINO D'ADDA");
  });

  it('should continue a long household on further pages and number them', async () => {
    const subject = marriedResident();
    const relatives = Array.from({ length: 45 }, (_, index) => ({
      person: { ...LUCA, givenName: `Figlio${index + 1}` },
      relationship: 'figlio',
      isHead: false,
      maritalStatus: { status: 'single' as const },
    }));
    subject.household = { members: [...subject.household!.members, ...relatives] };
    const pdf = await renderCertificatePdf(content(subject, ['household_relationships']), {
      publicUrl: PUBLIC_URL,
      sealToken: TOKEN,
    });
    const text = pdfText(pdf);
    expect(text).toContain('ROSSI FIGLIO45');
    expect(text).toMatch(/pagina 2 di [23]/);
    expect(text).toContain(ART_40_WORDING);
  });

  it('should print letters outside the common set and leave the next documents as they were', async () => {
    const options = { publicUrl: PUBLIC_URL, sealToken: TOKEN };
    const common = content(singleResident(), ['residence']);
    const before = await renderCertificatePdf(common, options);
    const rare = singleResident();
    rare.person = { ...rare.person, givenName: 'Łucja Zoë', familyName: 'Nuñez Øster' };
    const text = pdfText(await renderCertificatePdf(content(rare, ['residence']), options));
    expect(text).toContain('NUÑEZ ØSTER ŁUCJA ZOË');
    const after = await renderCertificatePdf(structuredClone(common), options);
    expect(after.equals(before)).toBe(true);
    expect(pdfText(after)).toContain('VERDI GIULIA');
  });

  it('should lay out a document the same whether its words were shaped for it or for an earlier one', async () => {
    vi.resetModules();
    const fresh = await import('./certificate-pdf.js');
    const certificate = content(singleResident(), ['residence', 'birth']);
    const options = { publicUrl: PUBLIC_URL, sealToken: TOKEN };
    const shapedNow = await fresh.renderCertificatePdf(certificate, options);
    const shapedBefore = await fresh.renderCertificatePdf(structuredClone(certificate), options);
    expect(shapedBefore.equals(shapedNow)).toBe(true);
    expect(pdfText(shapedBefore)).toContain('VERDI GIULIA');
  });
});

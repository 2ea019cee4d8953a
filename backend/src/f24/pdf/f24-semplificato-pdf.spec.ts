import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FONTS_DIR } from '../../common/pdf/titillium-fonts.js';
import { buildF24Semplificato, type F24LineInput } from '../domain/f24-semplificato.js';
import { renderF24SemplificatoPdf } from './f24-semplificato-pdf.js';

/** Runs a poppler-utils tool on the PDF; a missing tool fails the test with the install command, never skips it. */
function poppler(tool: string, args: string[], pdf: Buffer): string {
  const result = spawnSync(tool, args, { input: pdf });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(`${tool} is missing: install poppler-utils (apt-get install -y poppler-utils)`);
  }
  if (result.error) throw result.error;
  expect(result.status).toBe(0);
  return result.stdout.toString('utf8');
}

function pdfToText(pdf: Buffer, ...args: string[]): string {
  return poppler('pdftotext', ['-enc', 'UTF-8', ...args, '-', '-'], pdf);
}

const taxpayer = {
  fiscalCode: 'RSSMRA85T10A562S',
  familyName: 'ROSSI',
  givenName: 'MARIO',
  birthDate: '1985-12-10',
  sex: 'M' as const,
  birthPlace: "SPINO D'ADDA",
  birthProvince: 'CR',
};

const line = (taxCode: string, debit: number, extra: Partial<F24LineInput> = {}): F24LineInput => ({
  section: 'EL',
  taxCode,
  entityCode: 'I914',
  ravv: false,
  propertiesChanged: false,
  acconto: true,
  saldo: false,
  propertiesCount: 1,
  year: 2025,
  debit,
  ...extra,
});

describe('renderF24SemplificatoPdf', () => {
  it('should render one A4 page with both copies and extractable fields', async () => {
    const model = buildF24Semplificato({
      taxpayer,
      coObligor: { fiscalCode: 'MRTMTT25D09F205Z', idCode: '02' },
      operationId: 'IMU2025I914ACC0001',
      lines: [
        line('3912', 53400, { deduction: 10000, propertiesCount: 2 }),
        line('3918', 123456700, { ravv: true }),
      ],
    });
    const pdf = await renderF24SemplificatoPdf(model);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfToText(pdf);
    expect(text.split('\f').filter((page) => page.trim() !== '')).toHaveLength(1);
    const compact = text.replace(/\s+/g, '');
    for (const expected of [
      'F24 Semplificato',
      'MODELLO DI PAGAMENTO UNIFICATO',
      'CONTRIBUENTE',
      'ROSSI',
      'MARIO',
      "SPINO D'ADDA",
      'MOTIVO DEL PAGAMENTO',
      'cod. tributo',
      'codice ente',
      'importi a debito versati',
      'importi a credito compensati',
      'SALDO FINALE',
      '3912',
      '3918',
      'I914',
      '534,00',
      '100,00',
      '1.234.567,00',
      '1.235.101,00',
      'ESEMPLARE PER LA BANCA, POSTE O AGENTE DELLA',
      'ESEMPLARE PER IL SOGGETTO CHE EFFETTUA IL VERSAMENTO',
    ]) {
      expect(text).toContain(expected);
    }
    // Characters of boxed fields come out one per box.
    expect(compact).toContain('RSSMRA85T10A562S');
    expect(compact).toContain('MRTMTT25D09F205Z');
    expect(compact).toContain('10121985');
    expect(compact).toContain('IMU2025I914ACC0001');
    // Both copies carry the same data.
    expect(text.match(/1\.235\.101,00/g)).toHaveLength(2);
  });

  it('should put the columns of a line in the order of the printed form', async () => {
    const model = buildF24Semplificato({
      taxpayer,
      lines: [line('3925', 259400, { saldo: true, acconto: false })],
    });
    const layout = pdfToText(await renderF24SemplificatoPdf(model), '-layout');
    expect(layout).toMatch(/EL\s+3925\s+I914\s+X\s+001\s+2025\s+2\.594,00/);
  });

  it('should print a second form with its own saldo finale after 10 lines', async () => {
    const lines = Array.from({ length: 12 }, (_, i) => line(i < 11 ? '3918' : '3914', 100 * (i + 1)));
    const model = buildF24Semplificato({ taxpayer, lines });
    const text = pdfToText(await renderF24SemplificatoPdf(model));
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('Modello 1 di 2');
    expect(pages[0]).toContain('55,00');
    expect(pages[1]).toContain('Modello 2 di 2');
    expect(pages[1]).toContain('3914');
    expect(pages[1]).toContain('23,00');
    expect(pages[1]).not.toContain('10,00');
  });

  it('should give the same bytes for the same model and creation date, so a retried bulk chunk stores one file', async () => {
    const model = buildF24Semplificato({ taxpayer, lines: [line('3918', 53400)] });
    const creationDate = new Date('2025-05-20T08:00:00Z');
    const first = await renderF24SemplificatoPdf(model, { creationDate });
    const second = await renderF24SemplificatoPdf(model, { creationDate });
    expect(second.equals(first)).toBe(true);
    const later = await renderF24SemplificatoPdf(model, { creationDate: new Date('2025-05-21T08:00:00Z') });
    expect(later.equals(first)).toBe(false);
  });

  it('should embed no font but Titillium Web, even though documents share the parsed fonts', async () => {
    const model = buildF24Semplificato({ taxpayer, lines: [line('3918', 100)] });
    await renderF24SemplificatoPdf(model);
    const fonts = poppler('pdffonts', ['-'], await renderF24SemplificatoPdf(model));
    expect(fonts).not.toMatch(/Helvetica/);
    expect(pdfToText(await renderF24SemplificatoPdf(model))).toContain('ROSSI');
  });

  it("should print each form's own names when forms with rarer letters alternate with common ones", async () => {
    const names = ['ROSSI', 'ŁUKASZEWSKA', 'BIANCHI', 'ØSTERGÅRD', 'ROSSI'];
    const texts = await Promise.all(
      names.map(async (familyName) => {
        const model = buildF24Semplificato({
          taxpayer: { ...taxpayer, familyName },
          lines: [line('3918', 100)],
        });
        return pdfToText(await renderF24SemplificatoPdf(model));
      }),
    );
    for (const [index, familyName] of names.entries()) {
      expect(texts[index]).toContain(familyName);
      for (const other of names.filter((name) => name !== familyName && !familyName.includes(name))) {
        expect(texts[index]).not.toContain(other);
      }
    }
  });

  it('should embed Titillium Web from the given font folder', async () => {
    const fontPath = FONTS_DIR;
    const model = buildF24Semplificato({ taxpayer, lines: [line('3918', 100)] });
    const pdf = await renderF24SemplificatoPdf(model, { fontPath });
    const fonts = poppler('pdffonts', ['-'], pdf);
    expect(fonts).toMatch(/TitilliumWeb-Regular/);
    expect(fonts).toMatch(/TitilliumWeb-(SemiBold|Bold)/);
  });

  it('should refuse a font folder without Titillium Web', async () => {
    const model = buildF24Semplificato({ taxpayer, lines: [line('3918', 100)] });
    await expect(renderF24SemplificatoPdf(model, { fontPath: '/nonexistent' })).rejects.toThrow(
      /Titillium Web/,
    );
  });
});

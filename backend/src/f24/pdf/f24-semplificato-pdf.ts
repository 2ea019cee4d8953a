import PDFDocument from 'pdfkit';
import { useSharedFonts } from '../../common/pdf/shared-fonts.js';
import { sharedTitilliumFonts, type TitilliumFonts } from '../../common/pdf/titillium-fonts.js';
import { formatEuro } from '../domain/euro-amount.js';
import type { F24Line, F24Page, F24SemplificatoModel } from '../domain/f24-semplificato.js';
import { dateParts } from '../domain/iso-date.js';

export interface F24PdfOptions {
  /** Folder holding TitilliumWeb-{Regular,SemiBold,Bold}.ttf; default: the fonts shipped with the backend. */
  fontPath?: string;
  /**
   * Stamped as the document's creation date; the PDF bytes then depend only on the model, so a form
   * generated twice (a bulk chunk retried after a crash) is stored once. Default: now.
   */
  creationDate?: Date;
}

type FontName = keyof TitilliumFonts;

const PAGE = { width: 595.28, height: 841.89 };
const COPY_HEIGHT = PAGE.height / 2;
const LEFT = 22;
const WIDTH = PAGE.width - 2 * LEFT;
const INK = '#000000';
const BAND = '#3a3a3a';
const SHADE = '#ececec';
const LINE_ROWS = 10;
const ROW_HEIGHT = 14.5;

const COPY_LABELS = [
  'ESEMPLARE PER LA BANCA, POSTE O AGENTE DELLA RISCOSSIONE',
  'ESEMPLARE PER IL SOGGETTO CHE EFFETTUA IL VERSAMENTO',
];

interface Column {
  label: string;
  width: number;
  align: 'center' | 'right';
  value: (line: F24Line) => string;
}

const tick = (on: boolean) => (on ? 'X' : '');
const amount = (cents: number) => (cents > 0 ? formatEuro(cents) : '');

const COLUMNS: readonly Column[] = [
  { label: 'sezione', width: 34, align: 'center', value: (l) => l.section },
  { label: 'cod. tributo', width: 40, align: 'center', value: (l) => l.taxCode },
  { label: 'codice ente', width: 40, align: 'center', value: (l) => l.entityCode },
  { label: 'ravv.', width: 24, align: 'center', value: (l) => tick(l.ravv) },
  { label: 'immob. variati', width: 30, align: 'center', value: (l) => tick(l.propertiesChanged) },
  { label: 'acc.', width: 22, align: 'center', value: (l) => tick(l.acconto) },
  { label: 'saldo', width: 24, align: 'center', value: (l) => tick(l.saldo) },
  {
    label: 'n. immob.',
    width: 32,
    align: 'center',
    value: (l) => (l.propertiesCount ? String(l.propertiesCount).padStart(3, '0') : ''),
  },
  { label: 'rateazione/ mese rif.', width: 44, align: 'center', value: (l) => l.installment ?? '' },
  { label: 'anno di riferimento', width: 38, align: 'center', value: (l) => String(l.year) },
  { label: 'detrazione', width: 61, align: 'right', value: (l) => amount(l.deduction) },
  { label: 'importi a debito versati', width: 81, align: 'right', value: (l) => amount(l.debit) },
  { label: 'importi a credito compensati', width: 81, align: 'right', value: (l) => amount(l.credit) },
];

/** Draws one copy of the form; `top` is the y of the copy on the page. */
class CopyPainter {
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly top: number,
  ) {}

  private text(
    value: string,
    x: number,
    y: number,
    font: FontName,
    size: number,
    options: PDFKit.Mixins.TextOptions = {},
  ): void {
    this.doc
      .font(font)
      .fontSize(size)
      .fillColor(INK)
      .text(value, x, this.top + y, { lineBreak: false, ...options });
  }

  /** A caption above a field, in small type as on the printed form. */
  label(value: string, x: number, y: number, width?: number): void {
    this.text(value, x, y, 'regular', 5.6, width ? { width, lineBreak: true, lineGap: -1.2 } : {});
  }

  /** White caption on a dark band: the section titles of the form. */
  band(title: string, x: number, y: number, width: number, height = 10): void {
    this.doc.rect(x, this.top + y, width, height).fill(BAND);
    this.doc
      .font('bold')
      .fontSize(7)
      .fillColor('#ffffff')
      .text(title, x + 4, this.top + y + 0.6, { lineBreak: false });
    this.doc.fillColor(INK);
  }

  box(x: number, y: number, width: number, height: number, shade = false): void {
    if (shade) this.doc.rect(x, this.top + y, width, height).fillAndStroke(SHADE, INK);
    else this.doc.rect(x, this.top + y, width, height).stroke();
    this.doc.fillColor(INK);
  }

  /** A row of one-character boxes (codice fiscale, dates) with `value` spread one character per box. */
  cells(value: string, x: number, y: number, count: number, cell = 12, height = 13): number {
    for (let i = 0; i < count; i++) {
      this.box(x + i * cell, y, cell, height);
      const char = value[i];
      if (char) this.text(char, x + i * cell, y + 2.2, 'semibold', 8.5, { width: cell, align: 'center' });
    }
    return x + count * cell;
  }

  /** A labelled field box with its value. */
  field(caption: string, value: string, x: number, y: number, width: number, height = 13): void {
    this.label(caption, x, y - 8);
    this.box(x, y, width, height);
    if (value) this.text(value, x + 3, y + 2.2, 'semibold', 8.5, { width: width - 6, ellipsis: true });
  }

  value(valueText: string, x: number, y: number, width: number, align: 'center' | 'right' | 'left'): void {
    this.text(valueText, align === 'right' ? x : x + 1, y, 'semibold', 8.5, {
      width: align === 'right' ? width - 4 : width - 2,
      align,
    });
  }

  heading(value: string, x: number, y: number, size: number): void {
    this.text(value, x, y, 'bold', size);
  }
}

function drawHeader(p: CopyPainter, copyLabel: string, page: F24Page, pageCount: number): void {
  p.label('MODELLO DI PAGAMENTO UNIFICATO', LEFT, 12);
  p.heading('F24 Semplificato', LEFT, 19, 16);
  p.label('AGENZIA DELLE ENTRATE', LEFT, 42);
  p.label('DELEGA IRREVOCABILE A:', 200, 16);
  p.box(262, 14, 150, 10);
  p.label('AGENZIA', 200, 30);
  p.box(226, 28, 136, 10);
  p.label('PROV.', 368, 30);
  p.box(386, 28, 26, 10);
  p.label("PER L'ACCREDITO ALLA TESORERIA COMPETENTE", 200, 42);
  p.label(copyLabel, 420, 14, WIDTH + LEFT - 420);
  if (pageCount > 1) p.label(`Modello ${page.number} di ${pageCount}`, 420, 34);
}

function drawContributor(p: CopyPainter, model: F24SemplificatoModel): void {
  const { taxpayer, coObligor } = model;
  const top = 54;
  p.band('CONTRIBUENTE', LEFT, top, WIDTH);
  p.label('CODICE FISCALE', LEFT + 4, top + 15);
  p.cells(taxpayer.fiscalCode, LEFT + 60, top + 13, 16);

  const row2 = top + 38;
  p.label('DATI ANAGRAFICI', LEFT + 4, row2 + 3);
  p.field('cognome, denominazione o ragione sociale', taxpayer.familyName, LEFT + 60, row2, 290);
  p.field('nome', taxpayer.givenName ?? '', LEFT + 358, row2, WIDTH - 362);

  const row3 = row2 + 24;
  const birth = taxpayer.birthDate ? dateParts(taxpayer.birthDate) : undefined;
  const birthDigits = birth
    ? `${String(birth.day).padStart(2, '0')}${String(birth.month).padStart(2, '0')}${birth.year}`
    : '';
  p.label('data di nascita (giorno mese anno)', LEFT + 60, row3 - 8);
  p.cells(birthDigits, LEFT + 60, row3, 8, 11);
  p.label('sesso (M o F)', LEFT + 158, row3 - 8);
  p.cells(taxpayer.sex ?? '', LEFT + 162, row3, 1, 12);
  p.field('comune (o Stato estero) di nascita', taxpayer.birthPlace ?? '', LEFT + 200, row3, 300);
  p.label('prov.', LEFT + 510, row3 - 8);
  p.cells(taxpayer.birthProvince ?? '', LEFT + 510, row3, 2, 12);

  const row4 = row3 + 24;
  p.label(
    'CODICE FISCALE del coobbligato, erede, genitore, tutore o curatore fallimentare',
    LEFT + 4,
    row4 - 8,
  );
  p.cells(coObligor?.fiscalCode ?? '', LEFT + 60, row4, 16);
  p.label('codice identificativo', LEFT + 270, row4 + 3);
  p.cells(coObligor?.idCode ?? '', LEFT + 326, row4, 2, 12);
  p.box(LEFT, top + 10, WIDTH, row4 + 17 - (top + 10));
}

function drawMotive(p: CopyPainter, model: F24SemplificatoModel, page: F24Page): number {
  const top = 164;
  p.band('MOTIVO DEL PAGAMENTO', LEFT, top, WIDTH);
  const headerTop = top + 10;
  const headerHeight = 18;
  let x = LEFT;
  for (const column of COLUMNS) {
    p.box(x, headerTop, column.width, headerHeight, true);
    p.label(column.label, x + 2, headerTop + 2.5, column.width - 4);
    x += column.width;
  }
  for (let row = 0; row < LINE_ROWS; row++) {
    const y = headerTop + headerHeight + row * ROW_HEIGHT;
    const line = page.lines[row];
    x = LEFT;
    for (const column of COLUMNS) {
      p.box(x, y, column.width, ROW_HEIGHT);
      if (line) p.value(column.value(line), x, y + 3, column.width, column.align);
      x += column.width;
    }
  }
  const totalsTop = headerTop + headerHeight + LINE_ROWS * ROW_HEIGHT + 5;
  p.label('identificativo operazione', LEFT, totalsTop + 4);
  p.cells(model.operationId ?? '', LEFT + 66, totalsTop, 18, 11);
  const debitX = LEFT + WIDTH - 162;
  p.heading('SALDO FINALE', debitX - 108, totalsTop + 2.5, 8);
  p.label('EURO', debitX - 30, totalsTop + 4);
  p.box(debitX - 12, totalsTop, 12, 13);
  p.value('+', debitX - 12, totalsTop + 2, 12, 'center');
  p.box(debitX, totalsTop, 162, 13, true);
  p.value(formatEuro(page.balanceCents), debitX, totalsTop + 2, 162, 'right');
  return totalsTop + 13;
}

function drawFooter(p: CopyPainter, top: number): void {
  p.band(
    'ESTREMI DEL VERSAMENTO (DA COMPILARE A CURA DI BANCA/POSTE/AGENTE DELLA RISCOSSIONE)',
    LEFT,
    top,
    WIDTH,
  );
  const y = top + 20;
  p.label('DATA', LEFT + 4, y + 3);
  p.cells('', LEFT + 26, y, 8, 10);
  p.label('CODICE BANCA/POSTE/AGENTE DELLA RISCOSSIONE', LEFT + 114, y - 8);
  p.box(LEFT + 114, y, 146, 13);
  p.label('FIRMA', LEFT + 268, y - 8);
  p.box(LEFT + 268, y, 84, 13);
  p.label('AUTORIZZO ADDEBITO SU CONTO CORRENTE CODICE IBAN', LEFT + 362, y - 8);
  p.cells('', LEFT + 362, y, 27, 7);
}

/**
 * Renders an F24 semplificato on A4: each form on one page, in the two copies of the printed model (for the
 * bank, post office or collection agent, and for the taxpayer), one above the other with a cut line. Ten
 * lines per form; a model with more lines has more pages, each with its own saldo finale.
 */
export async function renderF24SemplificatoPdf(
  model: F24SemplificatoModel,
  options: F24PdfOptions = {},
): Promise<Buffer> {
  const fonts = sharedTitilliumFonts(options.fontPath);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    lang: 'it-IT',
    displayTitle: true,
    info: {
      Title: `F24 semplificato - ${model.taxpayer.fiscalCode}`,
      Subject: 'Modello di pagamento unificato F24 semplificato',
      Creator: 'Portale del cittadino',
      ...(options.creationDate ? { CreationDate: options.creationDate } : {}),
    },
    // No default Helvetica: it would be parsed for every document and never used.
    font: '',
  });
  // Only the values (semibold) differ between forms; the labels and headings are the form's own.
  useSharedFonts(doc, {
    regular: { font: fonts.regular, variableText: false },
    semibold: { font: fonts.semibold, variableText: true },
    bold: { font: fonts.bold, variableText: false },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  for (const page of model.pages) {
    doc.addPage({ size: 'A4', margin: 0 });
    doc.lineWidth(0.5).strokeColor(INK);
    COPY_LABELS.forEach((copyLabel, copy) => {
      const painter = new CopyPainter(doc, copy * COPY_HEIGHT);
      drawHeader(painter, copyLabel, page, model.pages.length);
      drawContributor(painter, model);
      const motiveBottom = drawMotive(painter, model, page);
      drawFooter(painter, motiveBottom + 8);
    });
    doc
      .save()
      .dash(4, { space: 3 })
      .moveTo(10, COPY_HEIGHT)
      .lineTo(PAGE.width - 10, COPY_HEIGHT)
      .stroke()
      .undash()
      .restore();
  }
  doc.end();
  return finished;
}

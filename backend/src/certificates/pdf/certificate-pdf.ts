import PDFDocument from 'pdfkit';
import { useSharedFonts } from '../../common/pdf/shared-fonts.js';
import { sharedTitilliumFonts } from '../../common/pdf/titillium-fonts.js';
import type {
  CertificateContent,
  CertificateSection,
  CertificateTable,
} from '../domain/certificate-content.js';
import { formatCertificateCode } from '../seal/certificate-code.js';
import { buildVerificationUrl, verificationPageUrl } from '../seal/verification-url.js';
import { drawQrCode } from './qr-vector.js';

export interface RenderCertificatePdfOptions {
  /** Public base URL of the portal, e.g. `https://servizi.comune.spinodadda.cr.it`. */
  publicUrl: string;
  /** Seal token stored with the certificate; goes into the QR code. */
  sealToken: string;
  /** Comune's coat of arms (PNG or JPEG path or bytes); a text-only header when absent. */
  logo?: string | Buffer;
}

const MARGIN = { top: 48, bottom: 56, left: 56, right: 56 };
const QR_SIZE = 88;
const MARCA_BOX = { width: 74, height: 88 };
const REGULAR = 'Titillium';
const BOLD = 'Titillium-Bold';

const GREY = '#5c6f82';

/**
 * Lays a certificate out on A4 with pdfkit. Deterministic: the same content, token and logo give the same
 * bytes (dates come from the content, pdfkit's file ID is a hash of them), so an archived certificate can
 * be regenerated instead of stored.
 */
export async function renderCertificatePdf(
  content: CertificateContent,
  options: RenderCertificatePdfOptions,
): Promise<Buffer> {
  const issuedAt = new Date(content.issuedAt);
  const doc = new PDFDocument({
    size: 'A4',
    // PAdES signatures (SubFilter ETSI.CAdES.detached) belong to PDF 1.7 and later.
    pdfVersion: '1.7',
    margins: MARGIN,
    // No default Helvetica: it would be parsed for every document and never used.
    font: '',
    bufferPages: true,
    lang: 'it-IT',
    displayTitle: true,
    info: {
      Title: content.subtitle ? `${content.title} - ${content.subtitle}` : content.title,
      Author: `Comune di ${content.issuer.municipalityName}`,
      Subject: `Certificato n. ${formatCertificateCode(content.code)}`,
      Creator: 'Portale del cittadino',
      CreationDate: issuedAt,
      ModDate: issuedAt,
    },
  });
  const fonts = sharedTitilliumFonts();
  // In the order the header first uses them, so the fonts keep their resource names (F1 bold, F2 regular).
  useSharedFonts(doc, {
    [BOLD]: { font: fonts.bold, variableText: true },
    [REGULAR]: { font: fonts.regular, variableText: true },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  drawHeader(doc, content, options.logo);
  drawBody(doc, content);
  drawClosing(doc, content);
  drawAuthenticity(doc, content, options);
  drawPageFooters(doc, content);
  doc.end();
  return finished;
}

function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - MARGIN.left - MARGIN.right;
}

function bottomLimit(doc: PDFKit.PDFDocument): number {
  return doc.page.height - MARGIN.bottom;
}

function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > bottomLimit(doc)) doc.addPage();
}

function drawHeader(
  doc: PDFKit.PDFDocument,
  content: CertificateContent,
  logo: string | Buffer | undefined,
): void {
  const top = MARGIN.top;
  let textLeft = MARGIN.left;
  if (logo) {
    doc.image(logo, MARGIN.left, top, { fit: [52, 52], align: 'center', valign: 'center' });
    textLeft += 64;
  }
  const textWidth = doc.page.width - MARGIN.right - textLeft;
  doc
    .font(BOLD)
    .fontSize(15)
    .fillColor('#000000')
    .text(content.issuer.heading, textLeft, top + 2, { width: textWidth });
  doc.font(REGULAR).fontSize(10.5).fillColor(GREY).text(content.issuer.subheading, { width: textWidth });
  doc.text(content.issuer.office, { width: textWidth });
  const ruleY = Math.max(doc.y, logo ? top + 52 : 0) + 8;
  doc
    .moveTo(MARGIN.left, ruleY)
    .lineTo(doc.page.width - MARGIN.right, ruleY)
    .lineWidth(0.6)
    .strokeColor(GREY)
    .stroke();
  doc.x = MARGIN.left;
  doc.y = ruleY + 16;
}

/** Where the requester sticks and cancels the marca da bollo on the printed copy. */
function drawMarcaBox(
  doc: PDFKit.PDFDocument,
  marcaId: string,
  x: number,
  y: number,
  title = 'Spazio per la marca da bollo',
): void {
  doc.save().dash(3, { space: 2 }).lineWidth(0.6).strokeColor(GREY);
  doc.rect(x, y, MARCA_BOX.width, MARCA_BOX.height).stroke();
  doc.restore();
  doc.font(REGULAR).fontSize(7.5).fillColor(GREY);
  doc.text(title, x + 4, y + 20, { width: MARCA_BOX.width - 8, align: 'center' });
  doc.text(`n. ${marcaId}`, x + 2, y + MARCA_BOX.height - 14, {
    width: MARCA_BOX.width - 4,
    align: 'center',
  });
}

function centered(doc: PDFKit.PDFDocument, text: string, font: string, size: number, gapAfter = 0): void {
  doc
    .font(font)
    .fontSize(size)
    .fillColor('#000000')
    .text(text, MARGIN.left, doc.y, { width: contentWidth(doc), align: 'center' });
  doc.moveDown(gapAfter);
}

function drawBody(doc: PDFKit.PDFDocument, content: CertificateContent): void {
  centered(doc, content.title, BOLD, 16, content.subtitle ? 0 : 0.8);
  if (content.subtitle) centered(doc, `di ${content.subtitle}`, REGULAR, 11.5, 0.8);
  centered(doc, content.officer, BOLD, 12);
  centered(doc, content.preamble, REGULAR, 11, 0.6);
  centered(doc, content.subject.name, BOLD, 13.5);
  for (const detail of content.subject.details) centered(doc, detail, REGULAR, 11);
  doc.moveDown(0.8);
  for (const section of content.sections) drawSection(doc, section);
  doc
    .font(REGULAR)
    .fontSize(10)
    .fillColor(GREY)
    .text(content.dataAsOf, MARGIN.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(1);
}

function drawSection(doc: PDFKit.PDFDocument, section: CertificateSection): void {
  doc.font(REGULAR).fontSize(11.5).fillColor('#000000');
  for (const paragraph of section.paragraphs) {
    doc.text(paragraph, MARGIN.left, doc.y, { width: contentWidth(doc), align: 'justify', lineGap: 2 });
    doc.moveDown(0.5);
  }
  if (section.table) drawTable(doc, section.table);
  doc.font(REGULAR).fontSize(10.5).fillColor('#000000');
  for (const note of section.notes ?? []) {
    doc.text(note, MARGIN.left, doc.y, { width: contentWidth(doc), lineGap: 1 });
    doc.moveDown(0.3);
  }
  doc.moveDown(0.4);
}

function drawTable(doc: PDFKit.PDFDocument, table: CertificateTable): void {
  const width = contentWidth(doc);
  // The name column gets the most room; the others share the rest.
  const weights = table.columns.map((_, index) => (index === 0 ? 1.3 : 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const widths = weights.map((weight) => (width * weight) / total);
  const padding = 4;
  const drawRow = (cells: string[], font: string, size: number, shade: boolean) => {
    doc.font(font).fontSize(size);
    const height =
      Math.max(
        ...cells.map((cell, index) => doc.heightOfString(cell, { width: widths[index] - 2 * padding })),
      ) +
      2 * padding;
    ensureSpace(doc, height);
    const top = doc.y;
    if (shade) doc.rect(MARGIN.left, top, width, height).fill('#eef1f4');
    let x = MARGIN.left;
    cells.forEach((cell, index) => {
      doc.fillColor('#000000').text(cell, x + padding, top + padding, { width: widths[index] - 2 * padding });
      x += widths[index];
    });
    doc
      .moveTo(MARGIN.left, top + height)
      .lineTo(MARGIN.left + width, top + height)
      .lineWidth(0.4)
      .strokeColor('#c5ced6')
      .stroke();
    doc.x = MARGIN.left;
    doc.y = top + height;
  };
  drawRow(table.columns, BOLD, 9.5, true);
  for (const row of table.rows) drawRow(row, REGULAR, 10, false);
  doc.moveDown(0.6);
}

function drawClosing(doc: PDFKit.PDFDocument, content: CertificateContent): void {
  ensureSpace(doc, 60);
  const width = contentWidth(doc);
  const top = doc.y;
  doc
    .font(REGULAR)
    .fontSize(11)
    .fillColor('#000000')
    .text(content.placeAndDate, MARGIN.left, top, { width: width / 2 });
  doc
    .font(BOLD)
    .fontSize(11)
    .text(content.signature, MARGIN.left + width / 2, top, { width: width / 2, align: 'center' });
  doc.x = MARGIN.left;
  doc.moveDown(2);
}

function drawAuthenticity(
  doc: PDFKit.PDFDocument,
  content: CertificateContent,
  options: RenderCertificatePdfOptions,
): void {
  const width = contentWidth(doc);
  const digital = content.stampDuty.digitalStamp;
  const marcaId =
    content.stampDuty.kind === 'paid' ? (digital?.iubd ?? content.stampDuty.marcaId ?? '') : undefined;
  doc.font(REGULAR).fontSize(10);
  const statementsHeight =
    doc.heightOfString(content.stampDuty.statement, { width }) +
    doc.heightOfString(content.legalNotice, { width }) +
    24;
  const rowHeight = Math.max(QR_SIZE, marcaId === undefined ? 0 : MARCA_BOX.height);
  ensureSpace(doc, statementsHeight + rowHeight + 8);
  const ruleY = doc.y;
  doc
    .moveTo(MARGIN.left, ruleY)
    .lineTo(MARGIN.left + width, ruleY)
    .lineWidth(0.6)
    .strokeColor(GREY)
    .stroke();
  doc.y = ruleY + 8;
  doc
    .font(REGULAR)
    .fontSize(10)
    .fillColor('#000000')
    .text(content.stampDuty.statement, MARGIN.left, doc.y, { width });
  doc.moveDown(0.4);
  doc.font(BOLD).fontSize(10).text(content.legalNotice, MARGIN.left, doc.y, { width });
  doc.moveDown(0.8);

  const top = doc.y;
  // The page margin and the gaps around keep the QR's quiet zone (4 modules, under 6 pt here) blank.
  drawQrCode(
    doc,
    buildVerificationUrl(options.publicUrl, content.code, options.sealToken),
    MARGIN.left,
    top,
    QR_SIZE,
  );
  if (marcaId !== undefined) {
    const title = digital
      ? `Marca da bollo digitale pagoPA del ${digital.paidOn.slice(8, 10)}/${digital.paidOn.slice(5, 7)}/${digital.paidOn.slice(0, 4)}`
      : undefined;
    drawMarcaBox(doc, marcaId, MARGIN.left + width - MARCA_BOX.width, top, title);
  }
  const textLeft = MARGIN.left + QR_SIZE + 14;
  const textWidth = width - (textLeft - MARGIN.left) - (marcaId === undefined ? 0 : MARCA_BOX.width + 12);
  doc
    .font(REGULAR)
    .fontSize(9.5)
    .fillColor(GREY)
    .text('Codice del certificato', textLeft, top + 10, { width: textWidth });
  doc
    .font(BOLD)
    .fontSize(16)
    .fillColor('#000000')
    .text(formatCertificateCode(content.code), textLeft, doc.y, { width: textWidth, characterSpacing: 1 });
  doc
    .font(REGULAR)
    .fontSize(9.5)
    .fillColor(GREY)
    .text(
      "Per verificarne l'autenticità e il contenuto inquadrare il codice QR oppure inserire il codice nella pagina",
      textLeft,
      doc.y + 4,
      { width: textWidth },
    );
  // On a line of its own, so the address is never broken across lines.
  doc.font(BOLD).text(verificationPageUrl(options.publicUrl), { width: textWidth });
  doc
    .font(REGULAR)
    .text(`Certificato sigillato elettronicamente dal Comune di ${content.issuer.municipalityName}.`, {
      width: textWidth,
    });
  doc.x = MARGIN.left;
  doc.y = Math.max(doc.y, top + rowHeight);
}

function drawPageFooters(doc: PDFKit.PDFDocument, content: CertificateContent): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    // Writing inside the bottom margin would otherwise make pdfkit open a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(REGULAR)
      .fontSize(8)
      .fillColor(GREY)
      .text(
        `Certificato n. ${formatCertificateCode(content.code)} - pagina ${index - start + 1} di ${count}`,
        MARGIN.left,
        doc.page.height - 36,
        { width: contentWidth(doc), align: 'center', lineBreak: false },
      );
    doc.page.margins.bottom = bottom;
  }
}

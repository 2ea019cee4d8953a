import bwipjs from 'bwip-js';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { titilliumFonts } from '../../common/pdf/titillium-fonts.js';
import { formatEuroAmount } from '../domain/amount.js';
import { formatNoticeNumber } from '../domain/notice-number.js';
import { pagoPaQrText, posteDataMatrix } from '../domain/poste-data-matrix.js';

export interface NoticeDocument {
  creditorName: string;
  creditorFiscalCode: string;
  payerName: string;
  payerFiscalCode: string;
  purpose: string;
  noticeNumber: string;
  amount: string;
  /** Due date as printed (dd/mm/yyyy). */
  dueDate: string;
  /** Postal account of the comune: the Poste section and its data matrix are printed only with one. */
  postalAccount: string | null;
  checkoutUrl: string | null;
}

const MARGIN = 40;
const WIDTH = 595.28 - 2 * MARGIN;

function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const unit = size / modules.size;
  doc.save();
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) doc.rect(x + col * unit, y + row * unit, unit * 1.02, unit * 1.02);
    }
  }
  doc.fill('#000000').restore();
}

function label(doc: PDFKit.PDFDocument, text: string, x: number, y: number, width = 240): void {
  doc.font('semibold').fontSize(7.5).fillColor('#5c6f82').text(text.toUpperCase(), x, y, { width });
}

function value(doc: PDFKit.PDFDocument, text: string, x: number, y: number, width = 240, size = 10): void {
  doc.font('regular').fontSize(size).fillColor('#000000').text(text, x, y, { width });
}

function header(doc: PDFKit.PDFDocument, notice: NoticeDocument): void {
  doc.font('bold').fontSize(18).fillColor('#0066cc').text('AVVISO DI PAGAMENTO', MARGIN, MARGIN);
  doc
    .font('semibold')
    .fontSize(11)
    .fillColor('#000000')
    .text(notice.purpose, MARGIN, MARGIN + 26, { width: 330 });
  doc
    .font('bold')
    .fontSize(9)
    .fillColor('#0066cc')
    .text('pagoPA', MARGIN + WIDTH - 80, MARGIN + 4, { width: 80, align: 'right' });
  const top = MARGIN + 70;
  label(doc, 'Ente creditore', MARGIN, top);
  value(doc, notice.creditorName, MARGIN, top + 11);
  value(doc, `Codice fiscale ${notice.creditorFiscalCode}`, MARGIN, top + 25, 240, 9);
  label(doc, 'Destinatario avviso', MARGIN + 270, top);
  value(doc, notice.payerName, MARGIN + 270, top + 11);
  value(doc, `Codice fiscale ${notice.payerFiscalCode}`, MARGIN + 270, top + 25, 240, 9);
}

function howToPay(doc: PDFKit.PDFDocument, notice: NoticeDocument): void {
  const top = MARGIN + 125;
  doc
    .moveTo(MARGIN, top - 8)
    .lineTo(MARGIN + WIDTH, top - 8)
    .strokeColor('#c5c7c9')
    .stroke();
  label(doc, 'Quanto e quando pagare?', MARGIN, top);
  doc
    .font('bold')
    .fontSize(16)
    .fillColor('#000000')
    .text(`${formatEuroAmount(notice.amount)} Euro`, MARGIN, top + 12);
  value(doc, `entro il ${notice.dueDate}`, MARGIN, top + 34);
  value(
    doc,
    "L'importo è aggiornato automaticamente dal sistema e potrebbe subire variazioni per eventuali sgravi, note di credito, indennità di mora, sanzioni o interessi.",
    MARGIN,
    top + 50,
    240,
    8,
  );
  label(doc, 'Dove pagare?', MARGIN + 270, top);
  value(
    doc,
    'PAGA ONLINE sul portale del comune ("Paga online"), con le app di Poste Italiane, della tua banca, con App IO o sul sito checkout.pagopa.it: con carte, conto corrente o altri metodi.',
    MARGIN + 270,
    top + 12,
    WIDTH - 270,
    9,
  );
  value(
    doc,
    "PAGA SUL TERRITORIO in banca, negli uffici postali, in ricevitoria, dal tabaccaio, al bancomat o al supermercato, mostrando questo avviso: l'operatore legge il codice QR o il codice avviso.",
    MARGIN + 270,
    doc.y + 4,
    WIDTH - 270,
    9,
  );
  if (notice.checkoutUrl)
    value(doc, `Paga online: ${notice.checkoutUrl}`, MARGIN + 270, doc.y + 4, WIDTH - 270, 7.5);
}

function banksSection(doc: PDFKit.PDFDocument, notice: NoticeDocument, top: number): void {
  doc.rect(MARGIN, top, WIDTH, 150).strokeColor('#0066cc').stroke();
  doc
    .font('bold')
    .fontSize(10)
    .fillColor('#0066cc')
    .text('BANCHE E ALTRI CANALI', MARGIN + 10, top + 8);
  drawQr(
    doc,
    pagoPaQrText(notice.noticeNumber, notice.creditorFiscalCode, notice.amount),
    MARGIN + 10,
    top + 26,
    110,
  );
  const x = MARGIN + 140;
  label(doc, 'Destinatario', x, top + 26);
  value(doc, notice.payerName, x, top + 36, 180, 9);
  label(doc, 'Ente creditore', x, top + 54);
  value(doc, notice.creditorName, x, top + 64, 180, 9);
  label(doc, 'Oggetto del pagamento', x, top + 82);
  value(doc, notice.purpose, x, top + 92, 180, 9);
  const y = MARGIN + 340;
  amountAndCode(doc, notice, y, top);
  label(doc, 'Cod. fiscale ente creditore', y, top + 92, 170);
  value(doc, notice.creditorFiscalCode, y, top + 102, 170, 11);
  label(doc, 'Scadenza', y, top + 122, 170);
  value(doc, notice.dueDate, y, top + 132, 170, 10);
}

/** The right column both sections open with: the amount in euro and the notice code, where payers look first. */
function amountAndCode(doc: PDFKit.PDFDocument, notice: NoticeDocument, x: number, top: number): void {
  label(doc, 'Euro', x, top + 26, 120);
  doc
    .font('bold')
    .fontSize(14)
    .fillColor('#000000')
    .text(formatEuroAmount(notice.amount), x, top + 36, { width: 120 });
  label(doc, 'Codice avviso', x, top + 60, 170);
  value(doc, formatNoticeNumber(notice.noticeNumber), x, top + 70, 170, 11);
}

async function posteSection(doc: PDFKit.PDFDocument, notice: NoticeDocument, top: number): Promise<void> {
  if (!notice.postalAccount) return;
  doc.rect(MARGIN, top, WIDTH, 150).strokeColor('#0066cc').stroke();
  doc
    .font('bold')
    .fontSize(10)
    .fillColor('#0066cc')
    .text('BOLLETTINO POSTALE PA', MARGIN + 10, top + 8);
  value(doc, 'Poste Italiane', MARGIN + WIDTH - 110, top + 8, 100, 9);
  const matrix = posteDataMatrix({
    noticeNumber: notice.noticeNumber,
    postalAccount: notice.postalAccount,
    amount: notice.amount,
    creditorFiscalCode: notice.creditorFiscalCode,
    payerFiscalCode: notice.payerFiscalCode,
    payerName: notice.payerName,
    purpose: notice.purpose,
  });
  const png = await bwipjs.toBuffer({ bcid: 'datamatrix', text: matrix, scale: 3 });
  doc.image(png, MARGIN + 10, top + 26, { width: 110, height: 110 });
  const x = MARGIN + 140;
  label(doc, 'Sul c/c n.', x, top + 26);
  value(doc, notice.postalAccount, x, top + 36, 180, 11);
  label(doc, 'Intestato a', x, top + 54);
  value(doc, notice.creditorName, x, top + 64, 180, 9);
  label(doc, 'Destinatario', x, top + 82);
  value(doc, notice.payerName, x, top + 92, 180, 9);
  const y = MARGIN + 340;
  amountAndCode(doc, notice, y, top);
  label(doc, 'Tipo', y, top + 92, 170);
  value(doc, 'P1', y, top + 102, 170, 11);
  label(doc, 'Cod. fiscale ente creditore', y, top + 122, 170);
  value(doc, notice.creditorFiscalCode, y, top + 132, 170, 10);
}

/**
 * The avviso di pagamento in the layout of pagoPA's notice guidelines: creditor and payer, amount and due
 * date, where to pay, the "banks and other channels" band with the pagoPA QR code and, when the comune has a
 * postal account, the Poste band with its data matrix.
 */
export async function renderPaymentNotice(notice: NoticeDocument): Promise<Buffer> {
  const fonts = titilliumFonts();
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: 'Avviso di pagamento pagoPA' } });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('semibold', fonts.semibold);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  header(doc, notice);
  howToPay(doc, notice);
  doc
    .font('semibold')
    .fontSize(9)
    .fillColor('#000000')
    .text(
      'Utilizza la porzione di avviso relativa al canale di pagamento che preferisci.',
      MARGIN,
      MARGIN + 400,
    );
  banksSection(doc, notice, MARGIN + 420);
  await posteSection(doc, notice, MARGIN + 585);
  doc.end();
  return done;
}

import PDFDocument from 'pdfkit';
import { titilliumFonts } from '../../common/pdf/titillium-fonts.js';
import { formatEuroAmount } from '../domain/amount.js';
import { formatNoticeNumber } from '../domain/notice-number.js';

export interface ReceiptDocument {
  creditorName: string;
  creditorFiscalCode: string;
  payerName: string;
  payerFiscalCode: string;
  purpose: string;
  noticeNumber: string;
  iuv: string;
  amount: string;
  paidAt: string;
  receiptId: string | null;
  pspCompany: string | null;
  paymentMethod: string | null;
  iubd: string | null;
}

/** The portal's copy of the pagoPA receipt: who paid what, when, through which provider. */
export async function renderPaymentReceipt(receipt: ReceiptDocument): Promise<Buffer> {
  const fonts = titilliumFonts();
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: 'Ricevuta di pagamento pagoPA' } });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('bold').fontSize(18).fillColor('#0066cc').text('RICEVUTA DI PAGAMENTO pagoPA');
  doc.moveDown();
  const rows: [string, string | null][] = [
    ['Ente creditore', `${receipt.creditorName} (C.F. ${receipt.creditorFiscalCode})`],
    ['Pagatore', `${receipt.payerName} (C.F. ${receipt.payerFiscalCode})`],
    ['Oggetto del pagamento', receipt.purpose],
    ['Codice avviso', formatNoticeNumber(receipt.noticeNumber)],
    ['IUV', receipt.iuv],
    ['Importo', `${formatEuroAmount(receipt.amount)} Euro`],
    ['Data del pagamento', receipt.paidAt],
    ['Identificativo ricevuta', receipt.receiptId],
    ['Prestatore del servizio di pagamento', receipt.pspCompany],
    ['Metodo di pagamento', receipt.paymentMethod],
    ['Identificativo marca da bollo digitale (IUBD)', receipt.iubd],
  ];
  for (const [name, text] of rows) {
    if (!text) continue;
    doc.font('bold').fontSize(9).fillColor('#5c6f82').text(name.toUpperCase());
    doc.font('regular').fontSize(11).fillColor('#000000').text(text);
    doc.moveDown(0.5);
  }
  doc.end();
  return done;
}

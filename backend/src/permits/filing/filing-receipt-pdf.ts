import PDFDocument from 'pdfkit';
import { italianDate } from '../../common/italian/italian-date.js';
import { romeDay } from '../../common/italian/rome-day.js';

/** What the receipt of art. 18-bis L. 241/1990 states. */
export interface FilingReceipt {
  municipalityName: string;
  office: string;
  responsible: string;
  protocolNumber: string;
  registeredAt: Date;
  typeLabel: string;
  legalBasis: string;
  address: string;
  cadastre: string;
  titolare: string;
  coTitolari: string[];
  tecnico: string | null;
  filedBy: string;
  /** The legal term, as the legal clock explains it. */
  legalTerm: string;
  /** First day of silence-consent, when silence means consent (PdC). */
  silentConsentDate: string | null;
  attachments: { label: string; fileName: string; signer: string }[];
}

function romeTime(instant: Date): string {
  return new Intl.DateTimeFormat('it-IT', {
    timeZone: 'Europe/Rome',
    hour: '2-digit',
    minute: '2-digit',
  }).format(instant);
}

/** The receipt as an A4 PDF (pdfkit, standard fonts); the caller seals it. */
export async function renderFilingReceipt(receipt: FilingReceipt): Promise<Buffer> {
  const document = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: {
      Title: `Ricevuta di presentazione – protocollo n. ${receipt.protocolNumber}`,
      Author: receipt.municipalityName,
      CreationDate: receipt.registeredAt,
    },
    lang: 'it-IT',
  });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => document.on('end', () => resolve()));

  document.font('Helvetica-Bold').fontSize(16).text(`Comune di ${receipt.municipalityName}`);
  document.font('Helvetica').fontSize(11).text(receipt.office).moveDown();
  document.font('Helvetica-Bold').fontSize(14).text('Ricevuta di presentazione della pratica edilizia');
  document.font('Helvetica').fontSize(9).text('Art. 18-bis L. 241/1990; art. 5 D.P.R. 380/2001').moveDown();

  const row = (label: string, value: string) => {
    document.font('Helvetica-Bold').fontSize(10).text(`${label}: `, { continued: true });
    document.font('Helvetica').text(value);
  };
  row('Protocollo n.', receipt.protocolNumber);
  row('Data e ora', `${italianDate(romeDay(receipt.registeredAt))} ore ${romeTime(receipt.registeredAt)}`);
  row('Pratica', `${receipt.typeLabel} (${receipt.legalBasis})`);
  row('Ufficio', receipt.office);
  row('Responsabile', receipt.responsible);
  row('Immobile', `${receipt.address} – ${receipt.cadastre}`);
  row('Titolare', receipt.titolare);
  if (receipt.coTitolari.length > 0) row('Co-titolari', receipt.coTitolari.join(', '));
  if (receipt.tecnico) row('Tecnico incaricato', receipt.tecnico);
  row('Presentata da', receipt.filedBy);
  document.moveDown();
  row('Termine', receipt.legalTerm);
  if (receipt.silentConsentDate) {
    row(
      'Silenzio-assenso',
      `in assenza di provvedimento espresso, dal ${italianDate(receipt.silentConsentDate)} (art. 20 c. 8 D.P.R. 380/2001)`,
    );
  }
  document.moveDown();
  document.font('Helvetica-Bold').text('Documenti firmati digitalmente');
  for (const attachment of receipt.attachments) {
    document
      .font('Helvetica')
      .text(`• ${attachment.label}: ${attachment.fileName} – firmato da ${attachment.signer}`);
  }
  document.moveDown();
  document
    .fontSize(8)
    .text(
      'Ricevuta rilasciata automaticamente dal portale del Comune e sigillata elettronicamente. I termini del procedimento decorrono dalla data di presentazione.',
    );
  document.end();
  await done;
  return Buffer.concat(chunks);
}

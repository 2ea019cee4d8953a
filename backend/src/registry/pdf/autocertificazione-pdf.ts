import { create, type Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import type { IsoDate } from '../../common/calendar/civil-date.js';
import { italianDate } from '../../common/italian/italian-date.js';
import { titilliumFonts } from '../../common/pdf/titillium-fonts.js';
import type { Sex } from '../domain/registry-types.js';

export interface AutocertificazionePerson {
  givenName: string;
  familyName: string;
  fiscalCode: string;
  birthDate: IsoDate;
  /** "Crema (CR)", "Romania". */
  birthPlace: string;
}

export interface AutocertificazioneMember extends AutocertificazionePerson {
  relationship: string;
}

export interface AutocertificazioneContent {
  municipalityName: string;
  declarant: AutocertificazionePerson & {
    sex: Sex;
    /** ISO alpha-2 and Italian name of the state. */
    citizenship: { code: string; name: string };
    maritalStatus: string;
    /** `Spino d'Adda (CR), Via Marconi 59, int. 3`, or the address abroad; null without a current household. */
    residence: string | null;
    aire: boolean;
  };
  members: AutocertificazioneMember[];
  /** Day the data were read from the registry. */
  asOf: IsoDate;
}

const MARGIN = { top: 56, bottom: 56, left: 62, right: 62 };
const REGULAR = 'Titillium';
const BOLD = 'Titillium-Bold';
const GREY = '#5c6f82';
const BOX = 9;

let fonts: { regular: Font; bold: Font } | undefined;

/** Parsed once: given raw TTF bytes, pdfkit would parse the font again for every document. */
function parsedFonts(): { regular: Font; bold: Font } {
  if (!fonts) {
    const { regular, bold } = titilliumFonts();
    fonts = { regular: create(regular) as Font, bold: create(bold) as Font };
  }
  return fonts;
}

function gendered(sex: Sex, male: string, female: string): string {
  return sex === 'F' ? female : male;
}

/** The declarations offered for ticking, worded from the registry's data. */
export function autocertificazioneDeclarations(content: AutocertificazioneContent): string[] {
  const { declarant: d } = content;
  const born = gendered(d.sex, 'nato', 'nata');
  const declarations = [`di essere ${born} a ${d.birthPlace} il ${italianDate(d.birthDate)};`];
  if (d.residence) {
    declarations.push(
      d.aire
        ? `di essere ${gendered(d.sex, 'iscritto', 'iscritta')} all'Anagrafe degli italiani residenti all'estero (AIRE) del Comune di ${content.municipalityName}, con residenza in ${d.residence};`
        : `di essere residente a ${d.residence};`,
    );
  }
  declarations.push(
    d.citizenship.code === 'IT'
      ? `di essere ${gendered(d.sex, 'cittadino italiano', 'cittadina italiana')};`
      : `di avere la cittadinanza dello Stato: ${d.citizenship.name};`,
  );
  declarations.push(`di essere ${d.maritalStatus.toLowerCase()};`);
  declarations.push(`di essere ${gendered(d.sex, 'vivo', 'viva')} (esistenza in vita);`);
  if (content.members.length > 0) {
    declarations.push('che la propria famiglia anagrafica è composta dalle seguenti persone:');
  }
  return declarations;
}

/**
 * The self-declaration of D.P.R. 445/2000 art. 46, prefilled from the registry, for the resident to tick, sign
 * and hand in with a copy of an identity document. Text in Titillium, so it stays selectable and searchable.
 */
export async function renderAutocertificazionePdf(content: AutocertificazioneContent): Promise<Buffer> {
  const { declarant } = content;
  const asOf = new Date(`${content.asOf}T12:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    lang: 'it-IT',
    displayTitle: true,
    info: {
      Title: 'Dichiarazione sostitutiva di certificazione (art. 46 D.P.R. 445/2000)',
      Author: `${declarant.givenName} ${declarant.familyName}`,
      Creator: `Portale del cittadino - Comune di ${content.municipalityName}`,
      CreationDate: asOf,
      ModDate: asOf,
    },
  });
  const { regular, bold } = parsedFonts();
  // pdfkit accepts a parsed fontkit font (any object with `layout`), which its type definitions omit.
  doc.registerFont(REGULAR, regular as unknown as PDFKit.Mixins.PDFFontSource);
  doc.registerFont(BOLD, bold as unknown as PDFKit.Mixins.PDFFontSource);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const paragraph = (text: string, options: PDFKit.Mixins.TextOptions = {}) => {
    doc.font(REGULAR).fontSize(11).fillColor('#000000');
    doc.text(text, MARGIN.left, doc.y, { width, align: 'justify', lineGap: 2, ...options });
  };

  doc.font(BOLD).fontSize(15).text('DICHIARAZIONE SOSTITUTIVA DI CERTIFICAZIONE', MARGIN.left, MARGIN.top, {
    width,
    align: 'center',
  });
  doc.font(REGULAR).fontSize(10.5).fillColor(GREY);
  doc.text('(art. 46 del D.P.R. 28 dicembre 2000, n. 445)', { width, align: 'center' });
  doc.moveDown(1.5);

  const subject = gendered(declarant.sex, 'Il sottoscritto', 'La sottoscritta');
  const born = gendered(declarant.sex, 'nato', 'nata');
  paragraph(
    `${subject} ${declarant.givenName} ${declarant.familyName}, ${born} a ${declarant.birthPlace} il ` +
      `${italianDate(declarant.birthDate)}, codice fiscale ${declarant.fiscalCode}, consapevole delle sanzioni ` +
      'penali previste dall’art. 76 del D.P.R. 445/2000 per le dichiarazioni mendaci, la formazione o l’uso di ' +
      'atti falsi, e della decadenza dai benefici conseguiti sulla base di una dichiarazione non veritiera ' +
      '(art. 75 del D.P.R. 445/2000),',
  );
  doc.moveDown(0.8);
  doc.font(BOLD).fontSize(12.5).text('DICHIARA', MARGIN.left, doc.y, { width, align: 'center' });
  doc.font(REGULAR).fontSize(9.5).fillColor(GREY);
  doc.text('(barrare le voci che si intendono dichiarare)', { width, align: 'center' });
  doc.moveDown(0.8);

  for (const declaration of autocertificazioneDeclarations(content)) {
    const top = doc.y + 2;
    doc.lineWidth(0.8).strokeColor('#000000').rect(MARGIN.left, top, BOX, BOX).stroke();
    doc.font(REGULAR).fontSize(11).fillColor('#000000');
    doc.text(declaration, MARGIN.left + BOX + 8, doc.y, { width: width - BOX - 8, lineGap: 2 });
    doc.moveDown(0.4);
  }
  if (content.members.length > 0) drawMembers(doc, content.members, width);

  doc.moveDown(1.5);
  paragraph(`${content.municipalityName}, ____________________`);
  doc.moveDown(2);
  doc.font(REGULAR).fontSize(11);
  doc.text(`${gendered(declarant.sex, 'Il dichiarante', 'La dichiarante')}`, MARGIN.left + width / 2, doc.y, {
    width: width / 2,
    align: 'center',
  });
  doc.moveDown(1.5);
  doc.text('_______________________________', MARGIN.left + width / 2, doc.y, {
    width: width / 2,
    align: 'center',
  });
  doc.moveDown(2);

  doc.font(REGULAR).fontSize(8.5).fillColor(GREY);
  const notes = [
    'La dichiarazione, sottoscritta e presentata insieme alla copia di un documento di identità, non richiede ' +
      'l’autenticazione della firma (art. 38 del D.P.R. 445/2000) ed è esente dall’imposta di bollo (art. 37). ' +
      'Le pubbliche amministrazioni e i gestori di pubblici servizi sono tenuti ad accettarla in luogo dei ' +
      'certificati (artt. 43 e 74); i privati possono accettarla se vi consentono.',
    `Dati precompilati dal Portale del cittadino del Comune di ${content.municipalityName} secondo l’anagrafe ` +
      `al ${italianDate(content.asOf)}. Se un dato è errato puoi chiederne la rettifica dall’area personale. ` +
      'Trattamento dei dati personali: art. 13 del Regolamento (UE) 2016/679.',
  ];
  for (const note of notes) {
    doc.text(note, MARGIN.left, doc.y, { width, lineGap: 1 });
    doc.moveDown(0.4);
  }
  doc.end();
  return finished;
}

function drawMembers(doc: PDFKit.PDFDocument, members: AutocertificazioneMember[], width: number): void {
  const columns = [
    'Cognome e nome',
    'Relazione con l’intestatario',
    'Luogo e data di nascita',
    'Codice fiscale',
  ];
  const widths = [0.28, 0.24, 0.26, 0.22].map((share) => width * share);
  const left = MARGIN.left + BOX + 8;
  const tableWidth = width - BOX - 8;
  const scale = tableWidth / width;
  const padding = 3;
  const row = (cells: string[], font: string, shade: boolean) => {
    doc.font(font).fontSize(9.5);
    const height =
      Math.max(
        ...cells.map((cell, index) =>
          doc.heightOfString(cell, { width: widths[index] * scale - 2 * padding }),
        ),
      ) +
      2 * padding;
    if (doc.y + height > doc.page.height - MARGIN.bottom) doc.addPage();
    const top = doc.y;
    if (shade) doc.rect(left, top, tableWidth, height).fill('#eef1f4');
    let x = left;
    cells.forEach((cell, index) => {
      doc
        .fillColor('#000000')
        .text(cell, x + padding, top + padding, { width: widths[index] * scale - 2 * padding });
      x += widths[index] * scale;
    });
    doc
      .moveTo(left, top + height)
      .lineTo(left + tableWidth, top + height)
      .lineWidth(0.4)
      .strokeColor('#c5ced6')
      .stroke();
    doc.y = top + height;
  };
  doc.moveDown(0.2);
  row(columns, BOLD, true);
  for (const member of members) {
    row(
      [
        `${member.familyName} ${member.givenName}`,
        member.relationship,
        `${member.birthPlace}, ${italianDate(member.birthDate)}`,
        member.fiscalCode,
      ],
      REGULAR,
      false,
    );
  }
  doc.x = MARGIN.left;
}

import { describe, expect, it } from 'vitest';
import { pdfText } from '../../certificates/pdf/poppler.fixtures.js';
import {
  type AutocertificazioneContent,
  autocertificazioneDeclarations,
  renderAutocertificazionePdf,
} from './autocertificazione-pdf.js';

const content: AutocertificazioneContent = {
  municipalityName: "Spino d'Adda",
  declarant: {
    givenName: 'Nicolò',
    familyName: "D'Amico",
    fiscalCode: 'DMCNCL80A01D142X',
    birthDate: '1980-01-01',
    birthPlace: 'Crema (CR)',
    sex: 'M',
    citizenship: { code: 'IT', name: 'Italia' },
    maritalStatus: 'Coniugato',
    residence: "Spino d'Adda (CR), Via Marconi 59, int. 3",
    aire: false,
  },
  members: [
    {
      givenName: 'Anna',
      familyName: 'Bianchi',
      fiscalCode: 'BNCNNA82C41D142Y',
      birthDate: '1982-03-01',
      birthPlace: 'Crema (CR)',
      relationship: 'Marito / Moglie',
    },
  ],
  asOf: '2026-03-02',
};

describe('renderAutocertificazionePdf', () => {
  it('should word the declarations for the declarant’s sex and citizenship', () => {
    expect(autocertificazioneDeclarations(content)).toEqual([
      'di essere nato a Crema (CR) il 01/01/1980;',
      "di essere residente a Spino d'Adda (CR), Via Marconi 59, int. 3;",
      'di essere cittadino italiano;',
      'di essere coniugato;',
      'di essere vivo (esistenza in vita);',
      'che la propria famiglia anagrafica è composta dalle seguenti persone:',
    ]);
    const foreign = autocertificazioneDeclarations({
      ...content,
      declarant: { ...content.declarant, sex: 'F', citizenship: { code: 'RO', name: 'Romania' } },
      members: [],
    });
    expect(foreign).toContain('di avere la cittadinanza dello Stato: Romania;');
    expect(foreign[0]).toBe('di essere nata a Crema (CR) il 01/01/1980;');
  });

  it('should produce a PDF whose text, accents included, can be extracted', async () => {
    const pdf = await renderAutocertificazionePdf(content);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('DICHIARAZIONE SOSTITUTIVA DI CERTIFICAZIONE');
    expect(text).toContain('art. 46 del D.P.R. 28 dicembre 2000, n. 445');
    expect(text).toContain("Nicolò D'Amico");
    expect(text).toContain('DMCNCL80A01D142X');
    expect(text).toContain('Bianchi Anna');
  });
});

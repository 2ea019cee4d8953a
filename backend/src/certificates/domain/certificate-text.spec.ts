import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/errors/domain-error.js';
import type { CertificateContent } from './certificate-content.js';
import { buildPublicSummary } from './certificate-public-summary.js';
import { ANNA, aireSubject, marriedResident, singleResident } from './certificate-subject.fixtures.js';
import type { CertificateSubject } from './certificate-subject.js';
import { ART_40_WORDING, type BuildCertificateInput, buildCertificateContent } from './certificate-text.js';
import type { CertificateTypeCode } from './certificate-types.js';
import { resolveStampDuty, type StampDutyInput } from './stamp-duty.js';

const ISSUER = { municipalityName: "Spino d'Adda", provinceName: 'Cremona' };
/** 00:30 in Italy on 10 March: the certificate must say 10/03/2025, not the UTC day. */
const ISSUED_AT = new Date('2025-03-09T23:30:00Z');

function build(
  subject: CertificateSubject,
  types: CertificateTypeCode[],
  stampDuty: StampDutyInput = { exemption: 'pension' },
  extra: Partial<BuildCertificateInput> = {},
): CertificateContent {
  return buildCertificateContent({
    code: '7K3MQ9XD2HBTVR4C',
    types,
    subject,
    stampDuty: resolveStampDuty(stampDuty),
    issuer: ISSUER,
    issuedAt: ISSUED_AT,
    ...extra,
  });
}

function paragraphs(content: CertificateContent): string[] {
  return content.sections.flatMap((section) => section.paragraphs);
}

describe('buildCertificateContent', () => {
  it('should write a residence certificate as the registry office does', () => {
    const content = build(marriedResident(), ['residence']);
    expect(content).toMatchObject({
      schemaVersion: 1,
      code: '7K3MQ9XD2HBTVR4C',
      types: ['residence'],
      title: 'CERTIFICATO DI RESIDENZA',
      issuer: {
        heading: "COMUNE DI SPINO D'ADDA",
        subheading: 'Provincia di Cremona',
        office: 'Servizi Demografici - Ufficio Anagrafe',
      },
      officer: "L'UFFICIALE DI ANAGRAFE",
      preamble: "visti gli atti d'ufficio, certifica che",
      subject: {
        name: 'ROSSI MARIO',
        details: ['nato a Crema (CR) il 12/05/1980', 'codice fiscale RSSMRA80E12D142X'],
        initials: 'R. M.',
      },
      issuedAt: '2025-03-09T23:30:00.000Z',
      issueDate: '2025-03-10',
      dataAsOf: 'Dati anagrafici alla data del 10/03/2025.',
      placeAndDate: "Spino d'Adda, 10/03/2025",
    });
    expect(content.subtitle).toBeUndefined();
    expect(paragraphs(content)).toEqual([
      "risulta iscritto nell'Anagrafe della Popolazione Residente di questo Comune in Via Roma n. 12 int. 3.",
    ]);
  });

  it('should print the D.P.R. 445/2000 art. 40 wording verbatim', () => {
    expect(build(marriedResident(), ['residence']).legalNotice).toBe(
      'Il presente certificato non può essere prodotto agli organi della pubblica amministrazione o ai privati gestori di pubblici servizi',
    );
    expect(ART_40_WORDING).toBe(build(singleResident(), ['existence']).legalNotice);
  });

  it('should agree words with the sex of the subject', () => {
    expect(build(singleResident(), ['residence']).subject.details[0]).toBe(
      'nata a Milano (MI) il 30/11/1995',
    );
    expect(paragraphs(build(singleResident(), ['residence']))[0]).toContain('risulta iscritta');
    expect(paragraphs(build(singleResident(), ['marital_status']))).toEqual([
      'risulta di stato civile nubile.',
    ]);
  });

  it('should list the household members with their birth data', () => {
    const content = build(marriedResident(), ['household']);
    expect(paragraphs(content)).toEqual([
      "risulta iscritto nell'Anagrafe della Popolazione Residente di questo Comune in Via Roma n. 12 int. 3, con la famiglia anagrafica così composta:",
    ]);
    expect(content.sections[0].table).toEqual({
      columns: ['Cognome e nome', 'Luogo e data di nascita'],
      rows: [
        ['ROSSI MARIO', 'Crema (CR), 12/05/1980'],
        ['BIANCHI ANNA', 'Lodi (LO), 03/07/1982'],
        ['ROSSI LUCA', 'Crema (CR), 20/01/2012'],
      ],
    });
  });

  it('should add the relationship to the head in the household certificate with relationships', () => {
    const table = build(marriedResident(), ['household_relationships']).sections[0].table;
    expect(table?.columns).toEqual([
      'Cognome e nome',
      'Luogo e data di nascita',
      "Rapporto con l'intestatario",
    ]);
    expect(table?.rows.map((row) => row[2])).toEqual(['intestatario', 'moglie', 'figlio']);
  });

  it('should add each member marital status in stato di famiglia e di stato civile', () => {
    const table = build(marriedResident(), ['household_marital_status']).sections[0].table;
    expect(table?.columns.at(-1)).toBe('Stato civile');
    expect(table?.rows.map((row) => row.at(-1))).toEqual(['coniugato', 'coniugata', 'celibe']);
  });

  it('should write a contestuale with one title, the parts in catalog order and the address said once', () => {
    const content = build(marriedResident(), ['citizenship', 'household', 'residence']);
    expect(content.title).toBe('CERTIFICATO CONTESTUALE');
    expect(content.subtitle).toBe('residenza, stato di famiglia e cittadinanza');
    expect(content.types).toEqual(['residence', 'household', 'citizenship']);
    expect(paragraphs(content)).toEqual([
      "risulta iscritto nell'Anagrafe della Popolazione Residente di questo Comune in Via Roma n. 12 int. 3.",
      'la famiglia anagrafica alla quale appartiene risulta così composta:',
      'risulta in possesso della cittadinanza italiana.',
    ]);
  });

  it('should write the AIRE residence and household with the address abroad', () => {
    const content = build(aireSubject(), ['residence_aire', 'household_aire']);
    expect(paragraphs(content)[0]).toBe(
      "risulta iscritto nell'Anagrafe degli Italiani Residenti all'Estero (AIRE) di questo Comune, con residenza in Calle Florida 100, Buenos Aires (Argentina).",
    );
    expect(content.sections[1].table?.rows).toEqual([['ESPOSITO PAOLO', "Spino d'Adda (CR), 14/02/1975"]]);
  });

  it('should write residence in a convivenza with its name', () => {
    const subject: CertificateSubject = {
      ...singleResident(),
      household: undefined,
      cohabitation: { name: 'RSA Santa Chiara' },
    };
    expect(paragraphs(build(subject, ['residence_cohabitation']))).toEqual([
      "risulta iscritta nell'Anagrafe della Popolazione Residente di questo Comune in Piazza XXV Aprile n. 1, quale componente della convivenza anagrafica «RSA Santa Chiara».",
    ]);
  });

  it('should write birth, citizenship and existence', () => {
    expect(paragraphs(build(marriedResident(), ['birth', 'citizenship', 'existence']))).toEqual([
      'risulta nato a Crema (CR) il 12/05/1980.',
      'risulta in possesso della cittadinanza italiana.',
      'risulta in vita.',
    ]);
  });

  it('should write the marital status with the spouse and the marriage', () => {
    expect(paragraphs(build(marriedResident(), ['marital_status']))).toEqual([
      "risulta di stato civile coniugato con BIANCHI ANNA, nata a Lodi (LO) il 03/07/1982; matrimonio celebrato a Spino d'Adda (CR) il 12/06/2010.",
    ]);
  });

  it('should write the marriage certificate with the act and the divorce annotation', () => {
    const subject = marriedResident();
    subject.maritalStatus = { status: 'divorced', since: '2018-03-01' };
    subject.marriage = { ...subject.marriage!, endDate: '2018-03-01', endReason: 'divorce' };
    const [section] = build(subject, ['marriage']).sections;
    expect(section.paragraphs).toEqual([
      "ha contratto matrimonio con BIANCHI ANNA, nata a Lodi (LO) il 03/07/1982, a Spino d'Adda (CR) il 12/06/2010 (atto n. 8, parte I, anno 2010).",
    ]);
    expect(section.notes).toEqual(['Annotazione: il matrimonio risulta sciolto per divorzio il 01/03/2018.']);
    expect(paragraphs(build(subject, ['free_status']))).toEqual(['risulta di stato libero (divorziato).']);
    expect(paragraphs(build(subject, ['marital_status']))).toEqual([
      'risulta di stato civile divorziato dal 01/03/2018.',
    ]);
  });

  it('should write stato libero for a widow and after a dissolved civil union', () => {
    const widow = { ...singleResident(), maritalStatus: { status: 'widowed' as const, since: '2020-01-02' } };
    expect(paragraphs(build(widow, ['free_status']))).toEqual(['risulta di stato libero (vedova).']);
    const dissolved = { ...singleResident(), maritalStatus: { status: 'civil_union_dissolved' as const } };
    expect(paragraphs(build(dissolved, ['free_status']))).toEqual([
      "risulta di stato libero a seguito dello scioglimento dell'unione civile.",
    ]);
  });

  it('should write the civil union and the cohabitation contract', () => {
    const subject = singleResident();
    subject.maritalStatus = { status: 'civil_union', since: '2020-09-19' };
    subject.civilUnion = {
      partner: ANNA,
      date: '2020-09-19',
      place: { locality: 'Crema', provinceCode: 'CR' },
    };
    expect(paragraphs(build(subject, ['civil_union']))).toEqual([
      'ha costituito unione civile con BIANCHI ANNA, nata a Lodi (LO) il 03/07/1982, a Crema (CR) il 19/09/2020.',
    ]);
    const cohabitant = singleResident();
    cohabitant.cohabitationContract = {
      partner: ANNA,
      contractDate: '2021-04-10',
      registrationDate: '2021-04-20',
      certifiedBy: 'notaio Carlo Neri',
    };
    expect(paragraphs(build(cohabitant, ['cohabitation_contract']))).toEqual([
      'ha stipulato contratto di convivenza con BIANCHI ANNA, nata a Lodi (LO) il 03/07/1982, in data 10/04/2021, ricevuto o autenticato da notaio Carlo Neri, registrato in anagrafe il 20/04/2021.',
    ]);
  });

  it('should print the exempt use and its legal basis', () => {
    expect(build(marriedResident(), ['existence']).stampDuty).toEqual({
      kind: 'exempt',
      statement:
        "Esente dall'imposta di bollo per uso pensione (anche esistenza in vita per fini pensionistici) ai sensi di D.P.R. 642/1972, Tabella B, art. 9.",
    });
  });

  it("should print the requester's own reason for 'other'", () => {
    const content = build(marriedResident(), ['residence'], {
      exemption: 'other',
      note: 'Iscrizione asilo nido (Tab. B art. 11).',
    });
    expect(content.stampDuty.statement).toBe(
      "Esente dall'imposta di bollo per il seguente motivo dichiarato dal richiedente: Iscrizione asilo nido (Tab. B art. 11).",
    );
  });

  it('should print the marca da bollo identifier when the duty is paid', () => {
    expect(build(marriedResident(), ['residence'], { marcaId: '01234567890123' }).stampDuty).toEqual({
      kind: 'paid',
      statement:
        'Imposta di bollo di € 16,00 assolta con marca da bollo n. 01234567890123, da applicare e annullare sulla copia stampata.',
      marcaId: '01234567890123',
    });
  });

  it('should refuse to write a type that does not apply to the subject', () => {
    expect(() => build(singleResident(), ['marriage'])).toThrow(DomainError);
  });

  it('should be a pure function of its input', () => {
    expect(build(marriedResident(), ['household_relationships'])).toEqual(
      build(marriedResident(), ['household_relationships']),
    );
  });
});

describe('buildPublicSummary', () => {
  it('should show type, issue date, comune and initials, and no name or codice fiscale', () => {
    const summary = buildPublicSummary(build(marriedResident(), ['residence', 'citizenship']));
    expect(summary).toEqual({
      code: '7K3MQ9XD2HBTVR4C',
      title: 'CERTIFICATO CONTESTUALE (residenza e cittadinanza)',
      types: [
        { code: 'residence', name: 'Certificato di residenza' },
        { code: 'citizenship', name: 'Certificato di cittadinanza' },
      ],
      issueDate: '2025-03-10',
      municipality: "Comune di Spino d'Adda",
      subjectInitials: 'R. M.',
    });
    const serialized = JSON.stringify(summary);
    expect(serialized).not.toContain('ROSSI');
    expect(serialized).not.toContain('RSSMRA');
  });
});

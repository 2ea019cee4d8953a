import type { IsoDate } from './certificate-subject.js';
import type { CertificateTypeCode } from './certificate-types.js';

/**
 * A certificate as the registry office writes it: every printed sentence is here, already in Italian, so
 * the PDF renderer only lays it out and the seal can hash exactly what the paper shows.
 * Stored as JSON beside the issued certificate; `schemaVersion` changes when the shape does.
 */
export interface CertificateContent {
  schemaVersion: 1;
  code: string;
  types: CertificateTypeCode[];
  /** `CERTIFICATO DI RESIDENZA`, or `CERTIFICATO CONTESTUALE` for several types. */
  title: string;
  /** For a certificato contestuale: the types it joins, e.g. `residenza, stato di famiglia e cittadinanza`. */
  subtitle?: string;
  issuer: CertificateIssuerLines;
  /** Instant of issue (ISO 8601, UTC), also the PDF creation date. */
  issuedAt: string;
  /** Civil date of issue in Italy; the data are those recorded on this day. */
  issueDate: IsoDate;
  /** `L'UFFICIALE DI ANAGRAFE`. */
  officer: string;
  /** The formula before the subject: `visti gli atti d'ufficio, certifica che`. */
  preamble: string;
  subject: CertificateSubjectLines;
  sections: CertificateSection[];
  /** `Dati anagrafici alla data del 10/03/2025.` */
  dataAsOf: string;
  stampDuty: CertificateStampDutyLines;
  /** D.P.R. 445/2000 art. 40 wording, verbatim. */
  legalNotice: string;
  /** `Spino d'Adda, 10/03/2025`. */
  placeAndDate: string;
  /** Signature block under the place and date. */
  signature: string;
}

export interface CertificateIssuerLines {
  municipalityName: string;
  /** `COMUNE DI SPINO D'ADDA`. */
  heading: string;
  /** `Provincia di Cremona`. */
  subheading: string;
  office: string;
}

export interface CertificateSubjectLines {
  /** `ROSSI MARIO`. */
  name: string;
  /** Birth line and codice fiscale. */
  details: string[];
  /** `R. M.`: all the verification page may show of the person. */
  initials: string;
}

export interface CertificateTable {
  columns: string[];
  rows: string[][];
}

export interface CertificateSection {
  type: CertificateTypeCode;
  paragraphs: string[];
  table?: CertificateTable;
  /** Sentences printed after the table (annotations). */
  notes?: string[];
}

export interface CertificateStampDutyLines {
  kind: 'exempt' | 'paid';
  /** The sentence printed on the certificate (use and legal basis, or the marca da bollo). */
  statement: string;
  /** Printed in the box where the requester sticks the marca da bollo. */
  marcaId?: string;
  /** The marca da bollo digitale (pagoPA), printed in the same box: its identifier and payment day. */
  digitalStamp?: { iubd: string; paidOn: string };
}

import { DomainError } from '../../common/errors/domain-error.js';
import { isValidFiscalCode } from './fiscal-code.js';
import { assertIsoDate, type IsoDate } from './iso-date.js';

export const F24_SEMPLIFICATO_LINES_PER_FORM = 10;

export interface F24Taxpayer {
  fiscalCode: string;
  /** Cognome, or the name of the entity for an 11-digit codice fiscale. */
  familyName: string;
  /** The personal data below are required for a person (16-character codice fiscale). */
  givenName?: string;
  birthDate?: IsoDate;
  sex?: 'M' | 'F';
  /** Comune (or foreign State) of birth. */
  birthPlace?: string;
  /** Province of birth, 'EE' for abroad. */
  birthProvince?: string;
}

/** Co-obbligato, erede, genitore, tutore o curatore fallimentare, with the code of the role (e.g. '02'). */
export interface F24CoObligor {
  fiscalCode: string;
  idCode: string;
}

export type F24Section = 'EL' | 'ER' | 'RG';

export interface F24LineInput {
  section: F24Section;
  taxCode: string;
  /** Codice ente: the cadastral code of the comune for section EL ('I914'). */
  entityCode: string;
  ravv: boolean;
  propertiesChanged: boolean;
  acconto: boolean;
  saldo: boolean;
  propertiesCount?: number;
  /** Rateazione / mese di riferimento, 'NNRR'; left blank for IMU. */
  installment?: string;
  year: number;
  /** Cents. */
  deduction?: number;
  /** Cents. */
  debit?: number;
  /** Cents. */
  credit?: number;
}

export interface F24Line extends Required<Omit<F24LineInput, 'propertiesCount' | 'installment'>> {
  propertiesCount?: number;
  installment?: string;
}

export interface F24Page {
  /** 1-based. */
  number: number;
  lines: F24Line[];
  totalDebitCents: number;
  totalCreditCents: number;
  /** Saldo finale of this form: debit − credit, never negative. */
  balanceCents: number;
}

export interface F24SemplificatoModel {
  taxpayer: F24Taxpayer;
  coObligor?: F24CoObligor;
  /** Identificativo operazione, 18 alphanumeric characters, when the comune gives one. */
  operationId?: string;
  /** One form per page, at most 10 lines each: a bank pays each form on its own. */
  pages: F24Page[];
  totalCents: number;
}

export interface F24SemplificatoInput {
  taxpayer: F24Taxpayer;
  /**
   * The person is not in the registry, so only the name is known: birth date, sex and birth place may be
   * blank, for the taxpayer to write by hand (the ones given are still checked).
   */
  birthDataUnknown?: boolean;
  coObligor?: F24CoObligor;
  lines: readonly F24LineInput[];
  operationId?: string;
}

function invalid(code: string, detail: string, field: string): DomainError {
  return new DomainError({ code, status: 422, detail, field });
}

function assertText(value: unknown, field: string, what: string, max: number): void {
  if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
    throw invalid(
      'INVALID_F24_FIELD',
      `${what}: dato mancante o troppo lungo (massimo ${max} caratteri).`,
      field,
    );
  }
}

function assertCents(value: unknown, field: string, what: string): void {
  if (value !== undefined && (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)) {
    throw invalid('INVALID_AMOUNT', `${what}: importo non valido (centesimi, non negativo).`, field);
  }
}

function validateTaxpayer(taxpayer: F24Taxpayer, birthDataUnknown: boolean): void {
  const code = taxpayer.fiscalCode;
  if (typeof code !== 'string' || !isValidFiscalCode(code)) {
    throw invalid(
      'INVALID_FISCAL_CODE',
      `Codice fiscale "${String(code)}" non valido.`,
      'taxpayer.fiscalCode',
    );
  }
  assertText(taxpayer.familyName, 'taxpayer.familyName', 'Cognome o denominazione', 60);
  if (code.length === 11) return;
  assertText(taxpayer.givenName, 'taxpayer.givenName', 'Nome', 40);
  const required = (value: unknown) => !birthDataUnknown || value !== undefined;
  if (required(taxpayer.birthDate)) assertIsoDate(taxpayer.birthDate, 'taxpayer.birthDate');
  if (required(taxpayer.sex) && taxpayer.sex !== 'M' && taxpayer.sex !== 'F') {
    throw invalid('INVALID_F24_FIELD', 'Sesso: indicare M o F.', 'taxpayer.sex');
  }
  if (required(taxpayer.birthPlace)) {
    assertText(taxpayer.birthPlace, 'taxpayer.birthPlace', 'Comune di nascita', 40);
  }
  if (
    required(taxpayer.birthProvince) &&
    (typeof taxpayer.birthProvince !== 'string' || !/^[A-Z]{2}$/.test(taxpayer.birthProvince))
  ) {
    throw invalid(
      'INVALID_F24_FIELD',
      'Provincia di nascita: sigla di due lettere (EE se estero).',
      'taxpayer.birthProvince',
    );
  }
}

function validateLine(line: F24LineInput, field: string): F24Line {
  if (!['EL', 'ER', 'RG'].includes(line.section)) {
    throw invalid('INVALID_F24_FIELD', 'Sezione non valida (EL, ER o RG).', `${field}.section`);
  }
  if (!/^[0-9A-Z]{4}$/.test(line.taxCode)) {
    throw invalid('INVALID_TAX_CODE', `Codice tributo "${line.taxCode}" non valido.`, `${field}.taxCode`);
  }
  if (!/^[0-9A-Z]{4}$/.test(line.entityCode)) {
    throw invalid('INVALID_F24_FIELD', `Codice ente "${line.entityCode}" non valido.`, `${field}.entityCode`);
  }
  if (
    line.propertiesCount !== undefined &&
    (!Number.isInteger(line.propertiesCount) || line.propertiesCount < 1 || line.propertiesCount > 999)
  ) {
    throw invalid('INVALID_F24_FIELD', 'Numero immobili: da 1 a 999.', `${field}.propertiesCount`);
  }
  if (line.installment !== undefined && !/^[0-9]{4}$/.test(line.installment)) {
    throw invalid(
      'INVALID_F24_FIELD',
      'Rateazione/mese di riferimento: quattro cifre NNRR.',
      `${field}.installment`,
    );
  }
  if (!Number.isInteger(line.year) || line.year < 1900 || line.year > 2999) {
    throw invalid('INVALID_F24_FIELD', 'Anno di riferimento non valido.', `${field}.year`);
  }
  assertCents(line.deduction, `${field}.deduction`, 'Detrazione');
  assertCents(line.debit, `${field}.debit`, 'Importo a debito');
  assertCents(line.credit, `${field}.credit`, 'Importo a credito');
  if ((line.deduction ?? 0) > 9_999_999) {
    throw invalid('INVALID_AMOUNT', 'Detrazione: al massimo 7 cifre.', `${field}.deduction`);
  }
  if (!line.debit && !line.credit) {
    throw invalid(
      'F24_LINE_EMPTY',
      'Ogni riga deve avere un importo a debito o a credito.',
      `${field}.debit`,
    );
  }
  return {
    section: line.section,
    taxCode: line.taxCode,
    entityCode: line.entityCode,
    ravv: line.ravv,
    propertiesChanged: line.propertiesChanged,
    acconto: line.acconto,
    saldo: line.saldo,
    ...(line.propertiesCount !== undefined ? { propertiesCount: line.propertiesCount } : {}),
    ...(line.installment !== undefined ? { installment: line.installment } : {}),
    year: line.year,
    deduction: line.deduction ?? 0,
    debit: line.debit ?? 0,
    credit: line.credit ?? 0,
  };
}

/**
 * The content of an F24 semplificato (provv. Agenzia delle Entrate 2012 and later updates): the
 * contributor, and the "motivo del pagamento" lines split into forms of 10 lines, each with its own
 * saldo finale, because the bank or post office pays each form on its own.
 */
export function buildF24Semplificato(input: F24SemplificatoInput): F24SemplificatoModel {
  validateTaxpayer(input.taxpayer, input.birthDataUnknown ?? false);
  if (input.coObligor) {
    if (!isValidFiscalCode(input.coObligor.fiscalCode)) {
      throw invalid(
        'INVALID_FISCAL_CODE',
        'Codice fiscale del coobbligato non valido.',
        'coObligor.fiscalCode',
      );
    }
    if (!/^[0-9]{2}$/.test(input.coObligor.idCode)) {
      throw invalid('INVALID_F24_FIELD', 'Codice identificativo: due cifre.', 'coObligor.idCode');
    }
  }
  if (input.operationId !== undefined && !/^[0-9A-Z]{18}$/.test(input.operationId)) {
    throw invalid(
      'INVALID_F24_FIELD',
      'Identificativo operazione: 18 caratteri alfanumerici maiuscoli.',
      'operationId',
    );
  }
  if (input.lines.length === 0)
    throw invalid('F24_NO_LINES', 'Il modello F24 non ha righe da pagare.', 'lines');
  const lines = input.lines.map((line, i) => validateLine(line, `lines.${i}`));
  const pages: F24Page[] = [];
  for (let start = 0; start < lines.length; start += F24_SEMPLIFICATO_LINES_PER_FORM) {
    const pageLines = lines.slice(start, start + F24_SEMPLIFICATO_LINES_PER_FORM);
    const totalDebitCents = pageLines.reduce((sum, l) => sum + l.debit, 0);
    const totalCreditCents = pageLines.reduce((sum, l) => sum + l.credit, 0);
    const balanceCents = totalDebitCents - totalCreditCents;
    if (balanceCents < 0) {
      throw invalid(
        'F24_NEGATIVE_BALANCE',
        'Il saldo finale di un modello F24 non può essere negativo: i crediti superano i debiti.',
        `lines.${start}.credit`,
      );
    }
    pages.push({
      number: pages.length + 1,
      lines: pageLines,
      totalDebitCents,
      totalCreditCents,
      balanceCents,
    });
  }
  return {
    taxpayer: input.taxpayer,
    ...(input.coObligor ? { coObligor: input.coObligor } : {}),
    ...(input.operationId ? { operationId: input.operationId } : {}),
    pages,
    totalCents: pages.reduce((sum, p) => sum + p.balanceCents, 0),
  };
}

import {
  type CivilDate,
  daysInMonth,
  formatIsoDate,
  type IsoDate,
  isValidCivilDate,
  parseIsoDate,
} from '../calendar/civil-date.js';
import { DomainError } from '../errors/domain-error.js';

/**
 * Codice fiscale of a natural person (D.M. 23.12.1976, D.P.R. 605/1973): 16 characters
 * `CCC NNN YY M DD PPPP K` — surname, name, year, month letter, day (+40 for women), Belfiore code of the
 * birth place, check character. When two people would get the same code the Agenzia delle Entrate replaces
 * digits with the letters LMNPQRSTUV (omocodia), starting from the rightmost digit.
 *
 * The 11-digit numeric codes given to non-persons and as temporary codes are out of scope here.
 */
export type FiscalCode = string;

export type FiscalCodeProblem =
  | 'EMPTY'
  | 'TEMPORARY_NUMERIC'
  | 'LENGTH'
  | 'FORMAT'
  | 'MONTH'
  | 'DAY'
  | 'PLACE'
  | 'CHECK_CHARACTER';

export type FiscalCodeCheck =
  | { valid: true; fiscalCode: FiscalCode }
  | { valid: false; problem: FiscalCodeProblem; reason: string };

export interface DecodedFiscalCode {
  sex: 'M' | 'F';
  birthDate: IsoDate;
  birthPlaceCode: string;
  /** How many digits were replaced by letters (0 for the base code). */
  omocodiaLevel: number;
  /** The code with every substituted digit restored and its check character recomputed. */
  baseFiscalCode: FiscalCode;
}

export interface Generalita {
  familyName: string;
  givenName: string;
  sex: 'M' | 'F';
  birthDate: IsoDate;
  birthPlaceCode: string;
}

const MONTH_LETTERS = 'ABCDEHLMPRST';
const OMOCODIA_LETTERS = 'LMNPQRSTUV';
/** Indexes of the seven digits, in the order the Agenzia substitutes them (right to left). */
const DIGIT_POSITIONS_RIGHT_TO_LEFT = [14, 13, 12, 10, 9, 7, 6] as const;
const MAX_OMOCODIA_VARIANT = DIGIT_POSITIONS_RIGHT_TO_LEFT.length;
const SHAPE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;
const PLACE_CODE = /^[A-MZ][0-9]{3}$/;
const VOWELS = 'AEIOU';

/** Values of characters in odd (1st, 3rd, ...) positions for the check character, indexed 0-9 then A-Z. */
const ODD_VALUES = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
  10, 22, 25, 24, 23,
];

function characterIndex(code: number): number {
  // '0'..'9' -> 0..9, 'A'..'Z' -> 10..35
  return code <= 57 ? code - 48 : code - 55;
}

/** Trims, removes inner spaces and uppercases: what people type into forms. */
export function normalizeFiscalCode(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** The check character of the first 15 characters of a (normalized) code. */
export function fiscalCodeCheckCharacter(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const index = characterIndex(first15.charCodeAt(i));
    // Positions are counted from 1 in the specification, so index 0 is an "odd" position.
    sum += i % 2 === 0 ? ODD_VALUES[index] : index < 10 ? index : index - 10;
  }
  return String.fromCharCode(65 + (sum % 26));
}

function restoreDigits(code: string): string {
  let restored = '';
  for (let i = 0; i < code.length; i++) {
    const isDigitPosition = i === 6 || i === 7 || i === 9 || i === 10 || i === 12 || i === 13 || i === 14;
    const omocodiaIndex = isDigitPosition ? OMOCODIA_LETTERS.indexOf(code[i]) : -1;
    restored += omocodiaIndex >= 0 ? String(omocodiaIndex) : code[i];
  }
  return restored;
}

function invalid(problem: FiscalCodeProblem, reason: string): FiscalCodeCheck {
  return { valid: false, problem, reason };
}

/** Full validation with the reason in Italian, ready to show to a user or to write in an import report. */
export function checkFiscalCode(input: string): FiscalCodeCheck {
  const code = normalizeFiscalCode(input);
  if (code.length === 0) return invalid('EMPTY', 'il codice fiscale è vuoto');
  if (/^[0-9]{11}$/.test(code)) {
    return invalid(
      'TEMPORARY_NUMERIC',
      'è un codice numerico di 11 cifre (provvisorio o di un soggetto diverso da persona fisica), non gestito',
    );
  }
  if (code.length !== 16) {
    return invalid('LENGTH', `deve avere 16 caratteri, ne ha ${code.length}`);
  }
  if (!SHAPE.test(code)) {
    return invalid(
      'FORMAT',
      'la struttura non è quella di un codice fiscale (6 lettere, 2 cifre, 1 lettera, 2 cifre, 1 lettera, 3 cifre, 1 lettera)',
    );
  }
  const monthLetter = code[8];
  if (!MONTH_LETTERS.includes(monthLetter)) {
    return invalid('MONTH', `la lettera del mese «${monthLetter}» non esiste (ammesse: ${MONTH_LETTERS})`);
  }
  const base = restoreDigits(code);
  const dayCode = Number(base.slice(9, 11));
  const day = dayCode > 40 ? dayCode - 40 : dayCode;
  const month = MONTH_LETTERS.indexOf(monthLetter) + 1;
  const yearDigits = Number(base.slice(6, 8));
  // The century is unknown here: 29 February is accepted when the two-digit year is a leap year in some century.
  const maxDay = month === 2 ? (yearDigits % 4 === 0 ? 29 : 28) : daysInMonth(2001, month);
  if (dayCode < 1 || (dayCode > 31 && dayCode < 41) || dayCode > 71 || day > maxDay) {
    return invalid('DAY', `il giorno di nascita «${base.slice(9, 11)}» non è valido per il mese indicato`);
  }
  const placeCode = base.slice(11, 15);
  if (!PLACE_CODE.test(placeCode)) {
    return invalid('PLACE', `il codice del luogo di nascita «${placeCode}» non è un codice catastale valido`);
  }
  const expected = fiscalCodeCheckCharacter(code);
  if (code[15] !== expected) {
    return invalid(
      'CHECK_CHARACTER',
      `il carattere di controllo è «${code[15]}» ma dovrebbe essere «${expected}»`,
    );
  }
  return { valid: true, fiscalCode: code };
}

export function isValidFiscalCode(input: string): boolean {
  return checkFiscalCode(input).valid;
}

/** The error every layer uses for a bad codice fiscale; `field` is the caller's input name. */
export function invalidFiscalCodeError(
  reason: string,
  field?: string,
  problem?: FiscalCodeProblem,
): DomainError {
  return new DomainError({
    code: 'INVALID_FISCAL_CODE',
    status: 422,
    detail: `Codice fiscale non valido: ${reason}.`,
    field,
    extra: problem ? { problem } : undefined,
  });
}

/** Returns the normalized code or throws `INVALID_FISCAL_CODE` (422) naming the reason. */
export function assertValidFiscalCode(input: string, field?: string): FiscalCode {
  const check = checkFiscalCode(input);
  if (!check.valid) throw invalidFiscalCodeError(check.reason, field, check.problem);
  return check.fiscalCode;
}

/**
 * Reads sex, birth date and birth place. The code carries only two year digits: the century is the latest one
 * that does not put the birth after `referenceDate` (so a person cannot be born in the future, and anyone over
 * 100 years old is read as a newborn: the registry's own birth date wins over this guess when both exist).
 */
export function decodeFiscalCode(input: string, referenceDate: IsoDate, field?: string): DecodedFiscalCode {
  const code = assertValidFiscalCode(input, field);
  const reference = parseIsoDate(referenceDate);
  if (!reference) throw new RangeError(`Not an ISO date: ${referenceDate}`);
  const base = restoreDigits(code);
  const yearDigits = Number(base.slice(6, 8));
  const month = MONTH_LETTERS.indexOf(base[8]) + 1;
  const dayCode = Number(base.slice(9, 11));
  const day = dayCode > 40 ? dayCode - 40 : dayCode;
  const century = Math.floor(reference.year / 100) * 100;
  let birth: CivilDate = { year: century + yearDigits, month, day };
  if (formatIsoDate(birth) > referenceDate || !isValidCivilDate(birth)) {
    birth = { year: century - 100 + yearDigits, month, day };
  }
  if (!isValidCivilDate(birth)) {
    // 29 February of a year like 1900 or 2100: no century makes it real.
    throw invalidFiscalCodeError('il 29 febbraio indicato non esiste nel secolo ricavato', field, 'DAY');
  }
  let omocodiaLevel = 0;
  for (const position of DIGIT_POSITIONS_RIGHT_TO_LEFT) {
    if (OMOCODIA_LETTERS.includes(code[position])) omocodiaLevel++;
  }
  const baseFirst15 = base.slice(0, 15);
  return {
    sex: dayCode > 40 ? 'F' : 'M',
    birthDate: formatIsoDate(birth),
    birthPlaceCode: base.slice(11, 15),
    omocodiaLevel,
    baseFiscalCode: baseFirst15 + fiscalCodeCheckCharacter(baseFirst15),
  };
}

/** Uppercase A-Z only: accents dropped (È -> E), apostrophes, spaces and hyphens removed. */
export function lettersOnly(text: string): string {
  return text
    .normalize('NFD')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
}

function splitLetters(text: string): { consonants: string; vowels: string } {
  let consonants = '';
  let vowels = '';
  for (const letter of lettersOnly(text)) {
    if (VOWELS.includes(letter)) vowels += letter;
    else consonants += letter;
  }
  return { consonants, vowels };
}

/** The three letters for the surname: consonants, then vowels, then X. */
export function familyNameCode(familyName: string): string {
  const { consonants, vowels } = splitLetters(familyName);
  return `${consonants}${vowels}XXX`.slice(0, 3);
}

/** The three letters for the name: with four or more consonants, the 1st, 3rd and 4th. */
export function givenNameCode(givenName: string): string {
  const { consonants, vowels } = splitLetters(givenName);
  if (consonants.length >= 4) return consonants[0] + consonants[2] + consonants[3];
  return `${consonants}${vowels}XXX`.slice(0, 3);
}

function invalidGeneralita(detail: string, field: string): DomainError {
  return new DomainError({ code: 'INVALID_GENERALITA', status: 422, detail, field });
}

/**
 * Replaces the rightmost `variant` digits with omocodia letters (variant 1 changes the last digit of the
 * place code, 7 changes all seven digits) and recomputes the check character.
 */
export function applyOmocodia(fiscalCode: FiscalCode, variant: number): FiscalCode {
  if (!Number.isInteger(variant) || variant < 0 || variant > MAX_OMOCODIA_VARIANT) {
    throw new RangeError(`Omocodia variant must be 0..${MAX_OMOCODIA_VARIANT}, got ${variant}`);
  }
  const characters = restoreDigits(normalizeFiscalCode(fiscalCode)).slice(0, 15).split('');
  for (let i = 0; i < variant; i++) {
    const position = DIGIT_POSITIONS_RIGHT_TO_LEFT[i];
    characters[position] = OMOCODIA_LETTERS[Number(characters[position])];
  }
  const first15 = characters.join('');
  return first15 + fiscalCodeCheckCharacter(first15);
}

/** The code with every omocodia letter turned back into its digit and the check character recomputed. */
export function baseFiscalCode(fiscalCode: FiscalCode): FiscalCode {
  return applyOmocodia(fiscalCode, 0);
}

/** The 15 characters before the check character, from the parts already encoded. */
export function fiscalCodeStem(
  familyCode: string,
  givenCode: string,
  sex: 'M' | 'F',
  birth: CivilDate,
  placeCode: string,
): string {
  const year = birth.year % 100;
  const day = sex === 'F' ? birth.day + 40 : birth.day;
  return (
    familyCode +
    givenCode +
    (year < 10 ? `0${year}` : String(year)) +
    MONTH_LETTERS[birth.month - 1] +
    (day < 10 ? `0${day}` : String(day)) +
    placeCode
  );
}

/**
 * Computes the codice fiscale from the generalità. `omocodiaVariant` (0-7) selects the code the Agenzia would
 * assign to the n-th later person sharing the same base code.
 */
export function computeFiscalCode(generalita: Generalita, omocodiaVariant = 0): FiscalCode {
  const familyCode = familyNameCode(generalita.familyName);
  const givenCode = givenNameCode(generalita.givenName);
  if (lettersOnly(generalita.familyName).length === 0) {
    throw invalidGeneralita('Il cognome deve contenere almeno una lettera.', 'familyName');
  }
  if (lettersOnly(generalita.givenName).length === 0) {
    throw invalidGeneralita('Il nome deve contenere almeno una lettera.', 'givenName');
  }
  const birth = parseIsoDate(generalita.birthDate);
  if (!birth) throw invalidGeneralita('La data di nascita non è una data valida (AAAA-MM-GG).', 'birthDate');
  const placeCode = generalita.birthPlaceCode.trim().toUpperCase();
  if (!PLACE_CODE.test(placeCode)) {
    throw invalidGeneralita(
      `Il codice del luogo di nascita «${generalita.birthPlaceCode}» non è un codice catastale valido.`,
      'birthPlaceCode',
    );
  }
  const stem = fiscalCodeStem(familyCode, givenCode, generalita.sex, birth, placeCode);
  const base = stem + fiscalCodeCheckCharacter(stem);
  return omocodiaVariant === 0 ? base : applyOmocodia(base, omocodiaVariant);
}

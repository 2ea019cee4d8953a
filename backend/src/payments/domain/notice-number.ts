/**
 * IUV and notice number (numero avviso) for a creditor on aux digit 3 (pagoPA, "Specifiche attuative dei
 * codici identificativi di versamento"): notice number = `3` + IUV, IUV (17 digits) = segregation code (2)
 * + IUV base (13) + check digits (2), the check digits being the remainder of the division by 93 of the
 * number aux digit + segregation code + IUV base.
 */
export const AUX_DIGIT = '3';
const IUV_BASE_DIGITS = 13;
const MAX_IUV_BASE = 10n ** BigInt(IUV_BASE_DIGITS) - 1n;

export function isSegregationCode(value: string): boolean {
  return /^\d{2}$/.test(value);
}

/** The two check digits of an IUV base under a segregation code. */
export function iuvCheckDigits(segregationCode: string, iuvBase: string): string {
  const remainder = BigInt(`${AUX_DIGIT}${segregationCode}${iuvBase}`) % 93n;
  return remainder.toString().padStart(2, '0');
}

/** The IUV for the n-th position of the comune (n from a database sequence, 1 … 10^13 − 1). */
export function iuvFromSequence(segregationCode: string, sequence: bigint | number): string {
  if (!isSegregationCode(segregationCode)) throw new RangeError('segregation code must be 2 digits');
  const value = BigInt(sequence);
  if (value < 1n || value > MAX_IUV_BASE) throw new RangeError('IUV sequence out of range');
  const base = value.toString().padStart(IUV_BASE_DIGITS, '0');
  return `${segregationCode}${base}${iuvCheckDigits(segregationCode, base)}`;
}

export function noticeNumberOf(iuv: string): string {
  return `${AUX_DIGIT}${iuv}`;
}

/** True for an 18-digit notice number on aux digit 3 whose check digits are right. */
export function isValidNoticeNumber(noticeNumber: string): boolean {
  const match = /^3(\d{2})(\d{13})(\d{2})$/.exec(noticeNumber);
  if (!match) return false;
  const [, segregation, base, check] = match as unknown as [string, string, string, string];
  return iuvCheckDigits(segregation, base) === check;
}

/** As printed on the notice: groups of four digits ("3012 0000 0000 0012 34"). */
export function formatNoticeNumber(noticeNumber: string): string {
  return noticeNumber.replace(/(\d{4})(?=\d)/g, '$1 ');
}

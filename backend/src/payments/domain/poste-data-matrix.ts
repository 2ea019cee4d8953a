import { amountToCents } from './amount.js';

/**
 * The Poste data matrix printed on a pagoPA notice payable at the post office (256 characters, pagoPA notice
 * specification): `codfase=NBPA;`, the codeline (`18` + notice number, `12` + postal account on 12 digits,
 * `10` + amount in cents on 10 digits, `3` + document type `896`), `1P1`, creditor fiscal code (11), payer
 * fiscal code (16), payer name (40), purpose (110), 12 blanks of filler and `A`.
 */
export interface PosteDataMatrixInput {
  noticeNumber: string;
  postalAccount: string;
  amount: string;
  creditorFiscalCode: string;
  payerFiscalCode: string;
  payerName: string;
  purpose: string;
}

export const POSTE_DATA_MATRIX_LENGTH = 256;

/** The codeline of the postal bulletin (50 digits). */
export function posteCodeline(noticeNumber: string, postalAccount: string, amount: string): string {
  if (!/^\d{18}$/.test(noticeNumber)) throw new RangeError('notice number must be 18 digits');
  if (!/^\d{1,12}$/.test(postalAccount)) throw new RangeError('postal account must be up to 12 digits');
  const cents = String(amountToCents(amount)).padStart(10, '0');
  return `18${noticeNumber}12${postalAccount.padStart(12, '0')}10${cents}3896`;
}

/** Letters without accents, digits and blanks only: what the Poste readers accept. */
function plain(value: string, width: number): string {
  const ascii = value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9 .,'/-]/g, ' ')
    .toUpperCase();
  return ascii.slice(0, width).padEnd(width, ' ');
}

export function posteDataMatrix(input: PosteDataMatrixInput): string {
  return [
    'codfase=NBPA;',
    posteCodeline(input.noticeNumber, input.postalAccount, input.amount),
    '1P1',
    plain(input.creditorFiscalCode, 11),
    plain(input.payerFiscalCode, 16),
    plain(input.payerName, 40),
    plain(input.purpose, 110),
    ' '.repeat(12),
    'A',
  ].join('');
}

/** The QR code of the notice: `PAGOPA|002|<notice number>|<creditor fiscal code>|<amount in cents>`. */
export function pagoPaQrText(noticeNumber: string, creditorFiscalCode: string, amount: string): string {
  return `PAGOPA|002|${noticeNumber}|${creditorFiscalCode}|${amountToCents(amount)}`;
}

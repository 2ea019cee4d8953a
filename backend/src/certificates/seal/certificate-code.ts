import { randomBytes } from 'node:crypto';

/**
 * Certificate codes: 15 random Crockford base32 symbols (75 bits from the OS CSPRNG) plus one check symbol,
 * printed in groups of four (`7K3M-Q9XD-2HBT-VR4C`). Crockford's alphabet has no I, L, O, U, so a code read
 * aloud or typed from paper is hard to get wrong; the check symbol (Luhn mod 32) catches every single
 * wrong symbol and most swaps of neighbours before the database is asked.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RANDOM_SYMBOLS = 15;
export const CERTIFICATE_CODE_LENGTH = RANDOM_SYMBOLS + 1;

export type RandomSource = (size: number) => Uint8Array;

export function generateCertificateCode(random: RandomSource = randomBytes): string {
  const bytes = random(Math.ceil((RANDOM_SYMBOLS * 5) / 8));
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let body = '';
  for (let index = 0; index < RANDOM_SYMBOLS; index += 1) {
    body += ALPHABET[Number((bits >> BigInt(index * 5)) & 31n)];
  }
  return body + checkSymbol(body);
}

/** Luhn mod N over the Crockford alphabet (N = 32). */
function luhnSum(symbols: string, doubleFirstFromRight: boolean): number {
  let sum = 0;
  let double = doubleFirstFromRight;
  for (let index = symbols.length - 1; index >= 0; index -= 1) {
    let addend = ALPHABET.indexOf(symbols[index]) * (double ? 2 : 1);
    addend = Math.floor(addend / 32) + (addend % 32);
    sum += addend;
    double = !double;
  }
  return sum % 32;
}

function checkSymbol(body: string): string {
  return ALPHABET[(32 - luhnSum(body, true)) % 32];
}

/**
 * Canonical form of a code as typed by a person (any case, with dashes or spaces, O for 0, I or L for 1),
 * or `null` when it cannot be a certificate code.
 */
export function normalizeCertificateCode(input: string): string | null {
  const code = input
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (code.length !== CERTIFICATE_CODE_LENGTH || [...code].some((symbol) => !ALPHABET.includes(symbol)))
    return null;
  return luhnSum(code, false) === 0 ? code : null;
}

/** `7K3MQ9XD2HBTVR4C` → `7K3M-Q9XD-2HBT-VR4C`, the printed form. */
export function formatCertificateCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

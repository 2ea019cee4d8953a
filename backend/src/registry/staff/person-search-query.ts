import { assertValidFiscalCode } from '../../common/italian/fiscal-code.js';
import { foldSearchText } from '../persistence/search-fold.js';
import { RegistryErrors } from '../registry-errors.js';

const TOPONYMS = new Set([
  'VIA',
  'VIALE',
  'PIAZZA',
  'PZA',
  'VICOLO',
  'LARGO',
  'CORSO',
  'LOCALITA',
  'CONTRADA',
  'STRADA',
]);
const CIVIC = /^[0-9]{1,5}(\/?[A-Z]{1,3})?$/;
const MAX_WORDS = 5;

export type PersonSearchKind = 'fiscal_code' | 'name' | 'address';

export type PersonSearchQuery =
  | { kind: 'fiscal_code'; fiscalCode: string }
  | { kind: 'name'; prefixes: string[] }
  | { kind: 'address'; street: string; civicNumber: string | null };

/** The layout of a person's codice fiscale, omocodia letters allowed in the digit positions. */
const FISCAL_CODE_SHAPE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

/**
 * One word of 16 letters and digits is meant as a codice fiscale (and refused if malformed); words with spaces
 * only when together they have its layout ("RSS MRA 80A01 H501U"), so "via Prova 3E1234 17" stays an address.
 */
function looksLikeFiscalCode(q: string, compact: string): boolean {
  if (!/^[A-Z0-9]{16}$/.test(compact) || !/[0-9]/.test(compact)) return false;
  return !/\s/.test(q.trim()) || FISCAL_CODE_SHAPE.test(compact);
}

/**
 * Reads what the office typed: a codice fiscale (validated in full: a malformed one is refused, naming `q`),
 * an address ("via Marconi 12", "marconi 12") or a name ("Rossi Mario", "mario rossi", "ross"). `by` forces the
 * reading when the guess would be wrong.
 */
export function parsePersonSearch(q: string, by?: PersonSearchKind): PersonSearchQuery {
  const compact = q.replace(/\s+/g, '').toUpperCase();
  if (by === 'fiscal_code' || (by === undefined && looksLikeFiscalCode(q, compact))) {
    return { kind: 'fiscal_code', fiscalCode: assertValidFiscalCode(q, 'q') };
  }
  const words = foldSearchText(q)
    .split(' ')
    .filter((word) => word !== '')
    .slice(0, MAX_WORDS);
  if (words.join('').length < 2) throw RegistryErrors.searchTooShort();
  const last = words.at(-1) ?? '';
  const isAddress =
    by === 'address' ||
    (by === undefined && (TOPONYMS.has(words[0]) || (words.length > 1 && CIVIC.test(last))));
  if (isAddress) {
    const civicNumber = words.length > 1 && CIVIC.test(last) ? last.replace('/', '') : null;
    const streetWords = civicNumber ? words.slice(0, -1) : words;
    const street = (
      TOPONYMS.has(streetWords[0]) && streetWords.length > 1 ? streetWords.slice(1) : streetWords
    ).join(' ');
    if (street.length < 2) throw RegistryErrors.searchTooShort();
    return { kind: 'address', street, civicNumber };
  }
  // "Mario Rossi" and "Rossi Mario" both find ROSSI MARIO: every rotation of the words is a prefix to try.
  const prefixes = words.map((_, index) => [...words.slice(index), ...words.slice(0, index)].join(' '));
  return { kind: 'name', prefixes: [...new Set(prefixes)] };
}

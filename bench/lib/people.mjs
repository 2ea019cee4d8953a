// Deterministic synthetic people: person i has a name and a birth date of its own, hence its own codice fiscale.
import { importBackend } from './stack.mjs';

const { computeFiscalCode } = await importBackend('common/italian/fiscal-code.js');

const SYLLABLES = [
  'BA',
  'CO',
  'DI',
  'FE',
  'GA',
  'LU',
  'MA',
  'NO',
  'PI',
  'RO',
  'SA',
  'TE',
  'VI',
  'ZE',
  'RI',
  'LO',
];

function name(n, parts) {
  let text = '';
  for (let k = 0; k < parts; k++) {
    text += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return text.charAt(0) + text.slice(1).toLowerCase();
}

/** `{ givenName, familyName, sex, birthDate, birthPlaceCode, fiscalCode }` of person `i` (born in Spino d'Adda). */
export function syntheticPerson(i) {
  const identity = {
    givenName: name(i * 7 + 3, 3),
    familyName: name(i, 5),
    sex: i % 2 === 0 ? 'M' : 'F',
    birthDate: `${1940 + (i % 60)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    birthPlaceCode: 'I914',
  };
  return { ...identity, fiscalCode: computeFiscalCode(identity) };
}

/** Staff of the benchmarks live far from the residents' numbers. */
export function staffPerson(i) {
  return syntheticPerson(10_000_000 + i);
}

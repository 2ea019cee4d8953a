import {
  isValidFiscalCode as isValidPersonFiscalCode,
  normalizeFiscalCode,
} from '../../common/italian/fiscal-code.js';

const ENTITY = /^[0-9]{11}$/;

function entityCheckIsValid(code: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const digit = Number(code[i]);
    if (i % 2 === 0) sum += digit;
    else sum += digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
  }
  return (10 - (sum % 10)) % 10 === Number(code[10]);
}

/**
 * A codice fiscale the F24 will accept: 16 characters for a person (omocodia variants included) or 11
 * digits for an entity, with a correct check character.
 */
export function isValidFiscalCode(value: string): boolean {
  // The form takes the code exactly as printed: uppercase, no spaces.
  if (value.length === 16) return normalizeFiscalCode(value) === value && isValidPersonFiscalCode(value);
  if (ENTITY.test(value)) return entityCheckIsValid(value);
  return false;
}

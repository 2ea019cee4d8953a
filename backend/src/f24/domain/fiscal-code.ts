const PERSON = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;
const ENTITY = /^[0-9]{11}$/;

// Values of the characters in odd positions (1st, 3rd, ...) for the check character (D.M. 12/03/1974).
const ODD_VALUES = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

function charValue(char: string, odd: boolean): number {
  const code = char.charCodeAt(0);
  const index = code >= 48 && code <= 57 ? code - 48 : code - 65;
  return odd ? ODD_VALUES[index] : index;
}

function personCheckIsValid(code: string): boolean {
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += charValue(code[i], i % 2 === 0);
  return String.fromCharCode(65 + (sum % 26)) === code[15];
}

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
  if (PERSON.test(value)) return personCheckIsValid(value);
  if (ENTITY.test(value)) return entityCheckIsValid(value);
  return false;
}

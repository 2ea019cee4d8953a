import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/civil-date.js';
import { DomainError } from '../errors/domain-error.js';
import {
  applyOmocodia,
  assertValidFiscalCode,
  checkFiscalCode,
  computeFiscalCode,
  decodeFiscalCode,
  familyNameCode,
  fiscalCodeCheckCharacter,
  givenNameCode,
  isValidFiscalCode,
  normalizeFiscalCode,
} from './fiscal-code.js';

/*
 * Worked examples, check characters computed by hand from the odd/even tables of D.M. 23.12.1976:
 *
 * RSSMRA85T10A562 (Mario Rossi, M, 10.12.1985, San Giuliano Terme A562)
 *   odd  R8 S12 R8 '8'19 T14 '0'1 '5'13 '2'5 = 80; even S18 M12 A0 '5'5 '1'1 A0 '6'6 = 42; 122 mod 26 = 18 -> S
 * BNCGLI90C55I914 (Giulia Bianchi, F, 15.03.1990, Spino d'Adda I914)
 *   odd  B0 C5 L4 '9'21 C5 '5'13 '9'21 '4'9 = 78; even N13 G6 I8 '0'0 '5'5 I8 '1'1 = 41; 119 mod 26 = 15 -> P
 * PPSNDR88L04Z129 (Andrei Popescu, M, 04.07.1988, Romania Z129)
 *   odd  P3 S12 D7 '8'19 L4 '4'9 '1'0 '9'21 = 75; even P15 N13 R17 '8'8 '0'0 Z25 '2'2 = 80; 155 mod 26 = 25 -> Z
 * CLMSFO01A41F205 (Sofia Colombo, F, 01.01.2001, Milano F205)
 *   odd  C5 M18 F13 '0'1 A1 '1'0 '2'5 '5'13 = 56; even L11 S18 O14 '1'1 '4'4 F5 '0'0 = 53; 109 mod 26 = 5 -> F
 * Omocodia of BNCGLI90C55I914P: variant 1 turns the last digit 4 into Q (odd value 9 -> 6): 116 mod 26 -> M;
 * variant 2 also turns 1 into M (even value 1 -> 12): 127 mod 26 -> X.
 */
const MARIO_ROSSI = 'RSSMRA85T10A562S';
const GIULIA_BIANCHI = 'BNCGLI90C55I914P';
const ANDREI_POPESCU = 'PPSNDR88L04Z129Z';
const SOFIA_COLOMBO = 'CLMSFO01A41F205F';

describe('checkFiscalCode', () => {
  it.each([
    MARIO_ROSSI,
    GIULIA_BIANCHI,
    ANDREI_POPESCU,
    SOFIA_COLOMBO,
    'BNCGLI90C55I91QM',
    'BNCGLI90C55I9MQX',
  ])('should accept the hand-checked code %s', (code) => {
    expect(checkFiscalCode(code)).toEqual({ valid: true, fiscalCode: code });
  });

  it('should accept a code typed in lowercase with spaces and return it normalized', () => {
    expect(checkFiscalCode('  rssmra85t10 a562s ')).toEqual({ valid: true, fiscalCode: MARIO_ROSSI });
    expect(normalizeFiscalCode(' bnc gli 90c55i914p')).toBe(GIULIA_BIANCHI);
  });

  it.each([
    ['', 'EMPTY', 'vuoto'],
    ['12345678901', 'TEMPORARY_NUMERIC', '11 cifre'],
    ['RSSMRA85T10A562', 'LENGTH', 'ne ha 15'],
    ['RSSMRA85T10A562SS', 'LENGTH', 'ne ha 17'],
    ['RSSMRA8AT10A562S', 'FORMAT', 'struttura'],
    ['RSSMR185T10A562S', 'FORMAT', 'struttura'],
    ['RSSMRA85X10A562S', 'MONTH', '«X»'],
    ['RSSMRA85T32A562S', 'DAY', '«32»'],
    ['RSSMRA85T00A562S', 'DAY', '«00»'],
    ['RSSMRA85T72A562S', 'DAY', '«72»'],
    ['RSSMRA85B30A562S', 'DAY', '«30»'],
    ['RSSMRA85B29A562S', 'DAY', '«29»'],
    ['RSSMRA85S31A562S', 'DAY', '«31»'],
    ['RSSMRA85T10N562S', 'PLACE', '«N562»'],
    ['RSSMRA85T10A562T', 'CHECK_CHARACTER', 'dovrebbe essere «S»'],
  ])('should refuse %j with problem %s', (code, problem, fragment) => {
    const check = checkFiscalCode(code);
    expect(check.valid).toBe(false);
    if (check.valid) return;
    expect(check.problem).toBe(problem);
    expect(check.reason).toContain(fragment);
  });

  it('should accept 29 February when the two-digit year is a leap year in some century', () => {
    const stem = 'RSSMRA84B29A562';
    expect(isValidFiscalCode(stem + fiscalCodeCheckCharacter(stem))).toBe(true);
  });

  it('should accept omocodia letters in any digit position when the check character matches', () => {
    const stem = 'RSSMRAUR' + 'T10A562';
    expect(isValidFiscalCode(stem + fiscalCodeCheckCharacter(stem))).toBe(true);
  });

  it('should refuse a letter outside LMNPQRSTUV in a digit position', () => {
    const stem = 'RSSMRA85T1AA562';
    expect(checkFiscalCode(stem + 'A')).toMatchObject({ valid: false, problem: 'FORMAT' });
  });
});

describe('assertValidFiscalCode', () => {
  it('should throw INVALID_FISCAL_CODE with status 422, Italian detail and the caller field', () => {
    let thrown: unknown;
    try {
      assertValidFiscalCode('RSSMRA85T10A562T', 'members.0.fiscalCode');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({
      code: 'INVALID_FISCAL_CODE',
      status: 422,
      field: 'members.0.fiscalCode',
      extra: { problem: 'CHECK_CHARACTER' },
    });
    expect((thrown as DomainError).detail).toBe(
      'Codice fiscale non valido: il carattere di controllo è «T» ma dovrebbe essere «S».',
    );
  });

  it('should return the normalized code when it is valid', () => {
    expect(assertValidFiscalCode('bncgli90c55i914p')).toBe(GIULIA_BIANCHI);
  });

  it('should name the temporary numeric code as the reason when given 11 digits', () => {
    expect(() => assertValidFiscalCode('01234567890', 'fiscalCode')).toThrow(/11 cifre/);
  });
});

describe('computeFiscalCode', () => {
  it.each([
    [MARIO_ROSSI, 'Rossi', 'Mario', 'M', '1985-12-10', 'A562'],
    [GIULIA_BIANCHI, 'Bianchi', 'Giulia', 'F', '1990-03-15', 'I914'],
    [ANDREI_POPESCU, 'Popescu', 'Andrei', 'M', '1988-07-04', 'Z129'],
    [SOFIA_COLOMBO, 'Colombo', 'Sofia', 'F', '2001-01-01', 'F205'],
  ] as const)(
    'should compute %s from the generalità',
    (expected, familyName, givenName, sex, birthDate, place) => {
      expect(computeFiscalCode({ familyName, givenName, sex, birthDate, birthPlaceCode: place })).toBe(
        expected,
      );
    },
  );

  it('should compute the omocodia variants the Agenzia assigns to later homonyms', () => {
    const giulia = {
      familyName: 'Bianchi',
      givenName: 'Giulia',
      sex: 'F',
      birthDate: '1990-03-15',
      birthPlaceCode: 'I914',
    } as const;
    expect(computeFiscalCode(giulia, 1)).toBe('BNCGLI90C55I91QM');
    expect(computeFiscalCode(giulia, 2)).toBe('BNCGLI90C55I9MQX');
    expect(computeFiscalCode(giulia, 7)).toBe(applyOmocodia(GIULIA_BIANCHI, 7));
    expect(applyOmocodia(GIULIA_BIANCHI, 7).slice(0, 15)).toBe('BNCGLIVLCRRIVMQ');
  });

  it('should refuse an omocodia variant outside 0..7', () => {
    expect(() => applyOmocodia(GIULIA_BIANCHI, 8)).toThrow(RangeError);
  });

  it.each([
    ['Fo', 'FOX'],
    ['Rè', 'REX'],
    ["D'Angelo", 'DNG'],
    ['De Luca', 'DLC'],
    ['Ng', 'NGX'],
    ['Aiello', 'LLA'],
  ])('should encode the surname %s as %s', (surname, code) => {
    expect(familyNameCode(surname)).toBe(code);
  });

  it.each([
    ['Francesca', 'FNC'],
    ['Giulia', 'GLI'],
    ['Luca', 'LCU'],
    ['Gianfranco', 'GFR'],
    ['Ida', 'DIA'],
    ['Maria Grazia', 'MGR'],
    ['Jo', 'JOX'],
  ])('should encode the name %s as %s', (name, code) => {
    expect(givenNameCode(name)).toBe(code);
  });

  it('should refuse generalità with no letters in the surname, with INVALID_GENERALITA', () => {
    expect(() =>
      computeFiscalCode({
        familyName: "'",
        givenName: 'Mario',
        sex: 'M',
        birthDate: '1985-12-10',
        birthPlaceCode: 'A562',
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_GENERALITA', field: 'familyName' }));
  });

  it('should refuse an impossible birth date and a malformed place code', () => {
    const base = { familyName: 'Rossi', givenName: 'Mario', sex: 'M', birthPlaceCode: 'A562' } as const;
    expect(() => computeFiscalCode({ ...base, birthDate: '1985-02-30' })).toThrow(
      expect.objectContaining({ field: 'birthDate' }),
    );
    expect(() => computeFiscalCode({ ...base, birthDate: '1985-12-10', birthPlaceCode: 'N123' })).toThrow(
      expect.objectContaining({ field: 'birthPlaceCode' }),
    );
  });
});

describe('decodeFiscalCode', () => {
  it('should read sex, birth date and birth place of a man', () => {
    expect(decodeFiscalCode(MARIO_ROSSI, '2026-03-01')).toEqual({
      sex: 'M',
      birthDate: '1985-12-10',
      birthPlaceCode: 'A562',
      omocodiaLevel: 0,
      baseFiscalCode: MARIO_ROSSI,
    });
  });

  it('should read a woman by the day plus 40 and a birth in this century', () => {
    expect(decodeFiscalCode(SOFIA_COLOMBO, '2026-03-01')).toMatchObject({
      sex: 'F',
      birthDate: '2001-01-01',
    });
  });

  it('should restore the digits of an omocode and report how many were replaced', () => {
    expect(decodeFiscalCode('BNCGLI90C55I9MQX', '2026-03-01')).toEqual({
      sex: 'F',
      birthDate: '1990-03-15',
      birthPlaceCode: 'I914',
      omocodiaLevel: 2,
      baseFiscalCode: GIULIA_BIANCHI,
    });
  });

  it('should resolve the century against the reference date so that nobody is born in the future', () => {
    const stem = 'RSSMRA26A01H501';
    const code = stem + fiscalCodeCheckCharacter(stem);
    expect(decodeFiscalCode(code, '2026-01-01').birthDate).toBe('2026-01-01');
    expect(decodeFiscalCode(code, '2025-12-31').birthDate).toBe('1926-01-01');
  });

  it('should refuse 29 February of a century year that is not a leap year', () => {
    const stem = 'RSSMRA00B29H501';
    const code = stem + fiscalCodeCheckCharacter(stem);
    expect(decodeFiscalCode(code, '2026-01-01').birthDate).toBe('2000-02-29');
    expect(() => decodeFiscalCode(code, '1999-12-31', 'cf')).toThrow(
      expect.objectContaining({ field: 'cf' }),
    );
  });

  it('should throw INVALID_FISCAL_CODE for an invalid code', () => {
    expect(() => decodeFiscalCode('RSSMRA85T10A562T', '2026-01-01')).toThrow(
      expect.objectContaining({ code: 'INVALID_FISCAL_CODE' }),
    );
  });
});

describe('fiscal code round trip', () => {
  const letters = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
  const name = fc.array(letters, { minLength: 1, maxLength: 12 }).map((chars) => chars.join(''));
  const placeCode = fc
    .tuple(fc.constantFrom(...'ABCDEFGHIJKLMZ'.split('')), fc.integer({ min: 1, max: 999 }))
    .map(([letter, number]) => letter + String(number).padStart(3, '0'));
  // Within 99 years of the reference date the century is unambiguous.
  const birthDate = fc.integer({ min: 0, max: 99 * 365 }).map((days) => addDays('1927-01-02', days));

  it('should decode every computed code and its omocodia variants back to the generalità', () => {
    fc.assert(
      fc.property(
        name,
        name,
        fc.constantFrom('M', 'F'),
        birthDate,
        placeCode,
        fc.integer({ min: 0, max: 7 }),
        (familyName, givenName, sex, date, place, variant) => {
          const code = computeFiscalCode(
            { familyName, givenName, sex: sex as 'M' | 'F', birthDate: date, birthPlaceCode: place },
            variant,
          );
          expect(isValidFiscalCode(code)).toBe(true);
          const decoded = decodeFiscalCode(code, '2026-01-01');
          expect(decoded).toMatchObject({
            sex,
            birthDate: date,
            birthPlaceCode: place,
            omocodiaLevel: variant,
          });
          expect(decoded.baseFiscalCode).toBe(
            computeFiscalCode({
              familyName,
              givenName,
              sex: sex as 'M' | 'F',
              birthDate: date,
              birthPlaceCode: place,
            }),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('should detect any single changed character', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 14 }),
        fc.constantFrom(...'0123456789'.split('')),
        (position, digit) => {
          const original = GIULIA_BIANCHI;
          if (!/[0-9]/.test(original[position]) || original[position] === digit) return;
          const altered = original.slice(0, position) + digit + original.slice(position + 1);
          expect(isValidFiscalCode(altered)).toBe(false);
        },
      ),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountToCents, centsToAmount, isValidAmount } from './amount.js';
import { formatNoticeNumber, isValidNoticeNumber, iuvFromSequence, noticeNumberOf } from './notice-number.js';
import {
  POSTE_DATA_MATRIX_LENGTH,
  pagoPaQrText,
  posteCodeline,
  posteDataMatrix,
} from './poste-data-matrix.js';

describe('IUV and notice number', () => {
  it('should put the segregation code first and the mod-93 check digits last', () => {
    const iuv = iuvFromSequence('01', 1);
    expect(iuv).toMatch(/^01\d{15}$/);
    expect(iuv.slice(2, 15)).toBe('0000000000001');
    expect(Number(iuv.slice(15))).toBe(Number(BigInt('3010000000000001') % 93n));
    expect(noticeNumberOf(iuv)).toHaveLength(18);
    expect(formatNoticeNumber(noticeNumberOf(iuv))).toMatch(/^\d{4} \d{4} \d{4} \d{4} \d{2}$/);
  });

  it('should give valid, distinct notice numbers for every sequence value', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 9_999_999_999_999n }),
        fc.integer({ min: 0, max: 99 }),
        (n, code) => {
          const segregation = String(code).padStart(2, '0');
          const notice = noticeNumberOf(iuvFromSequence(segregation, n));
          expect(isValidNoticeNumber(notice)).toBe(true);
          expect(notice).not.toBe(noticeNumberOf(iuvFromSequence(segregation, n === 1n ? 2n : n - 1n)));
        },
      ),
    );
  });

  it('should refuse sequence values beyond 13 digits and a wrong check digit', () => {
    expect(() => iuvFromSequence('01', 10_000_000_000_000n)).toThrow(RangeError);
    expect(() => iuvFromSequence('01', 0)).toThrow(RangeError);
    const notice = noticeNumberOf(iuvFromSequence('01', 42));
    const wrong = `${notice.slice(0, 16)}${(Number(notice.slice(16)) + 1) % 100}`.padEnd(18, '0');
    expect(isValidNoticeNumber(wrong)).toBe(false);
  });
});

describe('amounts in cents from exact decimals', () => {
  it('should convert without floating-point error', () => {
    expect(amountToCents('16.00')).toBe(1600);
    expect(amountToCents('0.29')).toBe(29);
    expect(amountToCents('1234567.89')).toBe(123456789);
    expect(centsToAmount(1600)).toBe('16.00');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999_999_999 }), (cents) => {
        expect(amountToCents(centsToAmount(cents))).toBe(cents);
      }),
    );
  });

  it('should refuse zero, negatives, three decimals, NUL characters and numbers beyond range', () => {
    for (const value of ['0', '0.00', '-1', '1.005', '1e3', '16\u0000', '100000000.00', '']) {
      expect(isValidAmount(value)).toBe(false);
    }
    expect(() => amountToCents('1.005')).toThrow(RangeError);
  });
});

describe('QR code and Poste data matrix', () => {
  const notice = noticeNumberOf(iuvFromSequence('01', 7));
  it('should write the pagoPA QR text with the amount in cents', () => {
    expect(pagoPaQrText(notice, '00000000000', '16.00')).toBe(`PAGOPA|002|${notice}|00000000000|1600`);
  });

  it('should build the 50-digit codeline and the 256-character data matrix', () => {
    const codeline = posteCodeline(notice, '12345678', '16.00');
    expect(codeline).toBe(`18${notice}12000012345678100000001600` + '3896');
    const matrix = posteDataMatrix({
      noticeNumber: notice,
      postalAccount: '12345678',
      amount: '16.00',
      creditorFiscalCode: '00000000000',
      payerFiscalCode: 'RSSMRA80A01H501U',
      payerName: 'Mario Rossi Àlvarez',
      purpose: 'Imposta di bollo',
    });
    expect(matrix).toHaveLength(POSTE_DATA_MATRIX_LENGTH);
    expect(
      matrix.startsWith(`codfase=NBPA;${codeline}1P100000000000RSSMRA80A01H501UMARIO ROSSI ALVAREZ`),
    ).toBe(true);
    expect(matrix.slice(15, 33)).toBe(notice);
    expect(matrix.slice(49, 59)).toBe('0000001600');
    expect(matrix.endsWith(`${' '.repeat(12)}A`)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import {
  CERTIFICATE_CODE_LENGTH,
  formatCertificateCode,
  generateCertificateCode,
  normalizeCertificateCode,
} from './certificate-code.js';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

describe('certificate codes', () => {
  it('should be 16 Crockford symbols whose check symbol validates', () => {
    for (let index = 0; index < 200; index += 1) {
      const code = generateCertificateCode();
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
      expect(code).toHaveLength(CERTIFICATE_CODE_LENGTH);
      expect(normalizeCertificateCode(code)).toBe(code);
    }
  });

  it('should draw its symbols from the random source', () => {
    expect(generateCertificateCode((size) => new Uint8Array(size))).toBe('0000000000000000');
    const fixed = (size: number) => Uint8Array.from({ length: size }, (_, index) => index * 37 + 11);
    expect(generateCertificateCode(fixed)).toBe(generateCertificateCode(fixed));
    expect(generateCertificateCode(fixed)).not.toBe(generateCertificateCode((size) => new Uint8Array(size)));
  });

  it('should not repeat across many draws', () => {
    const codes = new Set(Array.from({ length: 20_000 }, () => generateCertificateCode()));
    expect(codes.size).toBe(20_000);
  });

  it('should accept what people type: lower case, dashes, spaces, O for zero, I or L for one', () => {
    const code = generateCertificateCode();
    const typed = formatCertificateCode(code)
      .toLowerCase()
      .replace(/0/g, 'o')
      .replace(/1/g, 'l')
      .replace(/-/g, ' - ');
    expect(normalizeCertificateCode(typed)).toBe(code);
  });

  it('should catch every single wrong symbol', () => {
    const code = generateCertificateCode();
    for (let position = 0; position < code.length; position += 1) {
      for (const symbol of ALPHABET) {
        if (symbol === code[position]) continue;
        const typo = code.slice(0, position) + symbol + code.slice(position + 1);
        expect(normalizeCertificateCode(typo)).toBeNull();
      }
    }
  });

  it('should catch most swaps of neighbouring symbols', () => {
    let caught = 0;
    let swaps = 0;
    for (let round = 0; round < 200; round += 1) {
      const code = generateCertificateCode();
      for (let position = 0; position < code.length - 1; position += 1) {
        if (code[position] === code[position + 1]) continue;
        const swapped =
          code.slice(0, position) + code[position + 1] + code[position] + code.slice(position + 2);
        swaps += 1;
        if (normalizeCertificateCode(swapped) === null) caught += 1;
      }
    }
    expect(caught / swaps).toBeGreaterThan(0.95);
  });

  it('should refuse wrong lengths and symbols outside the alphabet', () => {
    const code = generateCertificateCode();
    expect(normalizeCertificateCode(code.slice(1))).toBeNull();
    expect(normalizeCertificateCode(`${code}0`)).toBeNull();
    expect(normalizeCertificateCode(`U${code.slice(1)}`)).toBeNull();
    expect(normalizeCertificateCode('')).toBeNull();
  });

  it('should print the code in groups of four', () => {
    expect(formatCertificateCode('7K3MQ9XD2HBTVR4C')).toBe('7K3M-Q9XD-2HBT-VR4C');
  });
});

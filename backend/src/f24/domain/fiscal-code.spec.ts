import { describe, expect, it } from 'vitest';
import { isValidFiscalCode } from './fiscal-code.js';

describe('isValidFiscalCode', () => {
  it('should accept persons with a correct check character', () => {
    expect(isValidFiscalCode('MRTMTT25D09F205Z')).toBe(true);
    expect(isValidFiscalCode('RSSMRA85T10A562S')).toBe(true);
  });

  it('should refuse a wrong check character, lowercase or a wrong length', () => {
    expect(isValidFiscalCode('MRTMTT25D09F205A')).toBe(false);
    expect(isValidFiscalCode('mrtmtt25d09f205z')).toBe(false);
    expect(isValidFiscalCode('MRTMTT25D09F205')).toBe(false);
  });

  it('should accept an entity code of 11 digits with a correct check digit', () => {
    expect(isValidFiscalCode('06363391001')).toBe(true);
    expect(isValidFiscalCode('06363391002')).toBe(false);
  });
});

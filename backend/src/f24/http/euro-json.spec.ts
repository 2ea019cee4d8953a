import { describe, expect, it } from 'vitest';
import { EURO_PATTERN, euroString, euroToCents } from './euro-json.js';

describe('euro JSON amounts', () => {
  it('should write cents as euro with two decimals', () => {
    expect(euroString(53400)).toBe('534.00');
    expect(euroString(5)).toBe('0.05');
    expect(euroString(123456789)).toBe('1234567.89');
    expect(euroString(-1250)).toBe('-12.50');
  });

  it('should read euro strings with zero, one or two decimals into cents', () => {
    expect(euroToCents('750')).toBe(75000);
    expect(euroToCents('750.5')).toBe(75050);
    expect(euroToCents('0.07')).toBe(7);
    expect(euroToCents('-12.30')).toBe(-1230);
  });

  it('should refuse amounts with a comma, three decimals or letters', () => {
    for (const bad of ['1,50', '1.505', 'abc', '', '1e3']) expect(EURO_PATTERN.test(bad)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { legalInterestRateToEnter } from './legal-interest-rate-reminder.js';

describe('legalInterestRateToEnter', () => {
  const upTo2026 = [2024, 2025, 2026];

  it('should ask for next year from 1 December', () => {
    expect(legalInterestRateToEnter('2026-11-30', upTo2026)).toBeNull();
    expect(legalInterestRateToEnter('2026-12-01', upTo2026)).toBe(2027);
    expect(legalInterestRateToEnter('2026-12-31', upTo2026)).toBe(2027);
  });

  it('should stop asking once next year is entered', () => {
    expect(legalInterestRateToEnter('2026-12-10', [...upTo2026, 2027])).toBeNull();
  });

  it('should ask for the current year whenever it is missing, first', () => {
    expect(legalInterestRateToEnter('2027-01-01', upTo2026)).toBe(2027);
    expect(legalInterestRateToEnter('2027-06-15', upTo2026)).toBe(2027);
    expect(legalInterestRateToEnter('2027-12-05', upTo2026)).toBe(2027);
  });
});

import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/errors/domain-error.js';
import { computeLateSettlement } from './late-settlement.js';
import { ITALIAN_LEGAL_INTEREST_RATES } from './legal-interest-rates.fixture.js';

const rates = { ...ITALIAN_LEGAL_INTEREST_RATES, 2027: '1.6', 2028: '1.6' };

/** € 1.000 of IMU 3918 due on `dueDate`, paid on `paymentDate`. */
function settle(dueDate: string, paymentDate: string, taxCents = 100000) {
  return computeLateSettlement({
    dueDate,
    paymentDate,
    lines: [{ taxCode: '3918', taxCents }],
    legalInterestRates: rates,
  });
}

describe('computeLateSettlement (ravvedimento operoso)', () => {
  describe('violations from 1 September 2024 (D.Lgs 87/2024)', () => {
    // Acconto 2025 due Monday 16 June 2025; legal rate 2% in 2025, 1,6% in 2026.
    it('should charge 1/15 × 12,5% / 10 per day within 14 days', () => {
      const r = settle('2025-06-16', '2025-06-21');
      expect(r.daysLate).toBe(5);
      expect(r.table).toBe('from-2024-09-01');
      expect(r.tier).toBe('within14Days');
      // 1.000 × 0,41667% = 4,17; 1.000 × 2% × 5/365 = 0,27; 1.004,44 → 1.004
      expect(r.lines[0]).toMatchObject({ penaltyCents: 417, interestCents: 27, totalCents: 100400 });
    });

    it('should charge 1,1667% on the 14th day', () => {
      const r = settle('2025-06-16', '2025-06-30');
      expect(r.tier).toBe('within14Days');
      expect(r.lines[0].penaltyCents).toBe(1167);
    });

    it('should charge 1,25% from 15 to 30 days', () => {
      const r = settle('2025-06-16', '2025-07-06');
      expect(r.daysLate).toBe(20);
      expect(r.tier).toBe('within30Days');
      // 12,50 + 1.000 × 2% × 20/365 = 1,10 → 1.013,60 → 1.014
      expect(r.lines[0]).toMatchObject({ penaltyCents: 1250, interestCents: 110, totalCents: 101400 });
    });

    it('should charge 1,3889% from 31 to 90 days', () => {
      const r = settle('2025-06-16', '2025-08-15');
      expect(r.daysLate).toBe(60);
      expect(r.tier).toBe('within90Days');
      // 13,89 + 3,29 = 1.017,18 → 1.017
      expect(r.lines[0]).toMatchObject({ penaltyCents: 1389, interestCents: 329, totalCents: 101700 });
    });

    it('should charge 3,125% within one year, with interest at each year rate across 1 January', () => {
      const r = settle('2025-06-16', '2026-01-02');
      expect(r.tier).toBe('withinOneYear');
      expect(r.lines[0].interestByYear).toEqual([
        { year: 2025, days: 198, ratePercent: '2', cents: 1085 },
        { year: 2026, days: 2, ratePercent: '1.6', cents: 9 },
      ]);
      // 31,25 + (10,8493 + 0,0877 = 10,94) → 1.042,19 → 1.042
      expect(r.lines[0]).toMatchObject({ penaltyCents: 3125, interestCents: 1094, totalCents: 104200 });
    });

    it('should keep 1/8 on the anniversary of the deadline and move to 1/7 the day after', () => {
      expect(settle('2025-06-16', '2026-06-16').tier).toBe('withinOneYear');
      expect(settle('2025-06-16', '2026-06-17').tier).toBe('withinTwoYears');
    });

    it('should charge 3,5714% within two years and 4,1667% beyond', () => {
      const twoYears = settle('2025-06-16', '2026-12-01');
      expect(twoYears.lines[0].penaltyCents).toBe(3571);
      // 2025: 198 days at 2% = 10,8493; 2026: 335 days at 1,6% = 14,6849 → 25,53
      expect(twoYears.lines[0].interestCents).toBe(2553);
      expect(twoYears.lines[0].totalCents).toBe(106100);
      const beyond = settle('2025-06-16', '2027-07-01');
      expect(beyond.tier).toBe('beyondTwoYears');
      expect(beyond.lines[0].penaltyCents).toBe(4167);
    });

    it('should reproduce the documented example: saldo € 534 paid 11 days late', () => {
      const r = settle('2024-12-16', '2024-12-27', 53400);
      // 534 × 11/1200 = 4,895 → 4,90; 534 × 2,5% × 11/365 = 0,40; 539,30 → 539
      expect(r.lines[0]).toMatchObject({ penaltyCents: 490, interestCents: 40, totalCents: 53900 });
    });

    it('should split interest on a saldo paid in January between the two legal rates', () => {
      const r = settle('2024-12-16', '2025-01-20', 53400);
      expect(r.daysLate).toBe(35);
      expect(r.tier).toBe('within90Days');
      // 15 days of 2024 at 2,5% (0,5486) + 20 days of 2025 at 2% (0,5852) = 1,13; penalty 534 / 72 = 7,42
      expect(r.lines[0].interestByYear.map((p) => [p.year, p.days])).toEqual([
        [2024, 15],
        [2025, 20],
      ]);
      expect(r.lines[0]).toMatchObject({ penaltyCents: 742, interestCents: 113, totalCents: 54300 });
      expect(r.lines[0].explanations.map((e) => e.text).join(' ')).toContain('Interessi 2024');
    });
  });

  describe('violations up to 31 August 2024 (old table)', () => {
    // Acconto 2024: 16 June 2024 was a Sunday, so the deadline was Monday 17 June.
    it('should count the delay from the deadline moved past the weekend', () => {
      const r = settle('2024-06-16', '2024-06-27');
      expect(r.dueDate).toBe('2024-06-17');
      expect(r.daysLate).toBe(10);
      expect(r.table).toBe('until-2024-08-31');
      // 0,1% × 10 = 1% → 10,00; 1.000 × 2,5% × 10/365 = 0,68 → 1.010,68 → 1.011
      expect(r.lines[0]).toMatchObject({ penaltyCents: 1000, interestCents: 68, totalCents: 101100 });
    });

    it.each([
      ['2024-07-10', 'within30Days', 1500],
      ['2024-08-30', 'within90Days', 1667],
      ['2025-03-01', 'withinOneYear', 3750],
      ['2026-01-10', 'withinTwoYears', 4286],
      ['2026-07-01', 'beyondTwoYears', 5000],
    ])('should apply the old penalty when paid on %s (%s)', (paymentDate, tier, penaltyCents) => {
      const r = settle('2024-06-16', paymentDate);
      expect(r.tier).toBe(tier);
      expect(r.lines[0].penaltyCents).toBe(penaltyCents);
    });

    it('should use the new table when a deadline of Saturday 31 August 2024 moves to 2 September', () => {
      expect(settle('2024-08-31', '2024-09-10').table).toBe('from-2024-09-01');
      expect(settle('2024-08-30', '2024-09-10').table).toBe('until-2024-08-31');
    });
  });

  it('should keep one line per codice tributo, each rounded on its own', () => {
    const r = computeLateSettlement({
      dueDate: '2025-06-16',
      paymentDate: '2025-07-06',
      lines: [
        { taxCode: '3925', taxCents: 259400 },
        { taxCode: '3930', taxCents: 34100 },
      ],
      legalInterestRates: rates,
    });
    // 3925: 2.594 + 32,43 + 2,84 = 2.629,27 → 2.629; 3930: 341 + 4,26 + 0,37 = 345,63 → 346
    expect(r.lines.map((l) => [l.taxCode, l.penaltyCents, l.interestCents, l.totalCents])).toEqual([
      ['3925', 3243, 284, 262900],
      ['3930', 426, 37, 34600],
    ]);
    expect(r.totalCents).toBe(297500);
  });

  it('should refuse a payment made on the deadline or before', () => {
    for (const paymentDate of ['2025-06-16', '2025-06-10']) {
      try {
        settle('2025-06-16', paymentDate);
        throw new Error('expected a DomainError');
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        expect((error as DomainError).code).toBe('PAYMENT_NOT_LATE');
        expect((error as DomainError).field).toBe('paymentDate');
      }
    }
  });

  it('should refuse a payment on the Monday after a deadline falling on Sunday', () => {
    expect(() => settle('2024-06-16', '2024-06-17')).toThrow(DomainError);
  });

  it('should refuse to compute without the legal rate of a year crossed', () => {
    try {
      computeLateSettlement({
        dueDate: '2025-06-16',
        paymentDate: '2026-01-10',
        lines: [{ taxCode: '3918', taxCents: 100 }],
        legalInterestRates: { 2025: '2' },
      });
      throw new Error('expected a DomainError');
    } catch (error) {
      expect((error as DomainError).code).toBe('LEGAL_INTEREST_RATE_MISSING');
    }
  });
});

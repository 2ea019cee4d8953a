import { describe, expect, it } from 'vitest';
import { countedMonths, describeMonths, monthCounts, monthCoverage } from './possession-months.js';

/** A sale by deed on `deed`: the seller holds up to the day before, the buyer from the deed day. */
function sale(deed: string, dayBefore: string) {
  return { seller: [{ from: '2020-01-01', to: dayBefore }], buyer: [{ from: deed }] };
}

describe('possession months (L. 160/2019 c. 761)', () => {
  it('should give a 31-day month to a buyer from the 16th (16 days against 15)', () => {
    const { seller, buyer } = sale('2025-03-16', '2025-03-15');
    expect(countedMonths(buyer, 2025)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(countedMonths(seller, 2025)).toEqual([1, 2]);
  });

  it('should give a 31-day month to the seller when the buyer has only 15 days (deed on the 17th)', () => {
    const { seller, buyer } = sale('2025-03-17', '2025-03-16');
    expect(countedMonths(seller, 2025)).toEqual([1, 2, 3]);
    expect(countedMonths(buyer, 2025)[0]).toBe(4);
  });

  it('should give a 30-day month split 15/15 to the acquirer', () => {
    const { seller, buyer } = sale('2025-04-16', '2025-04-15');
    expect(countedMonths(buyer, 2025)[0]).toBe(4);
    expect(countedMonths(seller, 2025)).toEqual([1, 2, 3]);
  });

  it('should give a 30-day month to the seller holding 16 days (deed on the 17th)', () => {
    const { seller, buyer } = sale('2025-04-17', '2025-04-16');
    expect(countedMonths(seller, 2025)).toEqual([1, 2, 3, 4]);
    expect(countedMonths(buyer, 2025)[0]).toBe(5);
  });

  it('should give February of a common year split 14/14 to the acquirer', () => {
    const { seller, buyer } = sale('2025-02-15', '2025-02-14');
    expect(countedMonths(buyer, 2025)[0]).toBe(2);
    expect(countedMonths(seller, 2025)).toEqual([1]);
  });

  it('should give February of a common year to the seller when the buyer has 13 days', () => {
    const { seller, buyer } = sale('2025-02-16', '2025-02-15');
    expect(countedMonths(seller, 2025)).toEqual([1, 2]);
    expect(countedMonths(buyer, 2025)[0]).toBe(3);
  });

  it('should give February of a leap year (29 days) to the buyer from the 15th and to the seller up to the 15th', () => {
    expect(countedMonths([{ from: '2024-02-15' }], 2024)[0]).toBe(2);
    expect(countedMonths([{ from: '2020-01-01', to: '2024-02-15' }], 2024)).toEqual([1, 2]);
    expect(countedMonths([{ from: '2024-02-16' }], 2024)[0]).toBe(3);
  });

  it('should never give one month to both sides of a sale', () => {
    for (let day = 2; day <= 28; day++) {
      const deed = `2025-02-${String(day).padStart(2, '0')}`;
      const before = `2025-02-${String(day - 1).padStart(2, '0')}`;
      const buyer = countedMonths([{ from: deed }], 2025).includes(2);
      const seller = countedMonths([{ from: '2020-01-01', to: before }], 2025).includes(2);
      expect(buyer !== seller).toBe(true);
    }
  });

  it('should count adjacent periods of the same holder as one possession', () => {
    const periods = [
      { from: '2025-01-01', to: '2025-05-10' },
      { from: '2025-05-11', to: '2025-05-31' },
    ];
    expect(monthCoverage(periods, 2025, 5)).toEqual({ monthDays: 31, days: 31, includesLastDay: true });
    expect(countedMonths(periods, 2025)).toEqual([1, 2, 3, 4, 5]);
  });

  it('should not give a month to a holder who bought and resold inside it with exactly half of its days', () => {
    expect(monthCounts(monthCoverage([{ from: '2025-04-08', to: '2025-04-22' }], 2025, 4))).toBe(false);
  });

  it('should describe months as Italian ranges', () => {
    expect(describeMonths([1, 2, 3, 6, 8, 9])).toBe('gennaio-marzo, giugno, agosto-settembre');
  });
});

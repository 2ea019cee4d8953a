import { dateParts, type IsoDate } from './iso-date.js';

/**
 * The year whose legal interest rate the taxes office should enter now, or null. The decree for next
 * year comes out in December, so from 1 December next year's rate is due; a missing rate for the current
 * year is more urgent still, since every ravvedimento paid today needs it.
 */
export function legalInterestRateToEnter(today: IsoDate, knownYears: readonly number[]): number | null {
  const { year, month } = dateParts(today);
  const known = new Set(knownYears);
  if (!known.has(year)) return year;
  if (month === 12 && !known.has(year + 1)) return year + 1;
  return null;
}

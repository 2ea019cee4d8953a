import { Decimal } from 'decimal.js';

/** decimal.js with room for cents × rates × fractions of a year without loss. */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type MoneyValue = InstanceType<typeof Money>;

/** An exact amount in cents rounded to the nearest cent, half away from zero. */
export function toCents(exactCents: MoneyValue): number {
  return exactCents.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/**
 * Rounding of every F24 line for local taxes (L. 296/2006 art. 1 c. 166): down when the cents are 49 or
 * less, up when 50 or more. Works on whole cents, so an amount is first rounded to the cent.
 */
export function roundToWholeEuro(cents: number): number {
  if (!Number.isSafeInteger(cents)) throw new Error(`cents must be an integer: ${cents}`);
  const sign = cents < 0 ? -1 : 1;
  const abs = Math.abs(cents);
  const fraction = abs % 100;
  const euros = (abs - fraction) / 100 + (fraction >= 50 ? 1 : 0);
  return sign * euros * 100;
}

/** 153400 → '1.534,00'; the Italian way, with two decimals as printed on the F24. */
export function formatEuro(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${euros},${String(abs % 100).padStart(2, '0')}`;
}

/** '0.86' → '0,86'; percent strings in Italian notation, without trailing zeros. */
export function formatPercent(percent: MoneyValue | string): string {
  return new Money(percent).toString().replace('.', ',');
}

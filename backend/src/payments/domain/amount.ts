import { Decimal } from 'decimal.js';

/**
 * Amounts are exact decimals of euro ("16.00"); pagoPA counts euro cents. A value with more than two
 * decimals, negative, zero or beyond what GPD stores (int64 cents; we stop at 10 digits of cents, the width
 * of the Poste codeline) is refused rather than rounded.
 */
export const MAX_AMOUNT_CENTS = 9_999_999_999;

export function isValidAmount(value: string): boolean {
  if (!/^\d{1,8}(\.\d{1,2})?$/.test(value)) return false;
  const cents = new Decimal(value).times(100);
  return cents.gte(1) && cents.lte(MAX_AMOUNT_CENTS);
}

export function amountToCents(amount: string | Decimal): number {
  const cents = new Decimal(amount).times(100);
  if (!cents.isInteger() || cents.lt(1) || cents.gt(MAX_AMOUNT_CENTS)) {
    throw new RangeError(`not a payable amount: ${amount.toString()}`);
  }
  return cents.toNumber();
}

export function centsToAmount(cents: number): string {
  return new Decimal(cents).dividedBy(100).toFixed(2);
}

/** "16.00" → "16,00 €"-style Italian figure without the sign: "16,00", "1.234,50". */
export function formatEuroAmount(amount: string): string {
  const [units = '0', decimals = '00'] = new Decimal(amount).toFixed(2).split('.');
  return `${units.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${decimals}`;
}

/**
 * Amounts travel as strings in euro with two decimals ("534.00"): exact, and readable by any client
 * without binary floats. Inside, amounts are integer cents.
 */
export function euroString(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** The DTO pattern for an amount in euro; the sign is accepted so the domain can say why it is wrong. */
export const EURO_PATTERN = /^-?\d{1,13}(\.\d{1,2})?$/;

/** '1234.5' → 123450. The string has passed `EURO_PATTERN`. */
export function euroToCents(value: string): number {
  const negative = value.startsWith('-');
  const [euros, decimals = ''] = (negative ? value.slice(1) : value).split('.');
  const cents = Number(euros) * 100 + Number(decimals.padEnd(2, '0'));
  return negative ? -cents : cents;
}

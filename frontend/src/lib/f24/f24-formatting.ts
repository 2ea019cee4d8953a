import type { Locale } from '../../i18n/locale';

/** "1825.00" → "€ 1.825,00" (it) or "€1,825.00" (en); amounts stay strings end to end, never floats. */
export function formatEuro(amount: string, locale: Locale): string {
  const negative = amount.startsWith('-');
  const [euros, cents = '00'] = (negative ? amount.slice(1) : amount).split('.');
  const separator = locale === 'it' ? '.' : ',';
  const grouped = euros.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  const decimal = locale === 'it' ? ',' : '.';
  const sign = negative ? '−' : '';
  return locale === 'it'
    ? `${sign}€ ${grouped}${decimal}${cents.padEnd(2, '0')}`
    : `${sign}€${grouped}${decimal}${cents.padEnd(2, '0')}`;
}

/** "2025-06-16" → "16/06/2025" (it) or "16 Jun 2025" (en), without any time zone. */
export function formatIsoDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number);
  if (locale === 'it') return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${day} ${months[month - 1]} ${year}`;
}

/** The year of the IMU page: `?anno=` when it is a plausible year, else the current one. */
export function imuYear(value: string | undefined, today: Date): number {
  const year = Number(value);
  return Number.isInteger(year) && year >= 2020 && year <= 2100 ? year : today.getFullYear();
}

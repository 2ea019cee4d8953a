import type { Locale } from '../../i18n/locale';

import { intl } from '../format/dates';

export { formatCivilDate, formatItalianTime } from '../format/dates';

/** A count with the locale's thousands separator: `12.345` (or `12,345`). */
export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intl(locale)).format(value);
}

const SIZE_UNITS = ['B', 'kB', 'MB', 'GB'] as const;

/** A file size in decimal units, one decimal above bytes: `2,4 MB` (or `2.4 MB`). */
export function formatFileSize(bytes: number, locale: Locale): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < SIZE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${new Intl.NumberFormat(intl(locale), { maximumFractionDigits: digits }).format(value)} ${SIZE_UNITS[unit]}`;
}

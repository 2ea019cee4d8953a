import type { Locale } from '../../i18n/locale';

import { intl } from '../format/dates';

/** Legal terms are days; timeline entries are instants shown as they were in Italy. */
export { formatCivilDate as formatDay, formatItalianTime as formatInstant } from '../format/dates';

/** `1536000` → `1,5 MB`; sizes of uploaded documents. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const units = ['B', 'KB', 'MB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(intl(locale), { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

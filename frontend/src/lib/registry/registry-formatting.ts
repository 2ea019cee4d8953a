import type { Locale } from '../../i18n/locale';

import { intl } from '../format/dates';

export { formatCivilDate, formatItalianTime } from '../format/dates';
export { formatFileSize } from '../format/sizes';

/** A count with the locale's thousands separator: `12.345` (or `12,345`). */
export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intl(locale)).format(value);
}

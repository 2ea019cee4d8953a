import type { Locale } from '../../i18n/locale';

import { intl } from './dates';

const SIZE_UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/** Bytes in one `MB` as the portal counts them: binary, like the backend's and the proxy's upload limits. */
export const BYTES_PER_MB = 1_048_576;

/**
 * A file size in the largest binary unit that keeps it at least 1, one decimal below 10:
 * `1536000` → `1,5 MB` (or `1.5 MB`), `20480` → `20 KB`. Every size the portal shows goes through here.
 */
export function formatFileSize(bytes: number, locale: Locale): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(intl(locale), { maximumFractionDigits: digits }).format(value)} ${SIZE_UNITS[unit]}`;
}

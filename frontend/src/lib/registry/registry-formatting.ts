import type { Locale } from '../../i18n/locale';

const intl = (locale: Locale) => (locale === 'it' ? 'it-IT' : 'en-GB');

/** `2026-05-04` → `04/05/2026` (or `4 May 2026`): registry dates are civil days, never shifted by a time zone. */
export function formatCivilDate(iso: string, locale: Locale): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intl(locale), {
    day: locale === 'it' ? '2-digit' : 'numeric',
    month: locale === 'it' ? '2-digit' : 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** An instant as the day and time it was in Italy. */
export function formatItalianTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intl(locale), {
    day: locale === 'it' ? '2-digit' : 'numeric',
    month: locale === 'it' ? '2-digit' : 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Rome',
  }).format(date);
}

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

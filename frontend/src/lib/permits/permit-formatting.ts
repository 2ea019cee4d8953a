import type { Locale } from '../../i18n/locale';

const intl = (locale: Locale) => (locale === 'it' ? 'it-IT' : 'en-GB');

/** `2026-05-04` → `04/05/2026` (or `4 May 2026`): a legal term is a day, never shifted by a time zone. */
export function formatDay(iso: string, locale: Locale): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intl(locale), {
    day: locale === 'it' ? '2-digit' : 'numeric',
    month: locale === 'it' ? '2-digit' : 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** An instant as the day and time it was in Italy, where the office is. */
export function formatInstant(iso: string, locale: Locale): string {
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

import type { Locale } from '../../i18n/locale';

export const intl = (locale: Locale) => (locale === 'it' ? 'it-IT' : 'en-GB');

/** `2026-05-04` → `04/05/2026` (or `4 May 2026`): civil dates (births, legal terms) are days, never shifted by a time zone. */
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

/** An instant as the day and time it was in Italy, where the offices are. */
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

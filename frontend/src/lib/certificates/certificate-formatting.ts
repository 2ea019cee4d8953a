import type { Locale } from '../../i18n/locale';

/** `2025-03-10` → `10 marzo 2025`: civil dates are days, never shifted by a time zone. */
export function formatCivilDate(iso: string, locale: Locale): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** `1600` → `€ 16,00`, from integer cents without floating point. */
export function formatEuroCents(cents: number): string {
  return `€ ${Math.trunc(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
}

/** The languages the portal writes messages and dates in: Italian first, English for residents who ask. */
export type Locale = 'it' | 'en';

const FORMATS: Readonly<Record<Locale, Intl.DateTimeFormat>> = {
  it: new Intl.DateTimeFormat('it-IT', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Europe/Rome',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Rome',
  }),
};

/**
 * A calendar day (`YYYY-MM-DD`) or an instant (ISO 8601) as its day in Italy: `04/05/2026`, `4 May 2026`.
 * A calendar day is read at noon UTC, which is the same day in Rome all year round.
 */
export function formatDate(value: string, locale: Locale): string {
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a date: ${value}`);
  return FORMATS[locale].format(instant);
}

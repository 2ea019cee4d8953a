import type { Locale } from '../../i18n/locale';

const ROME_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Rome',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in Italy, `YYYY-MM-DD`: the offices' days are Italian days wherever the server runs. */
export function romeToday(now = new Date()): string {
  return ROME_DAY.format(now);
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function isIsoDay(value: string | undefined): value is string {
  return !!value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T12:00:00Z`));
}

const TAGS: Record<Locale, string> = { it: 'it-IT', en: 'en-GB' };

/** `mercoledì 9 dicembre 2026`: a calendar day read at noon UTC, the same day in Rome. */
export function formatDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(TAGS[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Rome',
  }).format(new Date(`${day}T12:00:00Z`));
}

/** `mercoledì 9 dicembre 2026, 09:15`. */
export function formatDayTime(day: string, time: string, locale: Locale): string {
  return locale === 'it' ? `${formatDay(day, locale)}, ore ${time}` : `${formatDay(day, locale)}, ${time}`;
}

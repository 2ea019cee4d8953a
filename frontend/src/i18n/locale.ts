export const locales = ['it', 'en'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'it';

/** The cookie the language switcher sets; read on every request to pick the dictionary. */
export const LOCALE_COOKIE = 'lang';

export function resolveLocale(value: string | undefined | null): Locale {
  return locales.find((locale) => locale === value) ?? defaultLocale;
}

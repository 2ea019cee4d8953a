import { cookies } from 'next/headers';
import { cache } from 'react';
import type { Dictionary } from './dictionary';
import { getDictionary } from './get-dictionary';
import { LOCALE_COOKIE, type Locale, resolveLocale } from './locale';

export interface I18n {
  locale: Locale;
  t: Dictionary;
}

/** The request's locale (from the `lang` cookie, Italian by default) and its dictionary. Server only. */
export const getI18n = cache(async (): Promise<I18n> => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, t: getDictionary(locale) };
});

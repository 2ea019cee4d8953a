import type { Dictionary } from './dictionary';
import { en } from './en';
import { it } from './it';
import type { Locale } from './locale';

const dictionaries: Record<Locale, Dictionary> = { it, en };

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}

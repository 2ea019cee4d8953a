import type { Locale } from '../../notifications/content/message-content.js';

const OFFICE: Readonly<Record<Locale, string>> = { it: 'Servizi demografici', en: 'Registry office' };

export function registrySender(municipalityName: string, locale: Locale): string {
  return `Comune di ${municipalityName} – ${OFFICE[locale]}`;
}

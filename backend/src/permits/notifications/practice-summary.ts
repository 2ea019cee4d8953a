import { formatDate } from '../../common/italian/format-date.js';
import type { Locale, MessageFact } from '../../notifications/content/message-content.js';
import { PRACTICE_TYPE_INFO, type PracticeType } from '../domain/practice-type.js';

/** What a message says to identify a practice. */
export interface PracticeSummary {
  protocolNumber: string;
  /** `YYYY-MM-DD` */
  protocolDate: string;
  type: PracticeType;
  /** Where the works are: address and/or cadastral data. */
  subject: string;
}

const OFFICE: Readonly<Record<Locale, string>> = {
  it: 'Sportello Unico per l’Edilizia',
  en: 'Building Permits Office (SUE)',
};

export function permitsSender(municipalityName: string, locale: Locale): string {
  return `Comune di ${municipalityName} – ${OFFICE[locale]}`;
}

export function practiceFacts(practice: PracticeSummary, locale: Locale): MessageFact[] {
  const date = formatDate(practice.protocolDate, locale);
  const type = PRACTICE_TYPE_INFO[practice.type].label[locale];
  return locale === 'it'
    ? [
        { label: 'Protocollo', value: `n. ${practice.protocolNumber} del ${date}` },
        { label: 'Tipo', value: type },
        { label: 'Oggetto', value: practice.subject },
      ]
    : [
        { label: 'Protocol', value: `no. ${practice.protocolNumber} of ${date}` },
        { label: 'Type', value: type },
        { label: 'Subject', value: practice.subject },
      ];
}

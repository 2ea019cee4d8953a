import { formatDate } from '../../common/italian/format-date.js';
import { romeDay } from '../../common/italian/rome-day.js';
import {
  type MessageBaseParams,
  type MessageBlock,
  type MessageContent,
  messageAction,
} from '../../notifications/content/message-content.js';
import type { PracticeTransition } from '../domain/practice.js';
import type { PracticeType } from '../domain/practice-type.js';
import { type PracticeSummary, permitsSender, practiceFacts } from './practice-summary.js';

export interface IntegrationReceivedParams extends MessageBaseParams {
  practice: PracticeSummary;
  /** The `integrations_submitted` timeline entry. */
  transition: PracticeTransition;
  /** The due date of the integration request being answered. */
  dueDate: string | null;
  /** Names of the files received. */
  documents: readonly string[];
}

const RESTART: Readonly<Partial<Record<PracticeType, { it: string; en: string }>>> = {
  PDC: {
    it: 'Il termine del procedimento riparte da zero dalla data di ricezione (art. 20, comma 5, D.P.R. 380/2001): controlla la nuova scadenza nella pratica.',
    en: 'The legal term starts again from zero on the day of receipt (art. 20, comma 5, D.P.R. 380/2001): check the new deadline in the practice.',
  },
  SCIA: {
    it: 'Il termine di 30 giorni per i controlli riparte dalla data di ricezione (art. 19, comma 3, L. 241/1990).',
    en: 'The 30-day control window starts again on the day of receipt (art. 19, comma 3, L. 241/1990).',
  },
  SCIA_ALTERNATIVA: {
    it: 'Il termine di 30 giorni per i controlli riparte dalla data di ricezione.',
    en: 'The 30-day control window starts again on the day of receipt.',
  },
};

/** To the SUE: the applicant answered an integration request. */
export function integrationReceived(params: IntegrationReceivedParams): MessageContent {
  const { locale, practice, transition } = params;
  const it = locale === 'it';
  const day = formatDate(transition.at, locale);
  const by = transition.actor.name;
  const late = params.dueDate !== null && romeDay(transition.at) > params.dueDate;
  let summary = it
    ? `${by} ha presentato il ${day} le integrazioni richieste per la pratica n. ${practice.protocolNumber}.`
    : `${by} submitted the requested documents for practice no. ${practice.protocolNumber} on ${day}.`;
  if (late && params.dueDate) {
    const due = formatDate(params.dueDate, locale);
    summary += it
      ? ` Sono arrivate dopo la scadenza del ${due}.`
      : ` They arrived after the deadline of ${due}.`;
  }
  const blocks: MessageBlock[] = [
    { kind: 'paragraph', text: summary },
    { kind: 'list', title: it ? 'Documenti ricevuti' : 'Documents received', items: params.documents },
  ];
  if (transition.publicNote) {
    blocks.push({
      kind: 'quote',
      title: it ? 'Nota del richiedente' : 'Note from the applicant',
      text: transition.publicNote,
    });
  }
  blocks.push({ kind: 'facts', facts: practiceFacts(practice, locale) });
  const restart = RESTART[practice.type];
  if (restart) blocks.push({ kind: 'paragraph', text: restart[locale] });
  return {
    locale,
    subject: it
      ? `Integrazioni ricevute: pratica n. ${practice.protocolNumber}`
      : `Documents received: practice no. ${practice.protocolNumber}`,
    sender: permitsSender(params.municipalityName, locale),
    blocks,
    action: messageAction(it ? 'Apri la pratica' : 'Open the practice', params.link),
  };
}

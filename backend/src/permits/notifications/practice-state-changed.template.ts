import { formatDate } from '../../common/italian/format-date.js';
import {
  greeting,
  type MessageBaseParams,
  type MessageBlock,
  type MessageContent,
  type MessageFact,
  messageAction,
} from '../../notifications/content/message-content.js';
import type { PracticeTransition } from '../domain/practice.js';
import { PRACTICE_STATE_INFO } from '../domain/practice-state.js';
import { type PracticeSummary, permitsSender, practiceFacts } from './practice-summary.js';

export interface PracticeStateChangedParams extends MessageBaseParams {
  practice: PracticeSummary;
  /** The timeline entry to announce. Its internal note is never read. */
  transition: PracticeTransition;
}

/** To the applicant, co-applicants and technician: the practice moved to a new state. */
export function practiceStateChanged(params: PracticeStateChangedParams): MessageContent {
  const { locale, practice, transition } = params;
  const it = locale === 'it';
  const to = PRACTICE_STATE_INFO[transition.to].label[locale];
  const from = transition.from ? PRACTICE_STATE_INFO[transition.from].label[locale] : null;
  const day = formatDate(transition.at, locale);
  const change = it
    ? from
      ? `la tua pratica edilizia è passata dallo stato «${from}» allo stato «${to}» il ${day}.`
      : `la tua pratica edilizia è stata registrata il ${day} nello stato «${to}».`
    : from
      ? `your building practice moved from “${from}” to “${to}” on ${day}.`
      : `your building practice was registered on ${day} as “${to}”.`;
  const facts: MessageFact[] = [
    ...practiceFacts(practice, locale),
    { label: it ? 'Stato attuale' : 'Current state', value: to },
  ];
  if (transition.dueDate) {
    facts.push({
      label: it ? 'Scadenza per te' : 'Your deadline',
      value: formatDate(transition.dueDate, locale),
    });
  }
  if (transition.decision) {
    const date = formatDate(transition.decision.date, locale);
    facts.push(
      it
        ? { label: 'Provvedimento', value: `n. ${transition.decision.number} del ${date}` }
        : { label: 'Decision', value: `no. ${transition.decision.number} of ${date}` },
    );
  }
  const blocks: MessageBlock[] = [
    greeting(params),
    { kind: 'paragraph', text: change },
    { kind: 'facts', facts },
  ];
  if (transition.publicNote) {
    blocks.push({
      kind: 'quote',
      title: it ? 'Nota dell’ufficio' : 'Note from the office',
      text: transition.publicNote,
    });
  }
  blocks.push({
    kind: 'paragraph',
    text: it
      ? 'Nella tua area personale trovi la cronologia completa, i documenti e le scadenze della pratica.'
      : 'Your personal area shows the full timeline, the documents and the deadlines of the practice.',
  });
  return {
    locale,
    subject: it
      ? `Pratica edilizia n. ${practice.protocolNumber}: ${to}`
      : `Building practice no. ${practice.protocolNumber}: ${to}`,
    sender: permitsSender(params.municipalityName, locale),
    blocks,
    action: messageAction(it ? 'Apri la pratica' : 'Open the practice', params.link),
  };
}

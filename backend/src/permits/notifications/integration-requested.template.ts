import { formatDate } from '../../common/italian/format-date.js';
import {
  greeting,
  type MessageBaseParams,
  type MessageBlock,
  type MessageContent,
  messageAction,
} from '../../notifications/content/message-content.js';
import type { PracticeTransition } from '../domain/practice.js';
import type { PracticeType } from '../domain/practice-type.js';
import { type PracticeSummary, permitsSender, practiceFacts } from './practice-summary.js';

export interface IntegrationRequestedParams extends MessageBaseParams {
  practice: PracticeSummary;
  /** The `integration_requested` timeline entry: due date, requested documents, public note. */
  transition: PracticeTransition;
}

/** Types whose legal term the request interrupts (art. 20, comma 5, D.P.R. 380/2001; art. 19, comma 3, L. 241/1990). */
const INTERRUPTS_TERM: ReadonlySet<PracticeType> = new Set(['PDC', 'SCIA', 'SCIA_ALTERNATIVA']);

/** To the applicant, co-applicants and technician: documents to upload by a date. */
export function integrationRequested(params: IntegrationRequestedParams): MessageContent {
  const { locale, practice, transition } = params;
  if (!transition.dueDate) throw new RangeError('An integration request always has a due date');
  const it = locale === 'it';
  const due = formatDate(transition.dueDate, locale);
  const blocks: MessageBlock[] = [
    greeting(params),
    {
      kind: 'paragraph',
      text: it
        ? `per proseguire con la tua pratica edilizia il Comune ha bisogno di altri documenti. Caricali entro il ${due}.`
        : `to go on with your building practice the comune needs more documents. Please upload them by ${due}.`,
    },
    {
      kind: 'list',
      title: it ? 'Documenti richiesti' : 'Documents requested',
      items: transition.requestedDocuments,
    },
  ];
  if (transition.publicNote) {
    blocks.push({
      kind: 'quote',
      title: it ? 'Nota dell’ufficio' : 'Note from the office',
      text: transition.publicNote,
    });
  }
  blocks.push({ kind: 'facts', facts: practiceFacts(practice, locale) });
  const consequences = it
    ? 'Se i documenti non arrivano entro la scadenza, la pratica può essere archiviata o respinta.'
    : 'If the documents do not arrive by the deadline, the practice may be archived or rejected.';
  const interruption = INTERRUPTS_TERM.has(practice.type)
    ? it
      ? ' Fino al loro arrivo il termine del procedimento è interrotto: ricomincerà a decorrere per intero dalla loro ricezione.'
      : ' Until they arrive the legal term is interrupted: it will start again in full when they are received.'
    : '';
  blocks.push({ kind: 'paragraph', text: consequences + interruption });
  return {
    locale,
    subject: it
      ? `Pratica edilizia n. ${practice.protocolNumber}: documenti da integrare entro il ${due}`
      : `Building practice no. ${practice.protocolNumber}: documents needed by ${due}`,
    sender: permitsSender(params.municipalityName, locale),
    blocks,
    action: messageAction(it ? 'Carica i documenti' : 'Upload the documents', params.link),
  };
}

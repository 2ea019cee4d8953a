import { formatDate } from '../../common/italian/format-date.js';
import {
  greeting,
  type MessageBaseParams,
  type MessageContent,
  messageAction,
} from '../../notifications/content/message-content.js';
import { registrySender } from './registry-sender.js';

export interface RectificationAnsweredParams extends MessageBaseParams {
  /** The request's number as the resident sees it. */
  requestReference: string;
  /** ISO 8601 instant of the request. */
  requestedAt: string;
  outcome: 'accepted' | 'rejected';
  /** The office's answer to the resident (never its internal notes). */
  reply: string;
}

/** To the resident: the registry office answered a request to correct their data (richiesta di rettifica). */
export function rectificationAnswered(params: RectificationAnsweredParams): MessageContent {
  const { locale } = params;
  const it = locale === 'it';
  const accepted = params.outcome === 'accepted';
  const day = formatDate(params.requestedAt, locale);
  const outcome = it ? (accepted ? 'accolta' : 'non accolta') : accepted ? 'accepted' : 'not accepted';
  const next = accepted
    ? it
      ? 'I dati aggiornati sono visibili nella tua area personale.'
      : 'The corrected data are shown in your personal area.'
    : it
      ? 'Se ritieni che i dati siano ancora errati, puoi presentare una nuova richiesta con altri documenti o contattare l’ufficio anagrafe.'
      : 'If you still think your data are wrong, you can send a new request with further documents or contact the registry office.';
  return {
    locale,
    subject: it
      ? `Richiesta di rettifica n. ${params.requestReference}: ${outcome}`
      : `Correction request no. ${params.requestReference}: ${outcome}`,
    sender: registrySender(params.municipalityName, locale),
    blocks: [
      greeting(params),
      {
        kind: 'paragraph',
        text: it
          ? `la tua richiesta di rettifica dei dati anagrafici del ${day} è stata ${outcome}.`
          : `your request of ${day} to correct your registry data was ${outcome}.`,
      },
      { kind: 'quote', title: it ? 'Risposta dell’ufficio' : 'Answer from the office', text: params.reply },
      { kind: 'paragraph', text: next },
    ],
    action: messageAction(it ? 'Vedi la richiesta' : 'See the request', params.link),
  };
}

import { formatDate } from '../../common/italian/format-date.js';
import {
  greeting,
  type MessageBaseParams,
  type MessageContent,
  messageAction,
} from '../../notifications/content/message-content.js';
import { registrySender } from './registry-sender.js';

export interface IdentityCardExpiringParams extends MessageBaseParams {
  documentKind: 'cie' | 'paper';
  /** ISO date. */
  expiresOn: string;
}

/** To a resident whose identity card is about to expire: renew it in time (CIE by appointment). */
export function identityCardExpiring(params: IdentityCardExpiringParams): MessageContent {
  const { locale } = params;
  const it = locale === 'it';
  const day = formatDate(params.expiresOn, locale);
  const card = it
    ? params.documentKind === 'cie'
      ? "carta d'identità elettronica"
      : "carta d'identità cartacea"
    : params.documentKind === 'cie'
      ? 'electronic identity card'
      : 'paper identity card';
  return {
    locale,
    subject: it ? `La tua carta d'identità scade il ${day}` : `Your identity card expires on ${day}`,
    sender: registrySender(params.municipalityName, locale),
    blocks: [
      greeting(params),
      {
        kind: 'paragraph',
        text: it
          ? `la tua ${card} scade il ${day}. Per rinnovarla in tempo prenota un appuntamento ai Servizi demografici: la nuova carta d'identità elettronica arriva per posta in circa sei giorni lavorativi.`
          : `your ${card} expires on ${day}. To renew it in time, book an appointment with the registry office: the new electronic identity card arrives by post in about six working days.`,
      },
      { kind: 'facts', facts: [{ label: it ? 'Scadenza' : 'Expiry date', value: day }] },
    ],
    action: messageAction(it ? 'Vedi i tuoi dati' : 'See your data', params.link),
    dueDate: `${params.expiresOn}T00:00:00Z`,
  };
}

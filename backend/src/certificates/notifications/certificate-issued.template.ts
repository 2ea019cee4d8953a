import { formatDate } from '../../common/italian/format-date.js';
import {
  greeting,
  type MessageBaseParams,
  type MessageContent,
  messageAction,
} from '../../notifications/content/message-content.js';
import { registrySender } from '../../registry/notifications/registry-sender.js';

export interface CertificateIssuedParams extends MessageBaseParams {
  /** In the message's language, e.g. `Certificato di residenza`. */
  certificateName: string;
  /** The identifier printed on the certificate and used on the public verification page. */
  certificateId: string;
  /** ISO 8601 instant. */
  issuedAt: string;
}

/**
 * To the requester: the certificate is ready. The message names it and gives its identifier but carries none of
 * its personal data, and no attachment: e-mail is not a safe channel for them.
 */
export function certificateIssued(params: CertificateIssuedParams): MessageContent {
  const { locale } = params;
  const it = locale === 'it';
  const day = formatDate(params.issuedAt, locale);
  return {
    locale,
    subject: it
      ? `Il tuo certificato è pronto: ${params.certificateName}`
      : `Your certificate is ready: ${params.certificateName}`,
    sender: registrySender(params.municipalityName, locale),
    blocks: [
      greeting(params),
      {
        kind: 'paragraph',
        text: it
          ? `il certificato che hai richiesto è stato emesso il ${day} ed è disponibile nella tua area personale.`
          : `the certificate you requested was issued on ${day} and is available in your personal area.`,
      },
      {
        kind: 'facts',
        facts: [
          { label: it ? 'Certificato' : 'Certificate', value: params.certificateName },
          { label: it ? 'Codice identificativo' : 'Identifier', value: params.certificateId },
          { label: it ? 'Emesso il' : 'Issued on', value: day },
        ],
      },
      {
        kind: 'paragraph',
        text: it
          ? 'Per riservatezza il certificato non è allegato a questa e-mail. Chi lo riceve può verificarne l’autenticità con il codice identificativo o il QR code stampato.'
          : 'For privacy the certificate is not attached to this e-mail. Whoever receives it can check that it is authentic with its identifier or the printed QR code.',
      },
    ],
    action: messageAction(it ? 'Scarica il certificato' : 'Download the certificate', params.link),
  };
}

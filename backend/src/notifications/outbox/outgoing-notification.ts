import type { Locale, MessageContent } from '../content/message-content.js';
import type { NotificationChannelName } from './outbox-message.entity.js';

/**
 * A message a feature wants delivered. `inbox` is the personal area alone: for a person the portal has no
 * address for, the message is kept in their inbox and sent nowhere.
 */
export interface OutgoingNotification {
  channel: NotificationChannelName | 'inbox';
  recipient: string;
  recipientName?: string | null;
  /** The person the message is for; with it, the message also lands in their personal-area inbox. */
  recipientFiscalCode?: string | null;
  kind: string;
  /** The content in Italian, the default. */
  content: MessageContent;
  /** The same content in another language; the writer uses it when the recipient chose that language. */
  contentIn?: (locale: Locale) => MessageContent;
  resource?: { type: string; id: string };
  /** Set for messages a job must never send twice (e.g. one IMU reminder per taxpayer and instalment). */
  dedupeKey?: string;
}

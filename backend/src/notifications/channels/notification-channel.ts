import type { MessageContent } from '../content/message-content.js';
import type { NotificationChannelName } from '../outbox/outbox-message.entity.js';

/** A message taken from the outbox for delivery. */
export interface OutboxDelivery {
  id: string;
  recipient: string;
  recipientName: string | null;
  content: MessageContent;
  createdAt: Date;
}

/**
 * A way to reach people. E-mail today; App IO is another implementation that renders the same
 * `MessageContent` as its Markdown message and sends it to the codice fiscale in `recipient`.
 */
export interface NotificationChannel {
  readonly name: NotificationChannelName;
  /** False when the channel is not configured: its messages wait in the outbox. */
  readonly enabled: boolean;
  /** Resolves once the other side accepted the message; rejects to have it retried. */
  deliver(message: OutboxDelivery): Promise<void>;
  close(): void;
}

export const NOTIFICATION_CHANNELS = Symbol('NOTIFICATION_CHANNELS');

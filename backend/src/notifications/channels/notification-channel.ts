import type { MessageContent } from '../content/message-content.js';
import type { NotificationChannelName } from '../outbox/outbox-message.entity.js';

/** A message taken from the outbox for delivery. */
export interface OutboxDelivery {
  id: string;
  recipient: string;
  recipientName: string | null;
  /** The topic the message is about (`notification-topics.ts`); null for office messages. */
  topic: string | null;
  content: MessageContent;
  createdAt: Date;
  /** The id the other side gave the message at submission, when it was submitted and is being followed. */
  externalId: string | null;
}

/**
 * What happened to a delivery that did not throw:
 * - `sent`: the other side delivered (or, for e-mail, accepted) it: final;
 * - `submitted`: accepted but not yet delivered: the worker asks again (`deliver` with `externalId`) later;
 * - `skipped`: the channel does not apply to this recipient (e.g. not on App IO): final, not an error.
 */
export type DeliveryOutcome =
  | { status: 'sent'; externalStatus?: string }
  | { status: 'submitted'; externalId: string; externalStatus: string; checkInMs: number }
  | { status: 'skipped'; reason: string; externalStatus?: string };

/** The other side refused the message for good (a 4xx other than 429): recorded as failed at once. */
export class DeliveryRefused extends Error {}

/** The other side asked to wait (429 with Retry-After): retried then, whatever the back-off would say. */
export class DeliveryDeferred extends Error {
  constructor(
    message: string,
    readonly retryInMs: number,
  ) {
    super(message);
  }
}

/**
 * A way to reach people: e-mail, and App IO which renders the same `MessageContent` as its Markdown message and
 * sends it to the codice fiscale in `recipient`. Any other error thrown is retried with back-off.
 */
export interface NotificationChannel {
  readonly name: NotificationChannelName;
  /** False when the channel is not configured: its messages wait in the outbox. */
  readonly enabled: boolean;
  deliver(message: OutboxDelivery): Promise<DeliveryOutcome>;
  close(): void;
}

export const NOTIFICATION_CHANNELS = Symbol('NOTIFICATION_CHANNELS');

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MessageContent } from '../content/message-content.js';

export type NotificationChannelName = 'email' | 'app_io';
/** `skipped`: the channel does not apply to the recipient (not on App IO), recorded with the reason. */
export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'skipped';

/**
 * One message to deliver, written in the same transaction as the change it tells about: if the change
 * commits the message exists, if it rolls back there is nothing to send.
 */
@Entity('notification_outbox')
export class OutboxMessage {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'varchar' })
  channel: NotificationChannelName;

  /** The address on the channel: an e-mail address; for App IO, the codice fiscale. */
  @Column({ type: 'varchar' })
  recipient: string;

  @Column({ name: 'recipient_name', type: 'varchar', nullable: true })
  recipientName: string | null;

  /** What the message is about, e.g. `permits.state_changed`: for operators and statistics. */
  @Column({ type: 'varchar' })
  kind: string;

  /** Channel-neutral content; each channel renders it when it delivers. */
  @Column({ type: 'jsonb' })
  content: MessageContent;

  @Column({ name: 'resource_type', type: 'varchar', nullable: true })
  resourceType: string | null;

  @Column({ name: 'resource_id', type: 'varchar', nullable: true })
  resourceId: string | null;

  @Column({ type: 'varchar', default: 'pending' })
  status: OutboxStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** Which IO service (API key) sends it, and which preference it follows: `notification-topics.ts`. */
  @Column({ type: 'varchar', nullable: true })
  topic: string | null;

  @Column({ name: 'recipient_fiscal_code', type: 'varchar', nullable: true })
  recipientFiscalCode: string | null;

  /** Shared by the rows that carry one message on several channels. */
  @Column({ name: 'message_group', type: 'uuid', nullable: true })
  messageGroup: string | null;

  /** Unique per channel when set: a message a campaign must never send twice. */
  @Column({ name: 'dedupe_key', type: 'varchar', nullable: true })
  dedupeKey: string | null;

  /** The id the other side gave the message (App IO), while it is followed and after. */
  @Column({ name: 'external_id', type: 'varchar', nullable: true })
  externalId: string | null;

  /** The last status the other side reported, e.g. App IO's `PROCESSED` or `NOT_ON_IO`. */
  @Column({ name: 'external_status', type: 'varchar', nullable: true })
  externalStatus: string | null;
}

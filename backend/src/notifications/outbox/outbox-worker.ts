import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { PollingLoop } from '../../common/jobs/polling-loop.js';
import { notificationsConfig } from '../../config/app.config.js';
import {
  DeliveryDeferred,
  type DeliveryOutcome,
  DeliveryRefused,
  NOTIFICATION_CHANNELS,
  type NotificationChannel,
} from '../channels/notification-channel.js';
import type { MessageContent } from '../content/message-content.js';
import { afterFailedAttempt } from './retry-policy.js';

interface ClaimedRow {
  id: string;
  channel: string;
  recipient: string;
  recipient_name: string | null;
  topic: string | null;
  external_id: string | null;
  content: MessageContent;
  attempts: number;
  created_at: Date;
}

/** Longest error text kept on a row: enough to diagnose, never a whole SMTP transcript. */
const ERROR_LENGTH = 1_000;

/**
 * Delivers the outbox. Each message is claimed with `SELECT ... FOR UPDATE SKIP LOCKED` inside a transaction
 * that stays open while it is sent and closes with it marked sent (or rescheduled): while one replica holds a
 * row the others skip it, so no two replicas send the same message, and a replica that dies mid-send releases
 * its lock with the row still pending, so nothing is lost.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxWorker.name);
  private readonly channels: ReadonlyMap<string, NotificationChannel>;
  private readonly loop: PollingLoop;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(notificationsConfig.KEY) private readonly config: ConfigType<typeof notificationsConfig>,
    @Inject(NOTIFICATION_CHANNELS) channels: NotificationChannel[],
  ) {
    this.channels = new Map(channels.map((channel) => [channel.name, channel]));
    this.loop = new PollingLoop((loop) => this.drain(loop), config.pollIntervalMs);
  }

  onApplicationBootstrap(): void {
    for (const channel of this.channels.values()) {
      if (!channel.enabled) {
        this.logger.warn(
          `The ${channel.name} channel is not configured: its messages stay pending in the outbox.`,
        );
      }
    }
    if (!this.config.worker) {
      this.logger.log('NOTIFICATIONS_WORKER is off: this process does not deliver the outbox.');
      return;
    }
    if (this.enabledChannels().length === 0) return;
    this.loop.start();
  }

  /** Delivers soon: called after a transaction that wrote to the outbox has committed. */
  wake(): void {
    this.loop.wake();
  }

  async onModuleDestroy(): Promise<void> {
    await this.loop.stop();
    for (const channel of this.channels.values()) channel.close();
  }

  private enabledChannels(): string[] {
    return [...this.channels.values()].filter((channel) => channel.enabled).map((channel) => channel.name);
  }

  /**
   * `concurrency` deliverers at once, each claiming the next message as a replica would (SKIP LOCKED): a slow
   * provider answer (App IO takes three calls per message) no longer holds back every other message.
   */
  private drain(loop: PollingLoop): Promise<void> {
    return loop.drainLanes(
      this.config.concurrency,
      () => this.deliverNext(),
      (error) => this.logger.error(`Outbox delivery stopped for this round: ${error.message}`),
    );
  }

  /** Delivers the next due message, if any; false when there is none. */
  private deliverNext(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const rows: ClaimedRow[] = await manager.query(
        `SELECT id, channel, recipient, recipient_name, topic, external_id, content, attempts, created_at
           FROM notification_outbox
          WHERE status = 'pending' AND next_attempt_at <= now() AND channel = ANY($1)
          ORDER BY next_attempt_at, id
          LIMIT 1
          FOR UPDATE SKIP LOCKED`,
        [this.enabledChannels()],
      );
      const row = rows[0];
      if (!row) return false;
      const channel = this.channels.get(row.channel)!;
      let outcome: DeliveryOutcome;
      try {
        outcome = await channel.deliver({
          id: String(row.id),
          recipient: row.recipient,
          recipientName: row.recipient_name,
          topic: row.topic,
          content: row.content,
          createdAt: row.created_at,
          externalId: row.external_id,
        });
      } catch (error) {
        await this.recordFailure(manager, row, error);
        return true;
      }
      await this.recordOutcome(manager, row, outcome);
      return true;
    });
  }

  private async recordOutcome(
    manager: EntityManager,
    row: ClaimedRow,
    outcome: DeliveryOutcome,
  ): Promise<void> {
    switch (outcome.status) {
      case 'sent':
        await manager.query(
          `UPDATE notification_outbox SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL,
                  external_status = $2 WHERE id = $1`,
          [row.id, outcome.externalStatus ?? null],
        );
        return;
      case 'submitted':
        // Accepted by the other side: the row stays pending, and the next delivery asks for its status.
        await manager.query(
          `UPDATE notification_outbox
              SET external_id = $2, external_status = $3, last_error = NULL,
                  next_attempt_at = now() + $4 * interval '1 millisecond'
            WHERE id = $1`,
          [row.id, outcome.externalId, outcome.externalStatus, outcome.checkInMs],
        );
        return;
      case 'skipped':
        await manager.query(
          `UPDATE notification_outbox SET status = 'skipped', attempts = attempts + 1, last_error = $2,
                  external_status = $3 WHERE id = $1`,
          [row.id, outcome.reason.slice(0, ERROR_LENGTH), outcome.externalStatus ?? null],
        );
        return;
    }
  }

  private async recordFailure(manager: EntityManager, row: ClaimedRow, error: unknown): Promise<void> {
    const attempts = row.attempts + 1;
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, ERROR_LENGTH);
    if (error instanceof DeliveryDeferred) {
      // Asked to slow down (429): not the message's fault, so it costs no attempt.
      await manager.query(
        `UPDATE notification_outbox SET last_error = $2, next_attempt_at = now() + $3 * interval '1 millisecond'
          WHERE id = $1`,
        [row.id, reason, error.retryInMs],
      );
      return;
    }
    if (error instanceof DeliveryRefused) {
      this.logger.error(`Outbox message ${row.id} refused by ${row.channel}: ${reason}`);
      await manager.query(
        "UPDATE notification_outbox SET status = 'failed', attempts = $2, last_error = $3 WHERE id = $1",
        [row.id, attempts, reason],
      );
      return;
    }
    const outcome = afterFailedAttempt(attempts, {
      maxAttempts: this.config.maxAttempts,
      baseMs: this.config.retryBaseMs,
      maxMs: this.config.retryMaxMs,
    });
    if (outcome.status === 'failed') {
      this.logger.error(`Outbox message ${row.id} failed after ${attempts} attempts: ${reason}`);
      await manager.query(
        "UPDATE notification_outbox SET status = 'failed', attempts = $2, last_error = $3 WHERE id = $1",
        [row.id, attempts, reason],
      );
      return;
    }
    this.logger.warn(`Outbox message ${row.id}, attempt ${attempts} failed (${reason}): retrying.`);
    await manager.query(
      `UPDATE notification_outbox
          SET attempts = $2, last_error = $3, next_attempt_at = now() + $4 * interval '1 millisecond'
        WHERE id = $1`,
      [row.id, attempts, reason, outcome.retryInMs],
    );
  }
}

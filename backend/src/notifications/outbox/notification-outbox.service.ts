import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Locale, MessageContent } from '../content/message-content.js';
import { PersonalMessage } from '../inbox/personal-message.entity.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { OutboxWorker } from './outbox-worker.js';
import type { OutgoingNotification } from './outgoing-notification.js';

/** How features send notifications: write them with their change, then wake the worker after the commit. */
@Injectable()
export class NotificationOutbox {
  constructor(private readonly worker: OutboxWorker) {}

  /**
   * Adds messages inside the caller's transaction: they exist only if the change commits. Each message is
   * written in the language its recipient chose at login (Italian when unknown), and every message for a
   * known person also lands in their personal-area inbox, once per person however many channels carry it.
   */
  async enqueue(manager: EntityManager, notifications: readonly OutgoingNotification[]): Promise<void> {
    if (notifications.length === 0) return;
    const locales = await this.localesOf(manager, notifications);
    const contentOf = (notification: OutgoingNotification): MessageContent => {
      const locale = locales.get(notification.recipientFiscalCode ?? '') ?? 'it';
      return locale !== 'it' && notification.contentIn
        ? notification.contentIn(locale)
        : notification.content;
    };
    const delivered = notifications.filter((notification) => notification.channel !== 'inbox');
    if (delivered.length > 0) {
      await manager.insert(
        OutboxMessage,
        delivered.map((notification) => ({
          channel: notification.channel as OutboxMessage['channel'],
          recipient: notification.recipient,
          recipientName: notification.recipientName ?? null,
          kind: notification.kind,
          content: contentOf(notification),
          resourceType: notification.resource?.type ?? null,
          resourceId: notification.resource?.id ?? null,
        })),
      );
    }
    const inbox = new Map<string, OutgoingNotification>();
    for (const notification of notifications) {
      const fiscalCode = notification.recipientFiscalCode;
      const key = `${fiscalCode}|${notification.kind}|${notification.resource?.id}`;
      if (fiscalCode && !inbox.has(key)) inbox.set(key, notification);
    }
    if (inbox.size === 0) return;
    await manager.insert(
      PersonalMessage,
      [...inbox.values()].map((notification) => ({
        recipientFiscalCode: notification.recipientFiscalCode!,
        kind: notification.kind,
        content: contentOf(notification),
        resourceType: notification.resource?.type ?? null,
        resourceId: notification.resource?.id ?? null,
      })),
    );
  }

  /** Call after the transaction committed, so this replica delivers at once instead of at its next poll. */
  deliverSoon(): void {
    this.worker.wake();
  }

  private async localesOf(
    manager: EntityManager,
    notifications: readonly OutgoingNotification[],
  ): Promise<Map<string, Locale>> {
    const fiscalCodes = [
      ...new Set(notifications.flatMap((notification) => notification.recipientFiscalCode ?? [])),
    ];
    if (fiscalCodes.length === 0) return new Map();
    const rows: { fiscal_code: string; preferred_locale: Locale }[] = await manager.query(
      'SELECT fiscal_code, preferred_locale FROM app_user WHERE fiscal_code = ANY($1)',
      [fiscalCodes],
    );
    return new Map(rows.map((row) => [row.fiscal_code, row.preferred_locale]));
  }
}

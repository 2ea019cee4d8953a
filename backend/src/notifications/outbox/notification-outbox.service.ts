import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { EntityManager } from 'typeorm';
import { appIoConfig } from '../../config/app.config.js';
import type { Locale, MessageContent } from '../content/message-content.js';
import { type NotificationTopic, topicOfKind } from '../content/notification-topics.js';
import { PersonalMessage } from '../inbox/personal-message.entity.js';
import { type ChannelChoice, choiceKey, choiceOf } from '../preferences/channel-preferences.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { OutboxWorker } from './outbox-worker.js';
import type { OutgoingNotification } from './outgoing-notification.js';

type OutboxRow = Omit<
  OutboxMessage,
  | 'id'
  | 'status'
  | 'attempts'
  | 'nextAttemptAt'
  | 'lastError'
  | 'createdAt'
  | 'sentAt'
  | 'externalId'
  | 'externalStatus'
>;

/** How features send notifications: write them with their change, then wake the worker after the commit. */
@Injectable()
export class NotificationOutbox {
  constructor(
    private readonly worker: OutboxWorker,
    @Inject(appIoConfig.KEY) private readonly appIo: ConfigType<typeof appIoConfig>,
  ) {}

  /**
   * Adds messages inside the caller's transaction: they exist only if the change commits. Each message is
   * written in the language its recipient chose at login (Italian when unknown), and every message for a
   * known person also lands in their personal-area inbox, once per person however many channels carry it.
   * A message to a resident about one of the topics follows their channel choices: no e-mail when they
   * turned it off, and an App IO message to their codice fiscale when IO is configured for the topic.
   */
  async enqueue(manager: EntityManager, notifications: readonly OutgoingNotification[]): Promise<void> {
    if (notifications.length === 0) return;
    const { locales, choices } = await this.recipientSettings(manager, notifications);
    const contentOf = (notification: OutgoingNotification): MessageContent => {
      const locale = locales.get(notification.recipientFiscalCode ?? '') ?? 'it';
      return locale !== 'it' && notification.contentIn
        ? notification.contentIn(locale)
        : notification.content;
    };
    const rows: OutboxRow[] = [];
    const onIo = new Set<string>();
    for (const notification of notifications) {
      const topic = topicOfKind(notification.kind);
      const fiscalCode = notification.recipientFiscalCode ?? null;
      const choice: ChannelChoice | null = topic && fiscalCode ? choiceOf(choices, fiscalCode, topic) : null;
      const group = randomUUID();
      const row = (channel: OutboxRow['channel'], recipient: string): OutboxRow => ({
        channel,
        recipient,
        recipientName: notification.recipientName ?? null,
        recipientFiscalCode: fiscalCode,
        kind: notification.kind,
        content: contentOf(notification),
        resourceType: notification.resource?.type ?? null,
        resourceId: notification.resource?.id ?? null,
        topic,
        messageGroup: group,
        dedupeKey: notification.dedupeKey ?? null,
      });
      if (notification.channel !== 'inbox' && (notification.channel !== 'email' || choice?.email !== false)) {
        rows.push(row(notification.channel, notification.recipient));
      }
      const ioKey = `${fiscalCode}|${notification.kind}|${notification.resource?.id}`;
      if (fiscalCode && topic && choice?.appIo && this.ioServes(topic) && !onIo.has(ioKey)) {
        onIo.add(ioKey);
        if (notification.channel !== 'app_io') rows.push(row('app_io', fiscalCode));
      }
    }
    if (rows.length > 0) {
      await manager.createQueryBuilder().insert().into(OutboxMessage).values(rows).orIgnore().execute();
    }
    await this.fillInboxes(manager, notifications, contentOf);
  }

  /** Call after the transaction committed, so this replica delivers at once instead of at its next poll. */
  deliverSoon(): void {
    this.worker.wake();
  }

  private ioServes(topic: NotificationTopic): boolean {
    return this.appIo.url !== null && Object.hasOwn(this.appIo.apiKeys, topic);
  }

  private async fillInboxes(
    manager: EntityManager,
    notifications: readonly OutgoingNotification[],
    contentOf: (notification: OutgoingNotification) => MessageContent,
  ): Promise<void> {
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

  /**
   * Each recipient's language and channel choices per topic, in one statement (it runs inside the caller's
   * transaction, on the path of every certificate and practice change).
   */
  private async recipientSettings(
    manager: EntityManager,
    notifications: readonly OutgoingNotification[],
  ): Promise<{ locales: Map<string, Locale>; choices: Map<string, ChannelChoice> }> {
    const locales = new Map<string, Locale>();
    const choices = new Map<string, ChannelChoice>();
    const fiscalCodes = [
      ...new Set(notifications.flatMap((notification) => notification.recipientFiscalCode ?? [])),
    ];
    if (fiscalCodes.length === 0) return { locales, choices };
    const rows: {
      fiscal_code: string;
      preferred_locale: Locale | null;
      topic: NotificationTopic | null;
      email: boolean | null;
      app_io: boolean | null;
    }[] = await manager.query(
      `SELECT r.fiscal_code, u.preferred_locale, p.topic, p.email, p.app_io
         FROM unnest($1::text[]) AS r(fiscal_code)
         LEFT JOIN app_user u ON u.fiscal_code = r.fiscal_code
         LEFT JOIN notification_preference p ON p.fiscal_code = r.fiscal_code`,
      [fiscalCodes],
    );
    for (const row of rows) {
      if (row.preferred_locale) locales.set(row.fiscal_code, row.preferred_locale);
      // A preference row's email and app_io are NOT NULL: with a topic, both were read.
      if (row.topic) {
        choices.set(choiceKey(row.fiscal_code, row.topic), {
          email: row.email === true,
          appIo: row.app_io === true,
        });
      }
    }
    return { locales, choices };
  }
}

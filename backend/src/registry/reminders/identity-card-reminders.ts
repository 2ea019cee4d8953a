import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { addDays } from '../../common/calendar/civil-date.js';
import { Clock } from '../../common/italian/clock.js';
import { romeDay } from '../../common/italian/rome-day.js';
import { PollingLoop } from '../../common/jobs/polling-loop.js';
import { appConfig, municipalityConfig, notificationsConfig } from '../../config/app.config.js';
import type { Locale } from '../../notifications/content/message-content.js';
import { NotificationOutbox } from '../../notifications/outbox/notification-outbox.service.js';
import { identityCardExpiring } from '../notifications/identity-card-expiring.template.js';

/** Residents hear this many days before their identity card expires (a CIE takes about a week to arrive). */
export const IDENTITY_CARD_NOTICE_DAYS = 60;
const BATCH_SIZE = 500;
const CHECK_EVERY_MS = 3_600_000;

interface ExpiringCard {
  fiscal_code: string;
  given_name: string;
  family_name: string;
  email: string | null;
  kind: 'cie' | 'paper';
  expires_on: string;
}

/**
 * Tells residents whose identity card expires within 60 days, once per card: the card (codice fiscale and
 * expiry) is recorded in `identity_card_reminder` in the transaction that queues the message, so a second run,
 * a second replica or a crash never repeats it. Checked hourly by every replica with the outbox worker on.
 */
@Injectable()
export class IdentityCardReminders implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(IdentityCardReminders.name);
  private readonly loop: PollingLoop;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: NotificationOutbox,
    private readonly clock: Clock,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
    @Inject(municipalityConfig.KEY) private readonly municipality: ConfigType<typeof municipalityConfig>,
    @Inject(notificationsConfig.KEY) private readonly notifications: ConfigType<typeof notificationsConfig>,
  ) {
    this.loop = new PollingLoop(async () => {
      try {
        await this.remindExpiring();
      } catch (error) {
        this.logger.error(`Identity card reminders paused: ${(error as Error).message}`);
      }
    }, CHECK_EVERY_MS);
  }

  onApplicationBootstrap(): void {
    if (this.notifications.worker) this.loop.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.loop.stop();
  }

  /** Queues the reminders due today; returns how many residents were reminded now. */
  async remindExpiring(): Promise<number> {
    const today = romeDay(this.clock.now());
    const until = addDays(today, IDENTITY_CARD_NOTICE_DAYS);
    let total = 0;
    for (;;) {
      const sent = await this.dataSource.transaction(async (manager) => {
        const cards: ExpiringCard[] = await manager.query(
          `WITH due AS (
             SELECT p.fiscal_code, p.id_document_expires_on FROM registry_person p
              WHERE p.status = 'resident' AND p.id_document_kind IN ('cie', 'paper')
                AND p.id_document_expires_on BETWEEN $1 AND $2
                AND NOT EXISTS (SELECT 1 FROM identity_card_reminder r
                                 WHERE r.fiscal_code = p.fiscal_code AND r.expires_on = p.id_document_expires_on)
              LIMIT $3),
           marked AS (
             INSERT INTO identity_card_reminder (fiscal_code, expires_on)
             SELECT fiscal_code, id_document_expires_on FROM due
             ON CONFLICT DO NOTHING RETURNING fiscal_code, expires_on)
           SELECT p.fiscal_code, p.given_name, p.family_name, u.email, p.id_document_kind AS kind,
                  m.expires_on::text AS expires_on
             FROM marked m JOIN registry_person p ON p.fiscal_code = m.fiscal_code
             LEFT JOIN app_user u ON u.fiscal_code = p.fiscal_code`,
          [today, until, BATCH_SIZE],
        );
        await this.outbox.enqueue(
          manager,
          cards.map((card) => {
            const recipientName = `${card.given_name} ${card.family_name}`;
            const contentIn = (locale: Locale) =>
              identityCardExpiring({
                locale,
                municipalityName: this.municipality.name,
                recipientName,
                link: `${this.app.publicUrl}/i-miei-dati`,
                documentKind: card.kind,
                expiresOn: card.expires_on,
              });
            return {
              channel: card.email ? ('email' as const) : ('inbox' as const),
              recipient: card.email ?? card.fiscal_code,
              recipientName,
              recipientFiscalCode: card.fiscal_code,
              kind: 'registry.identity_card_expiring',
              content: contentIn('it'),
              contentIn,
              resource: { type: 'identity_card', id: `${card.fiscal_code}-${card.expires_on}` },
            };
          }),
        );
        return cards.length;
      });
      total += sent;
      if (sent < BATCH_SIZE) break;
    }
    if (total > 0) this.outbox.deliverSoon();
    return total;
  }
}

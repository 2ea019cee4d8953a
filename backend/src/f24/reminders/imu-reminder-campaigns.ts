import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { addDays } from '../../common/calendar/civil-date.js';
import { appConfig, municipalityConfig } from '../../config/app.config.js';
import { readTogether } from '../../database/pool-query.js';
import type { Locale } from '../../notifications/content/message-content.js';
import { NotificationOutbox } from '../../notifications/outbox/notification-outbox.service.js';
import type { OutgoingNotification } from '../../notifications/outbox/outgoing-notification.js';
import { imuDueDates } from '../domain/imu-due-dates.js';
import type { ImuInstalment } from '../domain/imu-f24-lines.js';
import type { IsoDate } from '../domain/iso-date.js';
import { assessHoldings, ImuAssessmentService } from '../services/imu-assessment.service.js';
import { imuReminder } from './imu-reminder.template.js';
import { ImuReminderPaymentLookup } from './imu-reminder-payment-lookup.js';

/** Reminders go out this many days before each instalment. */
export const REMINDER_DAYS_BEFORE = 7;
/** Taxpayers per transaction: each batch is assessed, queued and marked in one commit. */
const BATCH_SIZE = 200;

export type ReminderInstalment = Extract<ImuInstalment, 'first' | 'balance'>;

export interface ImuReminderCampaignView {
  id: string;
  year: number;
  instalment: ReminderInstalment;
  dueDate: string;
  status: 'running' | 'done';
  total: number;
  reminded: number;
  nothingDue: number;
  failed: number;
  pending: number;
}

interface TaxpayerContact {
  email: string | null;
  name: string | null;
  locale: Locale;
}

export function reminderDueDate(year: number, instalment: ReminderInstalment): IsoDate {
  const dates = imuDueDates(year);
  return instalment === 'first' ? dates.firstInstalment : dates.balance;
}

/**
 * The IMU reminders of a whole comune, one campaign per year and instalment. Starting a campaign lists every
 * taxpayer holding property that year (one row each); workers on any replica then take batches with `FOR UPDATE
 * SKIP LOCKED` and, in one transaction per batch, assess each taxpayer, queue the reminder of those with
 * something due and mark them. So a campaign started twice is the same campaign, a crash loses at most the batch
 * in flight (rolled back, taken again), and nobody is reminded twice.
 */
@Injectable()
export class ImuReminderCampaigns {
  private readonly logger = new Logger(ImuReminderCampaigns.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assessments: ImuAssessmentService,
    private readonly payments: ImuReminderPaymentLookup,
    private readonly outbox: NotificationOutbox,
    private readonly audit: AuditService,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
    @Inject(municipalityConfig.KEY) private readonly municipality: ConfigType<typeof municipalityConfig>,
  ) {}

  /** Creates the campaign (or finds it: never a second one) with its taxpayers; the workers send it. */
  async start(
    year: number,
    instalment: ReminderInstalment,
    user: AuthUser | null,
  ): Promise<ImuReminderCampaignView> {
    await this.assessments.loadMany([], year, this.dataSource.manager);
    const id = await this.dataSource.transaction(async (manager) => {
      const [created]: { id: string }[] = await manager.query(
        `INSERT INTO imu_reminder_campaign (year, instalment, due_date, started_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (year, instalment) DO NOTHING RETURNING id`,
        [year, instalment, reminderDueDate(year, instalment), user?.fiscalCode ?? null],
      );
      if (!created) {
        const [existing]: { id: string }[] = await manager.query(
          'SELECT id FROM imu_reminder_campaign WHERE year = $1 AND instalment = $2',
          [year, instalment],
        );
        return existing.id;
      }
      const taxpayers = await manager.query(
        `INSERT INTO imu_reminder_recipient (campaign_id, taxpayer_fiscal_code)
         SELECT DISTINCT $1::bigint, owner_fiscal_code FROM imu_ownership
          WHERE valid_from <= make_date($2, 12, 31) AND (valid_to IS NULL OR valid_to >= make_date($2, 1, 1))`,
        [created.id, year],
      );
      await this.audit.record(
        {
          actor: user,
          actorRole: user ? 'taxes' : 'system',
          action: 'taxes.imu_reminders.start',
          resourceType: 'imu_reminder_campaign',
          resourceId: String(created.id),
          details: { year, instalment, taxpayers: taxpayers[1] ?? null },
        },
        manager,
      );
      return created.id;
    });
    return this.view(String(id));
  }

  async list(): Promise<ImuReminderCampaignView[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      'SELECT id FROM imu_reminder_campaign ORDER BY year DESC, instalment DESC LIMIT 20',
    );
    return Promise.all(rows.map((row) => this.view(String(row.id))));
  }

  /** Reminds one batch of a running campaign; false when no campaign has pending taxpayers left. */
  async processNextBatch(): Promise<boolean> {
    const worked = await this.dataSource.transaction(async (manager) => {
      const batch: {
        campaign_id: string;
        taxpayer_fiscal_code: string;
        year: number;
        instalment: ReminderInstalment;
        due_date: string;
      }[] = await manager.query(
        `SELECT r.campaign_id, r.taxpayer_fiscal_code, c.year, c.instalment, c.due_date::text
             FROM imu_reminder_recipient r JOIN imu_reminder_campaign c ON c.id = r.campaign_id
            WHERE r.status = 'pending' AND c.status = 'running'
              AND r.campaign_id = (SELECT campaign_id FROM imu_reminder_recipient r2
                                    JOIN imu_reminder_campaign c2 ON c2.id = r2.campaign_id
                                   WHERE r2.status = 'pending' AND c2.status = 'running'
                                   ORDER BY campaign_id LIMIT 1)
            ORDER BY r.taxpayer_fiscal_code
            LIMIT $1
            FOR UPDATE OF r SKIP LOCKED`,
        [BATCH_SIZE],
      );
      if (batch.length === 0) return false;
      await this.remind(manager, batch);
      return true;
    });
    if (worked) this.outbox.deliverSoon();
    else await this.completeFinished();
    // A batch is CPU work (assessments): let the event loop serve requests between two.
    await yieldToEventLoop();
    return worked;
  }

  private async remind(
    manager: EntityManager,
    batch: {
      campaign_id: string;
      taxpayer_fiscal_code: string;
      year: number;
      instalment: ReminderInstalment;
      due_date: string;
    }[],
  ): Promise<void> {
    const { campaign_id: campaignId, year, instalment, due_date: dueDate } = batch[0];
    const fiscalCodes = batch.map((row) => row.taxpayer_fiscal_code);
    const [{ holdings, rates }, contacts] = await readTogether(manager, [
      () => this.assessments.loadMany(fiscalCodes, year, manager),
      () => this.contacts(manager, fiscalCodes),
    ]);
    const outcomes: {
      fiscalCode: string;
      status: string;
      amountCents: number | null;
      detail: string | null;
    }[] = [];
    const notifications: OutgoingNotification[] = [];
    for (const fiscalCode of fiscalCodes) {
      try {
        const { assessment } = assessHoldings(
          fiscalCode,
          year,
          holdings.get(fiscalCode) ?? { properties: [], ownerships: [] },
          rates,
        );
        const amountCents = this.assessments
          .f24Lines(assessment, instalment)
          .reduce((sum, line) => sum + (line.debit ?? 0), 0);
        if (amountCents <= 0) {
          outcomes.push({ fiscalCode, status: 'nothing_due', amountCents: 0, detail: null });
          continue;
        }
        const payment = await this.payments.noticeFor(fiscalCode, year, instalment, amountCents);
        notifications.push(
          this.notification(fiscalCode, contacts.get(fiscalCode), {
            year,
            instalment,
            dueDate,
            amountCents,
            payment,
          }),
        );
        outcomes.push({ fiscalCode, status: 'reminded', amountCents, detail: null });
      } catch (error) {
        // One taxpayer's bad data fails that taxpayer only; the office sees why in the campaign.
        outcomes.push({
          fiscalCode,
          status: 'failed',
          amountCents: null,
          detail: (error as Error).message.slice(0, 500),
        });
      }
    }
    await this.outbox.enqueue(manager, notifications);
    await manager.query(
      `UPDATE imu_reminder_recipient r SET status = o.status, amount_cents = o.amount, detail = o.detail
         FROM unnest($2::varchar[], $3::varchar[], $4::bigint[], $5::text[]) AS o(fiscal_code, status, amount, detail)
        WHERE r.campaign_id = $1 AND r.taxpayer_fiscal_code = o.fiscal_code`,
      [
        campaignId,
        outcomes.map((o) => o.fiscalCode),
        outcomes.map((o) => o.status),
        outcomes.map((o) => o.amountCents),
        outcomes.map((o) => o.detail),
      ],
    );
  }

  private notification(
    fiscalCode: string,
    contact: TaxpayerContact | undefined,
    facts: {
      year: number;
      instalment: ReminderInstalment;
      dueDate: string;
      amountCents: number;
      payment: Awaited<ReturnType<ImuReminderPaymentLookup['noticeFor']>>;
    },
  ): OutgoingNotification {
    const contentIn = (locale: Locale) =>
      imuReminder({
        locale,
        municipalityName: this.municipality.name,
        recipientName: contact?.name ?? null,
        link: `${this.app.publicUrl}/pagamenti/imu`,
        year: facts.year,
        instalment: facts.instalment,
        dueDate: facts.dueDate as IsoDate,
        amountCents: facts.amountCents,
        payment: facts.payment,
      });
    const email = contact?.email ?? null;
    return {
      channel: email ? 'email' : 'inbox',
      recipient: email ?? fiscalCode,
      recipientName: contact?.name ?? null,
      recipientFiscalCode: fiscalCode,
      kind: 'taxes.imu_reminder',
      content: contentIn('it'),
      contentIn,
      resource: { type: 'imu_instalment', id: `${facts.year}-${facts.instalment}` },
      dedupeKey: `imu:${facts.year}:${facts.instalment}:${fiscalCode}`,
    };
  }

  /** The e-mail address and name the portal knows (from the taxpayer's own login), if any. */
  private async contacts(
    manager: EntityManager,
    fiscalCodes: readonly string[],
  ): Promise<Map<string, TaxpayerContact>> {
    const rows: {
      fiscal_code: string;
      email: string | null;
      given_name: string;
      family_name: string;
      preferred_locale: Locale;
    }[] = await manager.query(
      'SELECT fiscal_code, email, given_name, family_name, preferred_locale FROM app_user WHERE fiscal_code = ANY($1)',
      [fiscalCodes],
    );
    return new Map(
      rows.map((row) => [
        row.fiscal_code,
        { email: row.email, name: `${row.given_name} ${row.family_name}`, locale: row.preferred_locale },
      ]),
    );
  }

  private async completeFinished(): Promise<void> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [done]: [{ id: string }[], number] = await this.dataSource.query(
      `UPDATE imu_reminder_campaign c SET status = 'done', finished_at = now()
        WHERE status = 'running'
          AND NOT EXISTS (SELECT 1 FROM imu_reminder_recipient r WHERE r.campaign_id = c.id AND r.status = 'pending')
        RETURNING id`,
    );
    for (const row of done) this.logger.log(`IMU reminder campaign ${row.id} finished.`);
  }

  private async view(id: string): Promise<ImuReminderCampaignView> {
    const [row] = await this.dataSource.query(
      `SELECT c.id, c.year, c.instalment, c.due_date::text AS due_date, c.status,
              count(r.*)::int AS total,
              count(*) FILTER (WHERE r.status = 'reminded')::int AS reminded,
              count(*) FILTER (WHERE r.status = 'nothing_due')::int AS nothing_due,
              count(*) FILTER (WHERE r.status = 'failed')::int AS failed,
              count(*) FILTER (WHERE r.status = 'pending')::int AS pending
         FROM imu_reminder_campaign c LEFT JOIN imu_reminder_recipient r ON r.campaign_id = c.id
        WHERE c.id = $1 GROUP BY c.id`,
      [id],
    );
    return {
      id: String(row.id),
      year: row.year,
      instalment: row.instalment,
      dueDate: row.due_date,
      status: row.status,
      total: row.total,
      reminded: row.reminded,
      nothingDue: row.nothing_due,
      failed: row.failed,
      pending: row.pending,
    };
  }

  /** The instalments whose reminder window is open on `today`: from 7 days before the due date to the day. */
  static dueForReminders(today: IsoDate): { year: number; instalment: ReminderInstalment }[] {
    const year = Number(today.slice(0, 4));
    return (['first', 'balance'] as const)
      .filter((instalment) => {
        const due = reminderDueDate(year, instalment);
        return today >= addDays(due, -REMINDER_DAYS_BEFORE) && today <= due;
      })
      .map((instalment) => ({ year, instalment }));
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser, Role } from '../../auth/authorization/roles.js';
import type { MessageContent } from '../content/message-content.js';
import type { NotificationTopic } from '../content/notification-topics.js';
import type {
  DeliveredMessagePageView,
  DeliveredMessageView,
} from '../preferences/notification-preferences.views.js';
import type { DeliveryFilter } from './delivery-query.dto.js';

/** The topics each office answers for; the administrator sees every message, office ones included. */
const TOPICS_OF_ROLE: Partial<Record<Role, readonly NotificationTopic[]>> = {
  permits: ['permits'],
  registry: ['registry', 'certificates', 'documents'],
  taxes: ['taxes'],
};

interface DeliveryRow {
  id: string;
  grp: string;
  channel: 'email' | 'app_io';
  status: 'pending' | 'sent' | 'failed' | 'skipped';
  attempts: number;
  last_error: string | null;
  external_status: string | null;
  sent_at: Date | null;
  kind: string;
  content: MessageContent;
  recipient_name: string | null;
  recipient_fiscal_code: string | null;
  created_at: Date;
}

/** Staff's view of the outbox: per message, which channels delivered it, which skipped it and why, which failed. */
@Injectable()
export class DeliveriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(
    user: AuthUser,
    filter: DeliveryFilter = 'all',
    page = 1,
    pageSize = 25,
  ): Promise<DeliveredMessagePageView> {
    const topics = user.roles.includes('admin')
      ? null
      : [...new Set(user.roles.flatMap((role) => TOPICS_OF_ROLE[role] ?? []))];
    const rows: DeliveryRow[] = await this.dataSource.query(
      `WITH grouped AS (
         SELECT coalesce(message_group::text, id::text) AS grp, max(id) AS last_id
           FROM notification_outbox
          WHERE ($1::varchar[] IS NULL OR topic = ANY($1))
          GROUP BY 1
         HAVING $2 = 'all' OR bool_or(status = $2)
          ORDER BY max(id) DESC
          LIMIT $3 OFFSET $4)
       SELECT o.id, g.grp, o.channel, o.status, o.attempts, o.last_error, o.external_status, o.sent_at, o.kind,
              o.content, o.recipient_name, o.recipient_fiscal_code, o.created_at
         FROM grouped g
         JOIN notification_outbox o ON coalesce(o.message_group::text, o.id::text) = g.grp
        ORDER BY g.last_id DESC, o.channel`,
      [topics, filter, pageSize, (page - 1) * pageSize],
    );
    const messages = new Map<string, DeliveredMessageView>();
    for (const row of rows) {
      let message = messages.get(row.grp);
      if (!message) {
        message = {
          id: String(row.id),
          kind: row.kind,
          subject: row.content.subject,
          recipientName: row.recipient_name,
          recipientFiscalCode: row.recipient_fiscal_code,
          createdAt: row.created_at.toISOString(),
          channels: [],
        };
        messages.set(row.grp, message);
      }
      message.recipientName ??= row.recipient_name;
      message.channels.push({
        channel: row.channel,
        status: row.status,
        attempts: row.attempts,
        lastError: row.last_error,
        externalStatus: row.external_status,
        sentAt: row.sent_at?.toISOString() ?? null,
      });
    }
    await this.audit.record({
      actor: user,
      action: 'notifications.deliveries.read',
      resourceType: 'notification_outbox',
      purpose: 'Verifica della consegna delle comunicazioni',
      details: { filter, page, messages: messages.size },
    });
    return { items: [...messages.values()], page, pageSize };
  }
}

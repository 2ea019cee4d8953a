import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { appIoConfig } from '../../config/app.config.js';
import { NOTIFICATION_TOPICS, type NotificationTopic } from '../content/notification-topics.js';
import { DEFAULT_CHOICE } from './channel-preferences.js';
import { NotificationErrors } from './notification-errors.js';
import type { UpdateNotificationPreferencesDto } from './notification-preferences.dto.js';
import type { NotificationPreferencesView } from './notification-preferences.views.js';

/** A resident's channels per topic: e-mail and/or App IO, everything on until they choose. */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(appIoConfig.KEY) private readonly appIo: ConfigType<typeof appIoConfig>,
  ) {}

  get(user: AuthUser): Promise<NotificationPreferencesView> {
    return this.view(this.dataSource.manager, user);
  }

  async update(user: AuthUser, dto: UpdateNotificationPreferencesDto): Promise<NotificationPreferencesView> {
    const seen = new Set<NotificationTopic>();
    dto.topics.forEach((choice, index) => {
      if (seen.has(choice.topic)) throw NotificationErrors.topicRepeated(index);
      seen.add(choice.topic);
    });
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO notification_preference (fiscal_code, topic, email, app_io, updated_at)
         SELECT $1, topic, email, app_io, now()
           FROM unnest($2::varchar[], $3::boolean[], $4::boolean[]) AS t(topic, email, app_io)
         ON CONFLICT (fiscal_code, topic)
         DO UPDATE SET email = EXCLUDED.email, app_io = EXCLUDED.app_io, updated_at = now()`,
        [
          user.fiscalCode,
          dto.topics.map((choice) => choice.topic),
          dto.topics.map((choice) => choice.email),
          dto.topics.map((choice) => choice.appIo),
        ],
      );
      await this.audit.record(
        {
          actor: user,
          actorRole: 'resident',
          action: 'notifications.preferences.update',
          subjectFiscalCode: user.fiscalCode,
          resourceType: 'notification_preference',
          resourceId: user.fiscalCode,
          purpose: 'Scelta dei canali per le comunicazioni del Comune',
          details: { topics: dto.topics.map(({ topic, email, appIo }) => ({ topic, email, appIo })) },
        },
        manager,
      );
      return this.view(manager, user);
    });
  }

  private async view(manager: EntityManager, user: AuthUser): Promise<NotificationPreferencesView> {
    const rows: { topic: NotificationTopic; email: boolean; app_io: boolean }[] = await manager.query(
      'SELECT topic, email, app_io FROM notification_preference WHERE fiscal_code = $1',
      [user.fiscalCode],
    );
    const stored = new Map(rows.map((row) => [row.topic, { email: row.email, appIo: row.app_io }]));
    return {
      email: user.email ?? null,
      topics: NOTIFICATION_TOPICS.map((topic) => ({
        topic,
        ...(stored.get(topic) ?? DEFAULT_CHOICE),
        appIoAvailable: this.appIo.url !== null && Object.hasOwn(this.appIo.apiKeys, topic),
      })),
    };
  }
}

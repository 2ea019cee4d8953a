import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { mailConfig, notificationsConfig } from '../config/app.config.js';
import { EmailChannel } from './channels/email-channel.js';
import { NOTIFICATION_CHANNELS } from './channels/notification-channel.js';
import { PersonalMessage } from './inbox/personal-message.entity.js';
import { NotificationOutbox } from './outbox/notification-outbox.service.js';
import { OutboxMessage } from './outbox/outbox-message.entity.js';
import { OutboxWorker } from './outbox/outbox-worker.js';

/** The notification outbox, its worker and the personal-area inbox it fills; features inject `NotificationOutbox`. */
@Module({
  imports: [
    TypeOrmModule.forFeature([OutboxMessage, PersonalMessage]),
    ConfigModule.forFeature(mailConfig),
    ConfigModule.forFeature(notificationsConfig),
  ],
  providers: [
    EmailChannel,
    { provide: NOTIFICATION_CHANNELS, inject: [EmailChannel], useFactory: (email: EmailChannel) => [email] },
    OutboxWorker,
    NotificationOutbox,
  ],
  exports: [NotificationOutbox],
})
export class NotificationsModule {}

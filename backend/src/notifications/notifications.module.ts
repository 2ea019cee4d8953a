import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { appIoConfig, mailConfig, notificationsConfig } from '../config/app.config.js';
import { AppIoChannel } from './app-io/app-io-channel.js';
import { IoCallBudget } from './app-io/io-call-budget.js';
import { EmailChannel } from './channels/email-channel.js';
import { NOTIFICATION_CHANNELS } from './channels/notification-channel.js';
import { DeliveriesService } from './deliveries/deliveries.service.js';
import { PersonalMessage } from './inbox/personal-message.entity.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationOutbox } from './outbox/notification-outbox.service.js';
import { OutboxMessage } from './outbox/outbox-message.entity.js';
import { OutboxWorker } from './outbox/outbox-worker.js';
import { NotificationPreferencesService } from './preferences/notification-preferences.service.js';

/**
 * The notification outbox, its worker and channels (e-mail, App IO), the personal-area inbox it fills, the
 * residents' channel choices and the staff's delivery view; features inject `NotificationOutbox`.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([OutboxMessage, PersonalMessage]),
    ConfigModule.forFeature(mailConfig),
    ConfigModule.forFeature(notificationsConfig),
    ConfigModule.forFeature(appIoConfig),
  ],
  controllers: [NotificationsController],
  providers: [
    EmailChannel,
    IoCallBudget,
    AppIoChannel,
    {
      provide: NOTIFICATION_CHANNELS,
      inject: [EmailChannel, AppIoChannel],
      useFactory: (email: EmailChannel, appIo: AppIoChannel) => [email, appIo],
    },
    OutboxWorker,
    NotificationOutbox,
    NotificationPreferencesService,
    DeliveriesService,
  ],
  exports: [NotificationOutbox],
})
export class NotificationsModule {}

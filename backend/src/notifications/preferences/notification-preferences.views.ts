import { ApiProperty } from '@nestjs/swagger';
import { NOTIFICATION_TOPICS, type NotificationTopic } from '../content/notification-topics.js';

export class TopicPreferenceView {
  @ApiProperty({ enum: NOTIFICATION_TOPICS }) topic: NotificationTopic;
  @ApiProperty() email: boolean;
  @ApiProperty() appIo: boolean;
  @ApiProperty({ description: 'Whether the comune sends messages on this topic through App IO.' })
  appIoAvailable: boolean;
}

export class NotificationPreferencesView {
  @ApiProperty({ type: String, nullable: true, description: 'The address e-mails go to, when known.' })
  email: string | null;
  @ApiProperty({ type: [TopicPreferenceView] }) topics: TopicPreferenceView[];
}

export class DeliveryChannelView {
  @ApiProperty({ enum: ['email', 'app_io'] }) channel: 'email' | 'app_io';
  @ApiProperty({ enum: ['pending', 'sent', 'failed', 'skipped'] }) status:
    | 'pending'
    | 'sent'
    | 'failed'
    | 'skipped';
  @ApiProperty() attempts: number;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why it failed or was skipped, or the last retry.',
  })
  lastError: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'What the other side reported, e.g. PROCESSED.' })
  externalStatus: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt: string | null;
}

export class DeliveredMessageView {
  @ApiProperty() id: string;
  @ApiProperty() kind: string;
  @ApiProperty() subject: string;
  @ApiProperty({ type: String, nullable: true }) recipientName: string | null;
  @ApiProperty({ type: String, nullable: true }) recipientFiscalCode: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: [DeliveryChannelView] }) channels: DeliveryChannelView[];
}

export class DeliveredMessagePageView {
  @ApiProperty({ type: [DeliveredMessageView] }) items: DeliveredMessageView[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

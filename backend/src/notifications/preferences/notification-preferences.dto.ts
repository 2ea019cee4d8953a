import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, ValidateNested } from 'class-validator';
import { NOTIFICATION_TOPICS, type NotificationTopic } from '../content/notification-topics.js';

export class TopicPreferenceDto {
  @ApiProperty({ enum: NOTIFICATION_TOPICS })
  @IsIn(NOTIFICATION_TOPICS)
  topic: NotificationTopic;

  @ApiProperty({ description: 'Messages on this topic by e-mail.' })
  @IsBoolean()
  email: boolean;

  @ApiProperty({ description: 'Messages on this topic in App IO.' })
  @IsBoolean()
  appIo: boolean;
}

/** The caller's channels for some or all topics; topics left out keep their current choice. */
export class UpdateNotificationPreferencesDto {
  @ApiProperty({ type: [TopicPreferenceDto], minItems: 1, maxItems: NOTIFICATION_TOPICS.length })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(NOTIFICATION_TOPICS.length)
  @ValidateNested({ each: true })
  @Type(() => TopicPreferenceDto)
  topics: TopicPreferenceDto[];
}

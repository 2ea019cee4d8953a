import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { MessageAction, MessageBlock } from '../notifications/content/message-content.js';

export class MessageView {
  @ApiProperty({ example: '42' }) id: string;
  @ApiProperty({ example: 'permits.integration_requested' }) kind: string;
  @ApiProperty({ enum: ['it', 'en'] }) locale: string;
  @ApiProperty() subject: string;
  @ApiProperty({ description: 'The comune and its office.' }) sender: string;
  @ApiProperty({ description: 'Paragraphs, facts, lists and quotes, as plain text.' })
  blocks: readonly MessageBlock[];
  @ApiProperty({ description: 'The portal page the message is about.' }) action: MessageAction;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) readAt: string | null;
}

export class MessagePageView {
  @ApiProperty() total: number;
  @ApiProperty({ description: 'Unread messages of the caller, whatever the page.' }) unread: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ type: [MessageView], description: 'Newest first.' }) items: MessageView[];
}

import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import type { Locale, MessageAction, MessageBlock } from '../notifications/content/message-content.js';

// One class per kind of `MessageBlock`, so the document (and the frontend's generated types) carry the union.
class MessageFactView {
  @ApiProperty() label: string;
  @ApiProperty() value: string;
}

class ParagraphBlockView {
  @ApiProperty({ enum: ['paragraph'] }) kind: 'paragraph';
  @ApiProperty() text: string;
}

class FactsBlockView {
  @ApiProperty({ enum: ['facts'] }) kind: 'facts';
  @ApiProperty({ type: [MessageFactView] }) facts: MessageFactView[];
}

class ListBlockView {
  @ApiProperty({ enum: ['list'] }) kind: 'list';
  @ApiProperty() title: string;
  @ApiProperty({ type: [String] }) items: string[];
}

class QuoteBlockView {
  @ApiProperty({ enum: ['quote'] }) kind: 'quote';
  @ApiProperty() title: string;
  @ApiProperty() text: string;
}

class MessageActionView {
  @ApiProperty() label: string;
  @ApiProperty({ description: 'An absolute address.' }) url: string;
}

const BLOCK_VIEWS = [ParagraphBlockView, FactsBlockView, ListBlockView, QuoteBlockView];

@ApiExtraModels(...BLOCK_VIEWS)
export class MessageView {
  @ApiProperty({ example: '42' }) id: string;
  @ApiProperty({ example: 'permits.integration_requested' }) kind: string;
  @ApiProperty({ enum: ['it', 'en'] }) locale: Locale;
  @ApiProperty() subject: string;
  @ApiProperty({ description: 'The comune and its office.' }) sender: string;
  @ApiProperty({
    description: 'Paragraphs, facts, lists and quotes, as plain text.',
    type: 'array',
    items: { oneOf: BLOCK_VIEWS.map((view) => ({ $ref: getSchemaPath(view) })) },
  })
  blocks: readonly MessageBlock[];
  @ApiProperty({ type: MessageActionView, description: 'The portal page the message is about.' })
  action: MessageAction;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt: string | null;
}

export class MessagePageView {
  @ApiProperty() total: number;
  @ApiProperty({ description: 'Unread messages of the caller, whatever the page.' }) unread: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ type: [MessageView], description: 'Newest first.' }) items: MessageView[];
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { MessageContent } from '../notifications/content/message-content.js';
import { MessageErrors } from './message-errors.js';
import type { MessagePageView, MessageView } from './message-views.js';

interface MessageRow {
  id: string;
  kind: string;
  content: MessageContent;
  created_at: Date;
  read_at: Date | null;
}

const ID = /^[1-9][0-9]{0,17}$/;

export function messageView(row: MessageRow): MessageView {
  return {
    id: String(row.id),
    kind: row.kind,
    locale: row.content.locale,
    subject: row.content.subject,
    sender: row.content.sender,
    blocks: row.content.blocks,
    action: row.content.action,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at?.toISOString() ?? null,
  };
}

/** The caller's inbox: only messages addressed to their own codice fiscale, newest first. */
@Injectable()
export class MessagesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(fiscalCode: string, page = 1, pageSize = 20, onlyUnread = false): Promise<MessagePageView> {
    const [rows, [counts]] = await Promise.all([
      this.dataSource.query(
        `SELECT id, kind, content, created_at, read_at FROM personal_message
          WHERE recipient_fiscal_code = $1 AND ($2 = false OR read_at IS NULL)
          ORDER BY created_at DESC, id DESC LIMIT $3 OFFSET $4`,
        [fiscalCode, onlyUnread, pageSize, (page - 1) * pageSize],
      ) as Promise<MessageRow[]>,
      this.dataSource.query(
        `SELECT count(*) FILTER (WHERE $2 = false OR read_at IS NULL)::int AS total,
                count(*) FILTER (WHERE read_at IS NULL)::int AS unread
           FROM personal_message WHERE recipient_fiscal_code = $1`,
        [fiscalCode, onlyUnread],
      ) as Promise<{ total: number; unread: number }[]>,
    ]);
    return { total: counts.total, unread: counts.unread, page, pageSize, items: rows.map(messageView) };
  }

  /** Marks one of the caller's messages read; reading it again keeps the first reading time. */
  async markRead(fiscalCode: string, id: string): Promise<MessageView> {
    if (!ID.test(id)) throw MessageErrors.messageNotFound();
    const [rows]: [MessageRow[], number] = await this.dataSource.query(
      `UPDATE personal_message SET read_at = coalesce(read_at, now())
        WHERE id = $1 AND recipient_fiscal_code = $2
        RETURNING id, kind, content, created_at, read_at`,
      [id, fiscalCode],
    );
    if (!rows[0]) throw MessageErrors.messageNotFound();
    return messageView(rows[0]);
  }
}

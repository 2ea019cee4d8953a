import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type AccessEvent, type AccessLogEntry, describeAccessEvent } from './describe-access-event.js';

export interface AccessLogPage {
  items: AccessLogEntry[];
  /** Pass as `before` to read the next (older) page; null on the last page. */
  nextBefore: string | null;
}

/** The person's own logins and logouts are in the audit log too, but they are not consultations of their data. */
const NOT_CONSULTATIONS = ['auth.login', 'auth.logout'];

/** "Chi ha consultato i miei dati": the audit events whose subject is the person, newest first. */
@Injectable()
export class ReadAccessLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forSubject(fiscalCode: string, limit: number, before?: string): Promise<AccessLogPage> {
    const rows: {
      id: string;
      occurred_at: Date;
      actor_fiscal_code: string | null;
      actor_role: string | null;
      given_name: string | null;
      family_name: string | null;
      action: string;
      purpose: string | null;
      details: Record<string, unknown>;
    }[] = await this.dataSource.query(
      `SELECT e.id::text, e.occurred_at, e.actor_fiscal_code, e.actor_role, u.given_name, u.family_name,
         e.action, e.purpose, e.details
       FROM audit_event e LEFT JOIN app_user u ON u.fiscal_code = e.actor_fiscal_code
       WHERE e.subject_fiscal_code = $1 AND ($2::bigint IS NULL OR e.id < $2::bigint)
         AND e.action <> ALL($4::text[])
       ORDER BY e.id DESC
       LIMIT $3`,
      [fiscalCode, before ?? null, limit + 1, NOT_CONSULTATIONS],
    );
    const page = rows.slice(0, limit).map((row) =>
      describeAccessEvent(
        {
          id: row.id,
          occurredAt: row.occurred_at,
          actorFiscalCode: row.actor_fiscal_code,
          actorRole: row.actor_role,
          actorGivenName: row.given_name,
          actorFamilyName: row.family_name,
          action: row.action,
          purpose: row.purpose,
          details: row.details,
        } satisfies AccessEvent,
        fiscalCode,
      ),
    );
    return { items: page, nextBefore: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { IsoDate } from '../../common/calendar/civil-date.js';
import type { PracticeState } from '../domain/practice-state.js';
import type { PracticeType } from '../domain/practice-type.js';
import { PracticeRepository, type QueueRow } from '../persistence/practice-repository.js';

/** A practice as the staff home lists it: references and terms, no names of residents. */
export interface OfficePracticeItem {
  id: string;
  protocolNumber: string;
  type: PracticeType;
  state: PracticeState;
  address: string;
  officeDeadline: IsoDate | null;
  overdue: boolean;
}

export interface OfficePracticeList {
  total: number;
  items: OfficePracticeItem[];
}

/** A file a resident uploaded to one of their practices. */
export interface ResidentUpload {
  practiceId: string;
  fileName: string;
  uploadedAt: Date;
}

function officeItem(row: QueueRow): OfficePracticeItem {
  return {
    id: row.id,
    protocolNumber: row.protocolNumber,
    type: row.type,
    state: row.state,
    address: row.address,
    officeDeadline: row.officeDeadline,
    overdue: row.overdue,
  };
}

/**
 * What the personal area and the staff home read from the permits office: small answers shaped for them, so
 * no other module reads the practice tables or holds the repository.
 */
@Injectable()
export class PermitsOverview {
  constructor(
    private readonly practices: PracticeRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The two queues that need the office today: overdue practices and integrations received. */
  async officeQueues(
    today: IsoDate,
    limit: number,
  ): Promise<{ overdue: OfficePracticeList; integrationsReceived: OfficePracticeList }> {
    const [overdue, integrations] = await Promise.all([
      this.practices.queue({ overdue: true, page: 1, pageSize: limit }, today),
      this.practices.queue({ states: ['integrations_submitted'], page: 1, pageSize: limit }, today),
    ]);
    return {
      overdue: { total: overdue.total, items: overdue.rows.map(officeItem) },
      integrationsReceived: { total: integrations.total, items: integrations.rows.map(officeItem) },
    };
  }

  /** How many files a resident uploaded to their practices, and the latest `limit` of them. */
  async uploadsBy(fiscalCode: string, limit: number): Promise<{ count: number; latest: ResidentUpload[] }> {
    const rows: { practice_id: string; file_name: string; uploaded_at: Date; total: number }[] =
      await this.dataSource.query(
        `SELECT practice_id, file_name, uploaded_at, count(*) OVER ()::int AS total FROM permit_document
          WHERE uploaded_by_fiscal_code = $1 ORDER BY uploaded_at DESC LIMIT $2`,
        [fiscalCode, limit],
      );
    return {
      count: rows[0]?.total ?? 0,
      latest: rows.map((row) => ({
        practiceId: row.practice_id,
        fileName: row.file_name,
        uploadedAt: row.uploaded_at,
      })),
    };
  }
}

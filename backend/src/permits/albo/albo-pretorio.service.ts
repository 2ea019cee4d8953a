import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { addDays, type IsoDate } from '../../common/calendar/civil-date.js';
import { Clock } from '../../common/italian/clock.js';
import { likeLiteral } from '../../common/sql/like-literal.js';
import type { AlboArchivePageView, AlboEntryView } from './albo-views.js';

/** Art. 20 c. 6 D.P.R. 380/2001: the notice of a granted permesso di costruire stays on the albo 15 days. */
export const ALBO_PUBLICATION_DAYS = 15;

interface AlboRow {
  practiceId: string;
  decisionNumber: string;
  decisionDate: string;
  holder: string;
  address: string;
  intervention: string;
}

/**
 * Only what the publication needs: the permit's number and date, the holder's name, the location and the
 * intervention. No codice fiscale, no other party, no contact (GDPR art. 5 c. 1 c; Garante, linee guida 2014 sulla
 * trasparenza). The holder is the applicant; co-applicants are not named.
 */
const GRANTED = `
  SELECT p.id AS "practiceId", t.decision_number AS "decisionNumber", to_char(t.decision_date, 'YYYY-MM-DD') AS "decisionDate",
    a.given_name || ' ' || a.family_name AS holder, p.address, p.description AS intervention
  FROM permit_practice p
  JOIN permit_transition t ON t.practice_id = p.id AND t.to_state = 'granted' AND t.decision_outcome = 'granted'
  JOIN permit_party a ON a.practice_id = p.id AND a.role = 'applicant'
  WHERE p.type = 'PDC' AND p.state = 'granted'`;

function view(row: AlboRow, today: IsoDate): AlboEntryView {
  const until = addDays(row.decisionDate, ALBO_PUBLICATION_DAYS - 1);
  return {
    id: row.practiceId,
    number: row.decisionNumber,
    date: row.decisionDate,
    holder: row.holder,
    location: row.address,
    intervention: row.intervention,
    publishedUntil: until,
    onNoticeBoard: row.decisionDate <= today && today <= until,
  };
}

@Injectable()
export class AlboPretorioService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The permits granted in the last 15 days, newest first. */
  async current(): Promise<AlboEntryView[]> {
    const today = this.clock.today();
    const rows: AlboRow[] = await this.dataSource.query(
      `${GRANTED} AND t.decision_date BETWEEN $1::date AND $2::date ORDER BY t.decision_date DESC, t.decision_number`,
      [addDays(today, -(ALBO_PUBLICATION_DAYS - 1)), today],
    );
    return rows.map((row) => view(row, today));
  }

  /** Every granted permit, searchable by address (words in any order) and year of the decision. */
  async archive(query: {
    address?: string;
    year?: number;
    page: number;
    pageSize: number;
  }): Promise<AlboArchivePageView> {
    const today = this.clock.today();
    const words = (query.address ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 6);
    const conditions: string[] = ['t.decision_date <= $1::date'];
    const parameters: unknown[] = [today];
    for (const word of words) {
      parameters.push(`%${likeLiteral(word)}%`);
      conditions.push(`lower(p.address) LIKE $${parameters.length}`);
    }
    if (query.year) {
      parameters.push(query.year);
      conditions.push(`extract(year FROM t.decision_date) = $${parameters.length}`);
    }
    const where = `${GRANTED} AND ${conditions.join(' AND ')}`;
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM (${where}) AS granted`,
      parameters,
    );
    const rows: AlboRow[] = await this.dataSource.query(
      `${where} ORDER BY t.decision_date DESC, t.decision_number LIMIT $${parameters.length + 1} OFFSET $${parameters.length + 2}`,
      [...parameters, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return { items: rows.map((row) => view(row, today)), total, page: query.page, pageSize: query.pageSize };
  }
}

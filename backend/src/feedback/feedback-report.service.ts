import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { FeedbackAnswer } from './domain/feedback-answers.js';
import type { FeedbackReportView } from './feedback-report.view.js';

const round2 = (value: string | number | null): number => Math.round(Number(value ?? 0) * 100) / 100;

/**
 * The ratings report of the back office. The answers are anonymous (no person is behind a row), so reading
 * them is not an access to personal data and is not audited.
 */
@Injectable()
export class FeedbackReportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async report(page: string | undefined): Promise<FeedbackReportView> {
    const pages: { page: string; count: string; average: string }[] = await this.dataSource.query(
      `SELECT page, count(*) AS count, avg(rating) AS average FROM service_feedback
        GROUP BY page ORDER BY count(*) DESC, page`,
    );
    // `$1 IS NULL` keeps one statement for "every page" and "one page".
    const filter = 'WHERE ($1::varchar IS NULL OR page = $1)';
    const params = [page ?? null];
    const [totals]: { count: string; average: string | null }[] = await this.dataSource.query(
      `SELECT count(*) AS count, avg(rating) AS average FROM service_feedback ${filter}`,
      params,
    );
    const stars: { rating: number; count: string }[] = await this.dataSource.query(
      `SELECT rating, count(*) AS count FROM service_feedback ${filter} GROUP BY rating`,
      params,
    );
    const answers: { answer: FeedbackAnswer; count: string }[] = await this.dataSource.query(
      `SELECT answer, count(*) AS count FROM service_feedback ${filter} AND answer IS NOT NULL
        GROUP BY answer ORDER BY count(*) DESC, answer`,
      params,
    );
    const days: { day: string; count: string; average: string }[] = await this.dataSource.query(
      `SELECT to_char(created_at AT TIME ZONE 'Europe/Rome', 'YYYY-MM-DD') AS day, count(*) AS count,
              avg(rating) AS average
         FROM service_feedback ${filter} AND created_at > now() - interval '90 days'
        GROUP BY day ORDER BY day`,
      params,
    );
    return {
      pages: pages.map((p) => ({ page: p.page, count: Number(p.count), average: round2(p.average) })),
      page: page ?? null,
      count: Number(totals?.count ?? 0),
      average: round2(totals?.average ?? 0),
      stars: [1, 2, 3, 4, 5].map((n) => Number(stars.find((s) => s.rating === n)?.count ?? 0)),
      answers: answers.map((a) => ({ answer: a.answer, count: Number(a.count) })),
      days: days.map((d) => ({ day: d.day, count: Number(d.count), average: round2(d.average) })),
    };
  }
}

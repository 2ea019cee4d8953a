import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** A certificate someone requested: its types and time of issue, no subject data. */
export interface RequestedCertificate {
  id: string;
  types: string[];
  issuedAt: Date;
}

/** What the personal area reads about a resident's certificates, so it never reads the certificate tables. */
@Injectable()
export class CertificateHistory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** How many certificates a person requested, and the latest `limit` of them. */
  async requestedBy(
    fiscalCode: string,
    limit: number,
  ): Promise<{ count: number; latest: RequestedCertificate[] }> {
    const rows: { id: string; types: string[]; issued_at: Date; total: number }[] =
      await this.dataSource.query(
        `SELECT id, types, issued_at, count(*) OVER ()::int AS total FROM issued_certificate
        WHERE requester_fiscal_code = $1 ORDER BY issued_at DESC, id DESC LIMIT $2`,
        [fiscalCode, limit],
      );
    return {
      count: rows[0]?.total ?? 0,
      latest: rows.map((row) => ({ id: row.id, types: row.types, issuedAt: row.issued_at })),
    };
  }
}

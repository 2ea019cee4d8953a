import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import type { LegalInterestRates } from '../domain/imu-types.js';
import type { IsoDate } from '../domain/iso-date.js';
import {
  formatLegalInterestRate,
  validateLegalInterestRateEntry,
} from '../domain/legal-interest-rate-entry.js';
import { legalInterestRateToEnter } from '../domain/legal-interest-rate-reminder.js';
import type { PutLegalInterestRateDto } from '../http/dto/put-legal-interest-rate.dto.js';
import { LegalInterestRateRecord } from '../persistence/legal-interest-rate.entity.js';
import type { LegalInterestRateView } from '../views/f24-views.js';

/**
 * The legal interest rates by year (art. 1284 c.c.), which every ravvedimento needs: a decree sets each
 * year's rate in December, and the taxes office enters it here. The years known when the table was
 * created came with the migration.
 */
@Injectable()
export class LegalInterestRatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(LegalInterestRateRecord) private readonly rates: Repository<LegalInterestRateRecord>,
    private readonly audit: AuditService,
  ) {}

  async all(): Promise<LegalInterestRates> {
    const rows = await this.rates.find({ order: { year: 'ASC' } });
    return Object.fromEntries(rows.map((row) => [row.year, row.ratePercent]));
  }

  /** For the taxes office's home: the year to enter now (next year's from 1 December), or null. */
  async yearToEnter(today: IsoDate): Promise<number | null> {
    const rows = await this.rates.find({ select: { year: true } });
    return legalInterestRateToEnter(
      today,
      rows.map((row) => row.year),
    );
  }

  async list(): Promise<LegalInterestRateView[]> {
    return (await this.rates.find({ order: { year: 'DESC' } })).map(rateView);
  }

  async put(year: number, dto: PutLegalInterestRateDto, actor: AuthUser): Promise<LegalInterestRateView> {
    const entry = validateLegalInterestRateEntry({ year, ratePercent: dto.ratePercent, source: dto.source });
    const saved = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(LegalInterestRateRecord);
      const before = await repository.findOne({ where: { year }, lock: { mode: 'pessimistic_write' } });
      await manager.query(
        `INSERT INTO legal_interest_rate (year, rate_percent, source, updated_by)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (year) DO UPDATE
            SET rate_percent = EXCLUDED.rate_percent, source = EXCLUDED.source,
                updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [year, entry.ratePercent, entry.source, actor.fiscalCode],
      );
      const after = await repository.findOneByOrFail({ year });
      await this.audit.record(
        {
          actor,
          action: 'f24.legalInterestRate.put',
          resourceType: 'legal_interest_rate',
          resourceId: String(year),
          details: {
            before: before ? { ratePercent: before.ratePercent, source: before.source } : null,
            after: { ratePercent: after.ratePercent, source: after.source },
          },
        },
        manager,
      );
      return after;
    });
    return rateView(saved);
  }
}

function rateView(row: LegalInterestRateRecord): LegalInterestRateView {
  return {
    year: row.year,
    ratePercent: formatLegalInterestRate(row.ratePercent),
    source: row.source,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt.toISOString(),
  };
}

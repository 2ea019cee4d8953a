import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { IMU_RATE_CATEGORIES, perImuRateCategory } from '../domain/imu-rate-categories.js';
import type { ImuRates } from '../domain/imu-types.js';
import { validateImuRates } from '../domain/imu-validation.js';
import { F24Errors, withField } from '../f24-errors.js';
import type { PutImuRatesDto } from '../http/dto/put-imu-rates.dto.js';
import { euroString, euroToCents } from '../http/euro-json.js';
import { toDomainRates } from '../persistence/imu-domain-mapping.js';
import { ImuRatesRecord } from '../persistence/imu-rates.entity.js';
import { saveImuRates } from '../persistence/imu-rates-writes.js';
import type { ImuRateCategoryView, ImuRatesView } from '../views/f24-views.js';

/** When the office gives no reference to the resolution. */
const DEFAULT_LABEL = 'delibera del Consiglio comunale';

/** The domain names the amounts inside `rates`; the request has them beside it. */
const REQUEST_FIELDS: Record<string, string> = {
  'rates.mainResidenceDeduction': 'mainResidenceDeduction',
  'rates.minimumAmount': 'minimumAmount',
  'rates.label': 'label',
  'rates.year': 'year',
};

/** IMU rates per year: entered by the taxes office from the council resolution, read by every computation. */
@Injectable()
export class ImuRatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(ImuRatesRecord) private readonly records: Repository<ImuRatesRecord>,
    private readonly audit: AuditService,
  ) {}

  async put(year: number, dto: PutImuRatesDto, actor: AuthUser): Promise<ImuRatesView> {
    const rates: ImuRates = {
      year,
      label: dto.label?.trim() || DEFAULT_LABEL,
      ...dto.rates,
      mainResidenceDeduction: euroToCents(dto.mainResidenceDeduction),
      minimumAmount: euroToCents(dto.minimumAmount),
      ...(dto.formerTasiSurcharge ? { formerTasiSurcharge: true } : {}),
    };
    try {
      validateImuRates(rates, 'rates');
    } catch (error) {
      if (error instanceof DomainError && error.field) {
        throw withField(error, REQUEST_FIELDS[error.field] ?? error.field);
      }
      throw error;
    }
    const saved = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ImuRatesRecord);
      const before = await repository.findOne({ where: { year }, lock: { mode: 'pessimistic_write' } });
      await saveImuRates(manager, rates, actor.fiscalCode);
      const after = await repository.findOneByOrFail({ year });
      await this.audit.record(
        {
          actor,
          action: 'f24.imuRates.put',
          resourceType: 'imu_rates',
          resourceId: String(year),
          details: { before: before ? toDomainRates(before) : null, after: toDomainRates(after) },
        },
        manager,
      );
      return after;
    });
    return ratesView(saved);
  }

  /** The catalogue the office's form and table are drawn from, in its order. */
  categories(): ImuRateCategoryView[] {
    return IMU_RATE_CATEGORIES.map((category) => ({
      key: category.key,
      label: { it: category.label.it, en: category.label.en },
      min: category.min,
      max: category.max,
      maxWithTasiSurcharge: category.maxWithTasiSurcharge ?? null,
      law: category.law,
    }));
  }

  async list(): Promise<ImuRatesView[]> {
    return (await this.records.find({ order: { year: 'DESC' } })).map(ratesView);
  }

  /** The rates the computation of `year` needs: that year's, and the previous year's for the acconto. */
  async forAssessment(
    year: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ rates: ImuRates; previousYearRates: ImuRates }> {
    const rows = await manager.getRepository(ImuRatesRecord).find({
      where: [{ year }, { year: year - 1 }],
    });
    const current = rows.find((row) => row.year === year);
    if (!current) throw F24Errors.ratesNotAvailable(year, year);
    const previous = rows.find((row) => row.year === year - 1);
    if (!previous) throw F24Errors.ratesNotAvailable(year - 1, year);
    return { rates: toDomainRates(current), previousYearRates: toDomainRates(previous) };
  }
}

function ratesView(row: ImuRatesRecord): ImuRatesView {
  return {
    year: row.year,
    label: row.label,
    rates: perImuRateCategory((category) => row[category.key]),
    mainResidenceDeduction: euroString(row.mainResidenceDeductionCents),
    minimumAmount: euroString(row.minimumAmountCents),
    formerTasiSurcharge: row.formerTasiSurcharge,
    updatedAt: row.updatedAt.toISOString(),
  };
}

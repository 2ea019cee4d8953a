import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { EntityManager } from 'typeorm';
import { municipalityConfig } from '../../config/app.config.js';
import type { F24LineInput } from '../domain/f24-semplificato.js';
import { computeImuYear, type ImuYearAssessment } from '../domain/imu-calculator.js';
import { type ImuInstalment, imuF24Lines } from '../domain/imu-f24-lines.js';
import type { ImuRates } from '../domain/imu-types.js';
import {
  type HeldProperty,
  ImuHoldingsRepository,
  type TaxpayerHoldings,
} from '../persistence/imu-holdings.repository.js';
import { ImuRatesService } from './imu-rates.service.js';

export interface TaxpayerAssessment {
  assessment: ImuYearAssessment;
  properties: HeldProperty[];
}

/** Load → compute: the IMU of a taxpayer for a year from the stored properties and rates. */
@Injectable()
export class ImuAssessmentService {
  constructor(
    private readonly holdings: ImuHoldingsRepository,
    private readonly rates: ImuRatesService,
    @Inject(municipalityConfig.KEY) private readonly municipality: ConfigType<typeof municipalityConfig>,
  ) {}

  async assess(fiscalCode: string, year: number): Promise<TaxpayerAssessment> {
    const rates = await this.rates.forAssessment(year);
    const holdings = (await this.holdings.forTaxpayers([fiscalCode], year)).get(fiscalCode);
    return assessHoldings(fiscalCode, year, holdings ?? { properties: [], ownerships: [] }, rates);
  }

  /** What many taxpayers hold, and the rates, in three queries: the bulk generation's read. */
  async loadMany(
    fiscalCodes: readonly string[],
    year: number,
    manager: EntityManager,
  ): Promise<{
    holdings: Map<string, TaxpayerHoldings>;
    rates: { rates: ImuRates; previousYearRates: ImuRates };
  }> {
    const rates = await this.rates.forAssessment(year, manager);
    return { holdings: await this.holdings.forTaxpayers(fiscalCodes, year, manager), rates };
  }

  /** The F24 lines (section EL, this comune's codice ente) paying one instalment. */
  f24Lines(assessment: ImuYearAssessment, instalment: ImuInstalment): F24LineInput[] {
    return imuF24Lines(assessment, { instalment, entityCode: this.municipality.cadastralCode });
  }

  get entityCode(): string {
    return this.municipality.cadastralCode;
  }
}

export function assessHoldings(
  fiscalCode: string,
  year: number,
  holdings: TaxpayerHoldings,
  rates: { rates: ImuRates; previousYearRates: ImuRates },
): TaxpayerAssessment {
  const assessment = computeImuYear({
    ownerId: fiscalCode,
    year,
    properties: holdings.properties.map((held) => held.property),
    ownerships: holdings.ownerships,
    rates: rates.rates,
    previousYearRates: rates.previousYearRates,
  });
  return { assessment, properties: holdings.properties };
}

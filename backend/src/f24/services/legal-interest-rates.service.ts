import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { LegalInterestRates } from '../domain/imu-types.js';
import { ITALIAN_LEGAL_INTEREST_RATES } from '../domain/legal-interest-rates.js';
import { LegalInterestRateRecord } from '../persistence/legal-interest-rate.entity.js';

/**
 * The legal interest rates by year, kept in the database so a new year's rate (set by the Ministry each
 * December) is data. At start the years of the domain's table that are missing are added; rows already
 * there are never overwritten.
 */
@Injectable()
export class LegalInterestRatesService implements OnApplicationBootstrap {
  constructor(
    @InjectRepository(LegalInterestRateRecord) private readonly rates: Repository<LegalInterestRateRecord>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const years = Object.keys(ITALIAN_LEGAL_INTEREST_RATES).map(Number);
    await this.rates
      .createQueryBuilder()
      .insert()
      .values(years.map((year) => ({ year, ratePercent: ITALIAN_LEGAL_INTEREST_RATES[year] })))
      .orIgnore()
      .execute();
  }

  async all(): Promise<LegalInterestRates> {
    const rows = await this.rates.find({ order: { year: 'ASC' } });
    return Object.fromEntries(rows.map((row) => [row.year, row.ratePercent]));
  }
}

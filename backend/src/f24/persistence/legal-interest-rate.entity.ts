import { Column, Entity, PrimaryColumn } from 'typeorm';
import { exactDecimal } from './numeric-transformers.js';

/** The legal interest rate of a calendar year (art. 1284 c.c.), percent. */
@Entity('legal_interest_rate')
export class LegalInterestRateRecord {
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ name: 'rate_percent', type: 'numeric', transformer: exactDecimal })
  ratePercent: string;
}

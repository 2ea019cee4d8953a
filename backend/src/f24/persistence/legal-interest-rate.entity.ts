import { Column, Entity, PrimaryColumn } from 'typeorm';
import { exactDecimal } from './numeric-transformers.js';

/** The legal interest rate of a calendar year (art. 1284 c.c.), percent, as the taxes office entered it. */
@Entity('legal_interest_rate')
export class LegalInterestRateRecord {
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ name: 'rate_percent', type: 'numeric', transformer: exactDecimal })
  ratePercent: string;

  /** The decree, e.g. "D.M. 10/12/2025 (Gazzetta Ufficiale)". */
  @Column({ type: 'varchar', length: 300 })
  source: string;

  /** Null for the initial data the migration loaded. */
  @Column({ name: 'updated_by', type: 'varchar', length: 16, nullable: true })
  updatedBy: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

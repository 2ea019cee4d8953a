import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { IMU_RATE_CATEGORIES, type ImuRatePercents } from '../domain/imu-rate-categories.js';
import { bigintCents, exactDecimal } from './numeric-transformers.js';

/** The columns of `imu_rates` that are not rates. */
@Entity('imu_rates')
class ImuRatesTable {
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ type: 'varchar', length: 200 })
  label: string;

  @Column({ name: 'main_residence_deduction_cents', type: 'bigint', transformer: bigintCents })
  mainResidenceDeductionCents: number;

  @Column({ name: 'minimum_amount_cents', type: 'bigint', transformer: bigintCents })
  minimumAmountCents: number;

  @Column({ name: 'former_tasi_surcharge', type: 'boolean', default: false })
  formerTasiSurcharge: boolean;

  @Column({ name: 'updated_by', type: 'varchar', length: 16, nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

// One numeric column per rate category, named by the catalogue: a new category needs its migration, not an edit here.
for (const category of IMU_RATE_CATEGORIES) {
  Column({ name: category.column, type: 'numeric', transformer: exactDecimal })(
    ImuRatesTable.prototype,
    category.key,
  );
}

/** The IMU rates of one year, from the council resolution (or labelled 'demo'). Percent values. */
export type ImuRatesRecord = ImuRatesTable & ImuRatePercents;
export const ImuRatesRecord = ImuRatesTable as new () => ImuRatesRecord;

import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { bigintCents, exactDecimal } from './numeric-transformers.js';

/** The IMU rates of one year, from the council resolution (or labelled 'demo'). Percent values. */
@Entity('imu_rates')
export class ImuRatesRecord {
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ type: 'varchar', length: 200 })
  label: string;

  @Column({ name: 'main_residence', type: 'numeric', transformer: exactDecimal })
  mainResidence: string;

  @Column({ name: 'rural_instrumental', type: 'numeric', transformer: exactDecimal })
  ruralInstrumental: string;

  @Column({ type: 'numeric', transformer: exactDecimal })
  land: string;

  @Column({ name: 'building_land', type: 'numeric', transformer: exactDecimal })
  buildingLand: string;

  @Column({ name: 'group_d', type: 'numeric', transformer: exactDecimal })
  groupD: string;

  @Column({ name: 'other_buildings', type: 'numeric', transformer: exactDecimal })
  otherBuildings: string;

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

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Diritti di segreteria per practice type: data the permits office edits (set by the comune's deliberation). */
@Entity('permit_fee_tariff')
export class FeeTariff {
  @PrimaryColumn({ name: 'practice_type', type: 'varchar' })
  practiceType: string;

  @Column({ type: 'varchar' })
  description: string;

  /** Euro, exact decimal ("50.00"). */
  @Column({ type: 'numeric', precision: 12, scale: 2 })
  amount: string;

  /** Where the amount comes from (the deliberation). */
  @Column({ type: 'varchar', nullable: true })
  source: string | null;

  @Column({ name: 'updated_by', type: 'varchar', nullable: true })
  updatedBy: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

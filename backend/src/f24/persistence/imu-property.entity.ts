import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PropertyKind, PropertyReductions } from '../domain/imu-types.js';
import { bigintCents } from './numeric-transformers.js';

/** A cadastral unit subject to IMU: a building, agricultural land or a building plot. */
@Entity('imu_property')
export class ImuPropertyRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 12 })
  kind: PropertyKind;

  @Column({ name: 'cadastral_category', type: 'varchar', length: 4, nullable: true })
  cadastralCategory: string | null;

  @Column({ name: 'cadastral_income_cents', type: 'bigint', nullable: true, transformer: bigintCents })
  cadastralIncomeCents: number | null;

  @Column({ name: 'dominical_income_cents', type: 'bigint', nullable: true, transformer: bigintCents })
  dominicalIncomeCents: number | null;

  @Column({ name: 'market_value_cents', type: 'bigint', nullable: true, transformer: bigintCents })
  marketValueCents: number | null;

  @Column({ type: 'varchar', length: 8 })
  foglio: string;

  @Column({ type: 'varchar', length: 16 })
  particella: string;

  @Column({ type: 'varchar', length: 8, nullable: true })
  subalterno: string | null;

  @Column({ type: 'varchar', length: 256, nullable: true })
  address: string | null;

  @Column({ name: 'rural_instrumental', type: 'boolean', default: false })
  ruralInstrumental: boolean;

  /** The domain's `PropertyReductions`, periods as ISO dates. */
  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  reductions: PropertyReductions;

  @Column({ name: 'created_by', type: 'varchar', length: 16, nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { exactDecimal } from './numeric-transformers.js';

/** Who holds a property, with which share, over which days (both ends included). */
@Entity('imu_ownership')
export class ImuOwnershipRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'property_id', type: 'uuid' })
  propertyId: string;

  @Column({ name: 'owner_fiscal_code', type: 'varchar', length: 16 })
  ownerFiscalCode: string;

  /** Percent as an exact decimal string: '50', '33.333333'. */
  @Column({ name: 'share_percent', type: 'numeric', precision: 9, scale: 6, transformer: exactDecimal })
  sharePercent: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;

  @Column({ name: 'main_residence', type: 'boolean', default: false })
  mainResidence: boolean;

  @Column({ name: 'created_by', type: 'varchar', length: 16, nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

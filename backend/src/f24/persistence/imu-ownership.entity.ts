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

  /** Coltivatore diretto or IAP farming this land (c. 758 lett. a). */
  @Column({ name: 'professional_farmer', type: 'boolean', default: false })
  professionalFarmer: boolean;

  /** The builder holding the building for sale, not let (beni merce, c. 751). */
  @Column({ name: 'held_for_sale_by_builder', type: 'boolean', default: false })
  heldForSaleByBuilder: boolean;

  @Column({ name: 'created_by', type: 'varchar', length: 16, nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A famiglia anagrafica: its code in the comune's registry, its address (on the street register, or abroad for
 * AIRE households) and its head (intestatario).
 */
@Entity('registry_household')
export class RegistryHousehold {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 30, unique: true })
  code: string;

  @Column({ name: 'street_id', type: 'integer', nullable: true })
  streetId: number | null;

  @Column({ name: 'civic_number', type: 'varchar', length: 12, nullable: true })
  civicNumber: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  internal: string | null;

  @Column({ name: 'abroad_country_code', type: 'char', length: 4, nullable: true })
  abroadCountryCode: string | null;

  @Column({ name: 'abroad_locality', type: 'varchar', length: 100, nullable: true })
  abroadLocality: string | null;

  @Column({ name: 'abroad_address', type: 'varchar', length: 200, nullable: true })
  abroadAddress: string | null;

  /** Null for a household whose members have all left (history only). */
  @Column({ name: 'head_person_id', type: 'uuid', nullable: true })
  headPersonId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A person's membership of a household: current while `exitDate` is null, history afterwards. */
@Entity('registry_household_member')
export class RegistryHouseholdMember {
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @PrimaryColumn({ name: 'household_id', type: 'uuid' })
  householdId: string;

  /** ANPR relationship to the head, two digits (`01` is the head). */
  @Column({ name: 'relationship_code', type: 'char', length: 2 })
  relationshipCode: string;

  @PrimaryColumn({ name: 'entry_date', type: 'date' })
  entryDate: string;

  @Column({ name: 'exit_date', type: 'date', nullable: true })
  exitDate: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

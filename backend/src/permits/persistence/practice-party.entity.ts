import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type PartyRole = 'applicant' | 'co_applicant' | 'technician';

export const PARTY_ROLES: readonly PartyRole[] = ['applicant', 'co_applicant', 'technician'];

/** A person on a practice: the applicant (titolare), a co-applicant (co-titolare) or the technician. */
@Entity('permit_party')
export class PracticeParty {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @Column({ type: 'varchar' })
  role: PartyRole;

  @Column({ name: 'fiscal_code', type: 'varchar' })
  fiscalCode: string;

  @Column({ name: 'given_name', type: 'varchar' })
  givenName: string;

  @Column({ name: 'family_name', type: 'varchar' })
  familyName: string;

  /** The name is the registry source's (read by codice fiscale at registration), not the one typed. */
  @Column({ name: 'name_from_registry', type: 'boolean', default: false })
  nameFromRegistry?: boolean;

  /** Where notifications go; as filed with the practice. */
  @Column({ type: 'varchar', nullable: true })
  email: string | null;
}

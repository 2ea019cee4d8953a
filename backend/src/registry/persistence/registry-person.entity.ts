import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { IdentityDocumentKind, MaritalStatus, PersonStatus, Sex } from '../domain/registry-types.js';

/** A person of the registry: resident, registered abroad (AIRE), or kept as history (deceased, emigrated). */
@Entity('registry_person')
export class RegistryPerson {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'fiscal_code', type: 'varchar', length: 16, unique: true })
  fiscalCode: string;

  /** The identifier of the comune's registry software, kept for traceability. */
  @Column({ name: 'source_person_id', type: 'varchar', length: 40, nullable: true })
  sourcePersonId: string | null;

  @Column({ name: 'family_name', type: 'varchar', length: 80 })
  familyName: string;

  @Column({ name: 'given_name', type: 'varchar', length: 80 })
  givenName: string;

  @Column({ type: 'char', length: 1 })
  sex: Sex;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate: string;

  @Column({ name: 'birth_place_code', type: 'char', length: 4 })
  birthPlaceCode: string;

  @Column({ name: 'birth_place_name', type: 'varchar', length: 100 })
  birthPlaceName: string;

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'char', length: 2 })
  citizenship: string;

  @Column({ name: 'marital_status', type: 'varchar', length: 24 })
  maritalStatus: MaritalStatus;

  @Column({ type: 'varchar', length: 12 })
  status: PersonStatus;

  @Column({ name: 'death_date', type: 'date', nullable: true })
  deathDate: string | null;

  @Column({ name: 'id_document_kind', type: 'varchar', length: 8, nullable: true })
  idDocumentKind: IdentityDocumentKind | null;

  @Column({ name: 'id_document_number', type: 'varchar', length: 16, nullable: true })
  idDocumentNumber: string | null;

  @Column({ name: 'id_document_issued_on', type: 'date', nullable: true })
  idDocumentIssuedOn: string | null;

  @Column({ name: 'id_document_expires_on', type: 'date', nullable: true })
  idDocumentExpiresOn: string | null;

  /** Incomplete record or open procedure: no instant certificate until the office clears it. */
  @Column({ name: 'record_blocked', type: 'boolean' })
  recordBlocked: boolean;

  @Column({ name: 'record_blocked_reason', type: 'varchar', length: 256, nullable: true })
  recordBlockedReason: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

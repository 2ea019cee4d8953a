import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ProtectionConstraints } from '../domain/practice.js';
import type { PracticeState } from '../domain/practice-state.js';
import type { PracticeType } from '../domain/practice-type.js';

/** A pratica edilizia as registered at the protocol; its history is in `PracticeTransitionRecord`. */
@Entity('permit_practice')
export class PracticeRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar' })
  type: PracticeType;

  @Column({ name: 'protocol_number', type: 'varchar' })
  protocolNumber: string;

  /** `YYYY-MM-DD` */
  @Column({ name: 'protocol_date', type: 'date' })
  protocolDate: string;

  @Column({ type: 'varchar' })
  address: string;

  /** Foglio. */
  @Column({ name: 'cadastral_sheet', type: 'varchar' })
  cadastralSheet: string;

  /** Particella (mappale). */
  @Column({ name: 'cadastral_parcel', type: 'varchar' })
  cadastralParcel: string;

  /** Subalterno, when the works concern one unit of a building. */
  @Column({ name: 'cadastral_subaltern', type: 'varchar', nullable: true })
  cadastralSubaltern: string | null;

  @Column({ type: 'text' })
  description: string;

  /** The last timeline entry's state, kept here for the queue's filters. */
  @Column({ type: 'varchar' })
  state: PracticeState;

  /** Bumped by every change: a change made on an older version is refused (optimistic locking). */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'case_officer_fiscal_code', type: 'varchar', nullable: true })
  caseOfficerFiscalCode: string | null;

  @Column({ name: 'case_officer_name', type: 'varchar', nullable: true })
  caseOfficerName: string | null;

  @Column({ type: 'varchar', default: 'none' })
  constraints: ProtectionConstraints;

  @Column({ name: 'doubled_terms', type: 'boolean', default: false })
  doubledTerms: boolean;

  /** Last day the office may act by in the current state (`YYYY-MM-DD`); overdue after it. */
  @Column({ name: 'office_deadline', type: 'date', nullable: true })
  officeDeadline: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PracticeActorRole } from '../domain/practice.js';
import type { PracticeState } from '../domain/practice-state.js';

/** One timeline entry; `seq` 0 is the submission. Rows are only ever appended. */
@Entity('permit_transition')
export class PracticeTransitionRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @Column({ type: 'integer' })
  seq: number;

  @Column({ name: 'from_state', type: 'varchar', nullable: true })
  fromState: PracticeState | null;

  @Column({ name: 'to_state', type: 'varchar' })
  toState: PracticeState;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'actor_id', type: 'varchar' })
  actorId: string;

  @Column({ name: 'actor_role', type: 'varchar' })
  actorRole: PracticeActorRole;

  @Column({ name: 'actor_name', type: 'varchar' })
  actorName: string;

  @Column({ name: 'public_note', type: 'text', nullable: true })
  publicNote: string | null;

  /** Staff only: never in a resident's view or a notification. */
  @Column({ name: 'internal_note', type: 'text', nullable: true })
  internalNote: string | null;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ name: 'decision_number', type: 'varchar', nullable: true })
  decisionNumber: string | null;

  @Column({ name: 'decision_date', type: 'date', nullable: true })
  decisionDate: string | null;

  @Column({ name: 'decision_outcome', type: 'varchar', nullable: true })
  decisionOutcome: 'granted' | 'rejected' | null;

  @Column({ name: 'requested_documents', type: 'jsonb', default: () => "'[]'::jsonb" })
  requestedDocuments: string[];

  @Column({ name: 'case_officer_id', type: 'varchar', nullable: true })
  caseOfficerId: string | null;

  @Column({ name: 'case_officer_name', type: 'varchar', nullable: true })
  caseOfficerName: string | null;
}

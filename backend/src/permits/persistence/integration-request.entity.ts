import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ApplicantRequestKind } from '../domain/practice-state.js';

/**
 * What the office asked the applicant for: documents (`integration`), design changes (`changes`) or, after a
 * preavviso di diniego, the chance to file observations (`observations`). Open while the practice waits in the
 * state that created it; documents uploaded meanwhile are linked to it.
 */
export type IntegrationRequestKind = ApplicantRequestKind;

@Entity('permit_integration_request')
export class IntegrationRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @Column({ name: 'transition_id', type: 'bigint' })
  transitionId: string;

  @Column({ type: 'varchar' })
  kind: IntegrationRequestKind;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ name: 'requested_documents', type: 'jsonb', default: () => "'[]'::jsonb" })
  requestedDocuments: string[];

  /** When the applicant's answer was filed (integrations submitted, changes or observations presented). */
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;
}

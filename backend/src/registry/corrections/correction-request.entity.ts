import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

export const CORRECTION_FIELDS = [
  'family_name',
  'given_name',
  'sex',
  'birth_date',
  'birth_place',
  'citizenship',
  'marital_status',
  'address',
  'identity_document',
  'household',
  'other',
] as const;
export type CorrectionField = (typeof CORRECTION_FIELDS)[number];

export const CORRECTION_STATES = ['open', 'accepted', 'rejected'] as const;
export type CorrectionState = (typeof CORRECTION_STATES)[number];

export type CorrectionOutcome = Exclude<CorrectionState, 'open'>;

/** A richiesta di rettifica: a resident says a datum of their record is wrong; the registry office answers. */
@Entity('registry_correction')
export class CorrectionRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The number the resident and the office quote, e.g. `R-2026-000042`. */
  @Column({ type: 'varchar', length: 24, unique: true })
  reference: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  /** The subject as on the request: with REGISTRY_SOURCE=anpr no local person row exists to join. */
  @Column({ name: 'subject_fiscal_code', type: 'varchar', length: 16 })
  subjectFiscalCode: string;

  @Column({ name: 'subject_given_name', type: 'varchar', length: 200 })
  subjectGivenName: string;

  @Column({ name: 'subject_family_name', type: 'varchar', length: 200 })
  subjectFamilyName: string;

  @Column({ name: 'requester_fiscal_code', type: 'varchar', length: 16 })
  requesterFiscalCode: string;

  @Column({ type: 'varchar', length: 24 })
  field: CorrectionField;

  @Column({ name: 'current_value', type: 'varchar', length: 200 })
  currentValue: string;

  @Column({ name: 'requested_value', type: 'varchar', length: 200 })
  requestedValue: string;

  @Column({ type: 'varchar', length: 2000 })
  reason: string;

  /** Key of the evidence in the file store (content-addressed), when one was attached. */
  @Column({ name: 'attachment_key', type: 'varchar', length: 64, nullable: true })
  attachmentKey: string | null;

  @Column({ name: 'attachment_name', type: 'varchar', length: 200, nullable: true })
  attachmentName: string | null;

  @Column({ name: 'attachment_media_type', type: 'varchar', length: 32, nullable: true })
  attachmentMediaType: string | null;

  @Column({ name: 'attachment_size', type: 'integer', nullable: true })
  attachmentSize: number | null;

  @Column({ type: 'varchar', length: 12 })
  state: CorrectionState;

  /** The office's answer, shown to the resident. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  answer: string | null;

  @Column({ name: 'answered_by', type: 'varchar', length: 16, nullable: true })
  answeredBy: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  /** The answer is due by this day (L. 241/1990 art. 2: 30 days unless a rule says otherwise). */
  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  /** The incoming protocol number (`0000042/2026`), null on requests filed before the register was kept. */
  @Column({ name: 'protocol_number', type: 'varchar', length: 32, nullable: true })
  protocolNumber: string | null;

  /** When the protocol registered the request: the term of the procedure runs from here. */
  @Column({ name: 'taken_in_charge_at', type: 'timestamptz', nullable: true })
  takenInChargeAt: Date | null;

  /** Optimistic lock: an answer names the version it was written against. */
  @VersionColumn({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

export type CertificateRequestStatus = 'awaiting-payment' | 'issued' | 'cancelled' | 'failed';

/** A certificate asked for with the pagoPA digital stamp: it waits for the payment, then it is issued. */
@Entity('certificate_request')
export class CertificateRequest {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'requester_fiscal_code', type: 'varchar' })
  requesterFiscalCode: string;

  @Column({ name: 'requester_given_name', type: 'varchar' })
  requesterGivenName: string;

  @Column({ name: 'requester_family_name', type: 'varchar' })
  requesterFamilyName: string;

  @Column({ name: 'requester_email', type: 'varchar', nullable: true })
  requesterEmail: string | null;

  @Column({ name: 'subject_person_id', type: 'uuid' })
  subjectPersonId: string;

  @Column({ type: 'varchar', array: true })
  types: string[];

  /** SHA-256 of requester, subject and types: the same request again is the same request. */
  @Column({ type: 'char', length: 64 })
  fingerprint: string;

  @Column({ name: 'idempotency_key', type: 'varchar', nullable: true })
  idempotencyKey: string | null;

  @Column({ type: 'varchar' })
  status: CertificateRequestStatus;

  @Column({ name: 'payment_id', type: 'uuid' })
  paymentId: string;

  /** The issued certificate's id (the request's own id: one certificate per request). */
  @Column({ name: 'certificate_id', type: 'uuid', nullable: true })
  certificateId: string | null;

  @Column({ type: 'varchar', nullable: true })
  failure: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

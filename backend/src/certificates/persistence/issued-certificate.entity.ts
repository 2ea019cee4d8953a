import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CertificateContent } from '../domain/certificate-content.js';
import type { CertificateTypeCode } from '../domain/certificate-types.js';
import type { StampDutyExemptionId } from '../domain/stamp-duty.js';

/** A certificate as issued: what it printed, how it was sealed, and the sealed PDF itself. */
@Entity('issued_certificate')
export class IssuedCertificate {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** Canonical code (16 Crockford symbols, no dashes). */
  @Column({ type: 'char', length: 16 })
  code: string;

  @Column({ type: 'varchar', array: true })
  types: CertificateTypeCode[];

  @Column({ name: 'subject_person_id', type: 'uuid' })
  subjectPersonId: string;

  @Column({ name: 'subject_fiscal_code', type: 'varchar' })
  subjectFiscalCode: string;

  @Column({ name: 'requester_fiscal_code', type: 'varchar' })
  requesterFiscalCode: string;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  @Column({ name: 'issue_date', type: 'date' })
  issueDate: string;

  @Column({ name: 'stamp_duty_kind', type: 'varchar' })
  stampDutyKind: 'exempt' | 'paid';

  @Column({ name: 'stamp_duty_exemption', type: 'varchar', nullable: true })
  stampDutyExemption: StampDutyExemptionId | null;

  @Column({ name: 'stamp_duty_note', type: 'varchar', nullable: true })
  stampDutyNote: string | null;

  @Column({ name: 'stamp_duty_payment_method', type: 'varchar', nullable: true })
  stampDutyPaymentMethod: 'marca' | 'pagopa' | null;

  @Column({ name: 'stamp_duty_amount_cents', type: 'integer', nullable: true })
  stampDutyAmountCents: number | null;

  @Column({ name: 'stamp_duty_marca_id', type: 'char', length: 14, nullable: true })
  stampDutyMarcaId: string | null;

  @Column({ name: 'seal_kid', type: 'varchar' })
  sealKid: string;

  @Column({ name: 'seal_token', type: 'text' })
  sealToken: string;

  @Column({ type: 'jsonb' })
  content: CertificateContent;

  @Column({ name: 'pdf_sha256', type: 'char', length: 64 })
  pdfSha256: string;

  /** Left out of every query unless asked for: only the download needs the bytes. */
  @Column({ type: 'bytea', select: false })
  pdf: Buffer;
}

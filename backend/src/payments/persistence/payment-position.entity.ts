import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PaymentKind, PaymentStatus } from '../domain/payment-kinds.js';

/** A debt position (posizione debitoria) of the comune on pagoPA GPD, and its receipt once paid. */
@Entity('payment_position')
export class PaymentPosition {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'varchar' })
  kind: PaymentKind;

  /** What is paid for, in the owning module's terms (`issued_certificate_request`, `imu_instalment`, …). */
  @Column({ name: 'reference_type', type: 'varchar' })
  referenceType: string;

  @Column({ name: 'reference_id', type: 'varchar' })
  referenceId: string;

  /** One position per thing to pay: `certificate:<id>`, `imu:<cf>:<year>:<instalment>`, `practice-fee:<id>`. */
  @Column({ name: 'idempotency_key', type: 'varchar' })
  idempotencyKey: string;

  @Column({ name: 'payer_fiscal_code', type: 'varchar' })
  payerFiscalCode: string;

  @Column({ name: 'payer_name', type: 'varchar' })
  payerName: string;

  @Column({ name: 'creditor_fiscal_code', type: 'char', length: 11 })
  creditorFiscalCode: string;

  @Column({ name: 'creditor_name', type: 'varchar' })
  creditorName: string;

  @Column({ type: 'varchar' })
  iupd: string;

  @Column({ type: 'char', length: 17 })
  iuv: string;

  @Column({ name: 'notice_number', type: 'char', length: 18 })
  noticeNumber: string;

  /** Exact decimal of euro, as PostgreSQL's numeric returns it ("16.00"). */
  @Column({ type: 'numeric', precision: 12, scale: 2 })
  amount: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Column({ type: 'varchar' })
  purpose: string;

  @Column({ name: 'stamp_hash', type: 'varchar', nullable: true })
  stampHash: string | null;

  @Column({ name: 'stamp_province', type: 'char', length: 2, nullable: true })
  stampProvince: string | null;

  @Column({ type: 'varchar' })
  status: PaymentStatus;

  @Column({ name: 'gpd_attempts', type: 'integer', default: 0 })
  gpdAttempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Column({ name: 'last_error', type: 'varchar', nullable: true })
  lastError: string | null;

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  /** The receipt's identifier (IUR / idReceipt). */
  @Column({ name: 'receipt_id', type: 'varchar', nullable: true })
  receiptId: string | null;

  @Column({ name: 'psp_company', type: 'varchar', nullable: true })
  pspCompany: string | null;

  @Column({ name: 'payment_method', type: 'varchar', nullable: true })
  paymentMethod: string | null;

  /** Identifier of the marca da bollo digitale, from the receipt. */
  @Column({ type: 'varchar', nullable: true })
  iubd: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

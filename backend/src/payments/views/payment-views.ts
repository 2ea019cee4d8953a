import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  PAYMENT_KINDS,
  PAYMENT_STATUSES,
  type PaymentKind,
  type PaymentStatus,
} from '../domain/payment-kinds.js';

export class PaymentReferenceView {
  @ApiProperty({ example: 'certificate_request' })
  type: string;

  @ApiProperty()
  id: string;
}

export class PaymentItemView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: PAYMENT_KINDS })
  kind: PaymentKind;

  @ApiProperty({ example: 'Imposta di bollo - certificato di residenza' })
  purpose: string;

  @ApiProperty({ example: '16.00', description: 'Euro, exact decimal with two digits.' })
  amount: string;

  @ApiProperty({
    enum: PAYMENT_STATUSES,
    description:
      '`pending`: not yet accepted by pagoPA ("in attesa del sistema pagoPA"), retried by the portal.',
  })
  status: PaymentStatus;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '301000000000001234',
    description: 'null while pending.',
  })
  noticeNumber: string | null;

  @ApiProperty({ format: 'date', example: '2026-12-31' })
  dueDate: string;

  @ApiProperty({ example: "Comune di Spino d'Adda" })
  creditorName: string;

  @ApiProperty({ example: '00000000000' })
  creditorFiscalCode: string;

  @ApiPropertyOptional({ format: 'date-time' })
  paidAt?: string;

  @ApiPropertyOptional({ description: 'The receipt PDF, once paid.' })
  receiptUrl?: string;

  @ApiPropertyOptional({ description: 'The pagoPA checkout page ("Paga online"), while due.' })
  checkoutUrl?: string;

  @ApiPropertyOptional({ description: 'The avviso di pagamento PDF, once pagoPA accepted the position.' })
  noticePdfUrl?: string;

  @ApiPropertyOptional({ description: 'Identifier of the marca da bollo digitale (stamp duty, once paid).' })
  iubd?: string;

  @ApiPropertyOptional({ description: 'Identifier of the pagoPA receipt (once paid).' })
  receiptId?: string;

  @ApiProperty({
    type: () => PaymentReferenceView,
    description: 'What the payment is for, in its module’s terms.',
  })
  reference: PaymentReferenceView;
}

export class PaymentListView {
  @ApiProperty({ type: () => [PaymentItemView], description: 'To pay first (by due date), then the others.' })
  items: PaymentItemView[];
}

export class StaffPaymentItemView extends PaymentItemView {
  @ApiProperty()
  payerFiscalCode: string;

  @ApiProperty()
  payerName: string;

  @ApiProperty()
  iupd: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiPropertyOptional({ description: 'Why pagoPA has not accepted the position yet (pending only).' })
  lastError?: string;
}

export class PaymentTotalsView {
  @ApiProperty()
  count: number;

  @ApiProperty({ example: '160.00' })
  amount: string;

  @ApiProperty()
  paidCount: number;

  @ApiProperty({ example: '32.00' })
  paidAmount: string;

  @ApiProperty({ example: '128.00', description: 'Pending and due.' })
  dueAmount: string;
}

export class StaffPaymentListView {
  @ApiProperty({ type: () => [StaffPaymentItemView] })
  items: StaffPaymentItemView[];

  @ApiProperty({ type: () => PaymentTotalsView, description: 'Over every page of the filtered set.' })
  totals: PaymentTotalsView;

  @ApiProperty()
  page: number;

  @ApiProperty()
  pageSize: number;
}

export const RECONCILIATION_DIFFERENCES = [
  'paid-in-gpd-not-in-portal',
  'unknown-in-portal',
  'paid-in-portal-not-in-gpd',
  'amount-mismatch',
  'pending-too-long',
] as const;
export type ReconciliationDifferenceKind = (typeof RECONCILIATION_DIFFERENCES)[number];

export class ReconciliationDifferenceView {
  @ApiProperty({ enum: RECONCILIATION_DIFFERENCES })
  kind: ReconciliationDifferenceKind;

  @ApiProperty()
  iupd: string;

  @ApiPropertyOptional({ format: 'uuid' })
  paymentId?: string;

  @ApiPropertyOptional()
  noticeNumber?: string;

  @ApiPropertyOptional({ description: 'State recorded by the portal.' })
  portalStatus?: string;

  @ApiPropertyOptional({ description: 'State reported by pagoPA GPD.' })
  gpdStatus?: string;

  @ApiProperty({ description: 'Italian explanation for the office.' })
  detail: string;
}

export class ReconciliationReportView {
  @ApiProperty({ format: 'date' })
  from: string;

  @ApiProperty({ format: 'date' })
  to: string;

  @ApiProperty({ format: 'date-time' })
  checkedAt: string;

  @ApiProperty({ description: 'Positions GPD reports as paid in the period.' })
  gpdPaid: number;

  @ApiProperty({ description: 'Positions the portal records as paid in the period.' })
  portalPaid: number;

  @ApiProperty({ type: () => [ReconciliationDifferenceView] })
  differences: ReconciliationDifferenceView[];
}

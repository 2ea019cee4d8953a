import { apiFetch } from './api-fetch';

/**
 * Backend module `payments`: pagoPA debt positions (certificate stamps, practice fees, IMU instalments), their
 * payment notices and receipts, and the staff's view with the reconciliation report. Amounts are strings in
 * euro with two decimals ("16.00"); civil dates ISO "YYYY-MM-DD".
 */

export type PaymentKind = 'certificate-stamp' | 'practice-fee' | 'imu';
/** `pending`: not yet accepted by pagoPA (the request is kept and retried; nothing is charged twice). */
export type PaymentStatus = 'pending' | 'due' | 'paid' | 'expired' | 'cancelled';

export interface PaymentItem {
  id: string;
  kind: PaymentKind;
  purpose: string;
  amount: string;
  status: PaymentStatus;
  /** null while pending. */
  noticeNumber: string | null;
  dueDate: string | null;
  creditorName?: string;
  creditorFiscalCode?: string;
  paidAt?: string | null;
  receiptUrl?: string | null;
  checkoutUrl?: string | null;
  noticePdfUrl?: string | null;
  /** Identifier of the marca da bollo digitale, once paid. */
  iubd?: string | null;
  receiptId?: string | null;
  /** What the payment is for, in its module's terms (`certificate_request`, a practice ...). */
  reference?: { type: string; id: string };
}

export interface PaymentParty {
  name?: string | null;
  fiscalCode?: string | null;
}

/** `GET /api/payments/{id}`: the item plus payer, creditor, description and the receipt's details. */
export interface PaymentDetail extends PaymentItem {
  description?: string | null;
  payer?: PaymentParty | null;
  creditor?: PaymentParty | null;
  iuv?: string | null;
  receipt?: {
    receiptId?: string | null;
    paymentMethod?: string | null;
    pspCompanyName?: string | null;
  } | null;
}

export interface PaymentList {
  items: PaymentItem[];
}

export type Office = 'registry' | 'taxes' | 'permits';

export interface StaffPaymentItem extends PaymentItem {
  payerFiscalCode: string;
  payerName: string;
  iupd: string;
  createdAt: string;
  /** Why pagoPA has not accepted the position yet (pending only). */
  lastError?: string;
}

export interface StaffPaymentFilters {
  office?: string;
  kind?: string;
  status?: string;
  from?: string;
  to?: string;
  q?: string;
  page?: number;
}

export interface PaymentTotals {
  count: number;
  amount: string;
  paidCount: number;
  paidAmount: string;
  /** Pending and due. */
  dueAmount: string;
}

export interface StaffPaymentPage {
  items: StaffPaymentItem[];
  /** Over every page of the filtered set. */
  totals: PaymentTotals;
  page: number;
  pageSize: number;
}

export type ReconciliationDifferenceKind =
  | 'paid-in-gpd-not-in-portal'
  | 'unknown-in-portal'
  | 'paid-in-portal-not-in-gpd'
  | 'amount-mismatch'
  | 'pending-too-long';

export interface ReconciliationDifference {
  kind: ReconciliationDifferenceKind;
  iupd: string;
  paymentId?: string;
  noticeNumber?: string;
  portalStatus?: string;
  gpdStatus?: string;
  /** Italian explanation for the office. */
  detail: string;
}

export interface ReconciliationReport {
  from: string;
  to: string;
  checkedAt: string;
  gpdPaid: number;
  portalPaid: number;
  differences: ReconciliationDifference[];
}

export interface FeeTariff {
  practiceType: string;
  amount: string;
  description?: string | null;
  [extra: string]: unknown;
}

export interface PracticeCharge {
  id: string;
  description: string;
  amount: string;
  status: PaymentStatus;
  paymentId: string | null;
}

export interface NewPracticeCharge {
  kind: string;
  amount?: string;
  description: string;
}

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

const id = (value: string) => encodeURIComponent(value);

/** `GET /api/payments`: the caller's positions, to pay first by due date, then the rest newest first. */
export function getPayments(): Promise<PaymentList> {
  return apiFetch('/api/payments');
}

/** `GET /api/payments/{id}`: one position with payer, creditor and receipt (404 when not the caller's). */
export function getPayment(paymentId: string): Promise<PaymentDetail> {
  return apiFetch(`/api/payments/${id(paymentId)}`);
}

/** `POST /api/f24/imu/{year}/payments`: the instalment's pagoPA notice, created once and then reused. */
export function createImuPayment(year: number, instalment: string): Promise<PaymentItem> {
  return apiFetch(`/api/f24/imu/${year}/payments`, json('POST', { instalment }));
}

/** `GET /api/staff/payments`: the office's positions, filtered and paged. */
export function getStaffPayments(filters: StaffPaymentFilters): Promise<StaffPaymentPage> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') query.set(name, String(value));
  }
  const search = query.toString();
  return apiFetch(`/api/staff/payments${search ? `?${search}` : ''}`);
}

/** `GET /api/staff/payments/reconciliation`: what pagoPA says is paid against what the portal recorded. */
export function getReconciliation(): Promise<ReconciliationReport> {
  return apiFetch('/api/staff/payments/reconciliation');
}

/** `GET /api/staff/permits/fee-tariffs`: the diritti di segreteria per practice type (SUE). */
export function getFeeTariffs(): Promise<FeeTariff[] | { items: FeeTariff[] }> {
  return apiFetch('/api/staff/permits/fee-tariffs');
}

/** `PUT /api/staff/permits/fee-tariffs`: the office edits the tariffs; they are data, never constants. */
export function putFeeTariffs(tariffs: FeeTariff[]): Promise<unknown> {
  return apiFetch('/api/staff/permits/fee-tariffs', json('PUT', { tariffs }));
}

/** `POST /api/staff/permits/{id}/charges`: a charge the parties of the practice will see "da pagare". */
export function addPracticeCharge(practiceId: string, charge: NewPracticeCharge): Promise<PracticeCharge> {
  return apiFetch(`/api/staff/permits/${id(practiceId)}/charges`, json('POST', charge));
}

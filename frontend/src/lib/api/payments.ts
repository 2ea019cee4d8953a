import { apiFetch, serverApi } from './api-fetch';
import { bodyOf } from './read-api-response';
import type { components } from './schema';

/**
 * Backend module `payments`: pagoPA debt positions (certificate stamps, practice fees, IMU instalments), their
 * payment notices and receipts, and the staff's view with the reconciliation report. Amounts are strings in
 * euro with two decimals ("16.00"); civil dates ISO "YYYY-MM-DD".
 */

type Schemas = components['schemas'];

export type PaymentItem = Schemas['PaymentItemView'];
export type PaymentKind = PaymentItem['kind'];
/** `pending`: not yet accepted by pagoPA (the request is kept and retried; nothing is charged twice). */
export type PaymentStatus = PaymentItem['status'];
export type PaymentList = Schemas['PaymentListView'];
export type StaffPaymentItem = Schemas['StaffPaymentItemView'];
export type PaymentTotals = Schemas['PaymentTotalsView'];
export type StaffPaymentPage = Schemas['StaffPaymentListView'];
export type ReconciliationDifference = Schemas['ReconciliationDifferenceView'];
export type ReconciliationReport = Schemas['ReconciliationReportView'];

export interface StaffPaymentFilters {
  office?: string;
  kind?: string;
  status?: string;
  from?: string;
  to?: string;
  q?: string;
  page?: number;
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
  return bodyOf(serverApi().GET('/api/payments'));
}

/**
 * The certificates waiting for their marca da bollo digitale: the caller's stamp positions not yet paid
 * (`pending` or `due`); each certificate is issued by itself once its position is paid.
 */
export async function awaitingStampPayments(): Promise<PaymentItem[]> {
  return (await getPayments()).items.filter(
    (item) => item.kind === 'certificate-stamp' && (item.status === 'pending' || item.status === 'due'),
  );
}

/** `GET /api/payments/{id}`: one position with payer, creditor and receipt (404 when not the caller's). */
export function getPayment(paymentId: string): Promise<PaymentItem> {
  return bodyOf(serverApi().GET('/api/payments/{id}', { params: { path: { id: paymentId } } }));
}

/** `POST /api/f24/imu/{year}/payments`: the instalment's pagoPA notice, created once and then reused. */
export function createImuPayment(
  year: number,
  instalment: Schemas['ImuPaymentDto']['instalment'],
): Promise<PaymentItem> {
  return bodyOf(
    serverApi().POST('/api/f24/imu/{year}/payments', { params: { path: { year } }, body: { instalment } }),
  );
}

/** `GET /api/staff/payments`: the office's positions, filtered and paged (the document lists no query). */
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
  return bodyOf(serverApi().GET('/api/staff/payments/reconciliation'));
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

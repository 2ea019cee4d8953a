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

export type FeeTariff = Schemas['FeeTariffView'];
export type FeeTariffInput = Schemas['FeeTariffDto'];
/** A charge on a practice as its parties see it ("da pagare" while due or pending). */
export type PracticeCharge = Schemas['PracticeChargeView'];
/**
 * `POST /api/staff/permits/{id}/charges`. Written by hand: the OpenAPI document describes `amount` and
 * `description` as objects (their decorators give no `type`), while the backend validates strings.
 */
export interface NewPracticeCharge {
  kind: Schemas['CreateChargeDto']['kind'];
  amount?: string;
  description?: string;
}
export type AwaitingCertificate = Schemas['AwaitingCertificateView'];

/** `GET /api/payments`: the caller's positions, to pay first by due date, then the rest newest first. */
export function getPayments(): Promise<PaymentList> {
  return bodyOf(serverApi().GET('/api/payments'));
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
export async function getFeeTariffs(): Promise<FeeTariff[]> {
  return (await bodyOf(serverApi().GET('/api/staff/permits/fee-tariffs'))).tariffs;
}

/** `PUT /api/staff/permits/fee-tariffs`: the office edits the tariffs; they are data, never constants. */
export async function putFeeTariffs(tariffs: FeeTariffInput[]): Promise<FeeTariff[]> {
  return (await bodyOf(serverApi().PUT('/api/staff/permits/fee-tariffs', { body: { tariffs } }))).tariffs;
}

/** `POST /api/staff/permits/{id}/charges`: a charge the parties of the practice will see "da pagare". */
export function addPracticeCharge(practiceId: string, charge: NewPracticeCharge): Promise<PracticeCharge> {
  return bodyOf(
    serverApi().POST('/api/staff/permits/{id}/charges', {
      params: { path: { id: practiceId } },
      body: charge as unknown as Schemas['CreateChargeDto'],
    }),
  );
}

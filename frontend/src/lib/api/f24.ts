import { apiFetch } from './api-fetch';

/** Backend module `f24`: IMU computed from the resident's properties, F24 forms, the taxes office's tools. */

/** Amounts are strings in euro with two decimals ("534.00"); dates ISO "YYYY-MM-DD". */
export type EuroAmount = string;

export type InstalmentName = 'acconto' | 'saldo' | 'unica';

export type PropertyKind = 'building' | 'land' | 'buildingLand';

export interface Explanation {
  key: string;
  text: string;
}

export interface AssessedProperty {
  id: string;
  kind: PropertyKind;
  cadastralCategory: string | null;
  foglio: string;
  particella: string;
  subalterno: string | null;
  address: string | null;
  base: EuroAmount;
  months: number;
  possessedMonths: number[];
  annual: EuroAmount;
  amounts: { taxCode: string; annual: EuroAmount; acconto: EuroAmount }[];
  explanation: Explanation[];
}

export interface AnnualLine {
  taxCode: string;
  amount: EuroAmount;
  deduction: EuroAmount;
  propertiesCount: number;
  explanation: Explanation[];
}

export interface InstalmentLine {
  taxCode: string;
  amount: EuroAmount;
  deduction: EuroAmount;
  propertiesCount?: number;
}

export interface Instalment {
  dueDate: string;
  lines: InstalmentLine[];
  total: EuroAmount;
  /** The F24 to print, null when nothing is due. */
  pdf: string | null;
}

export interface ImuYear {
  year: number;
  ratesLabel: string;
  previousYearRatesLabel: string;
  belowMinimum: boolean;
  properties: AssessedProperty[];
  annual: AnnualLine[];
  acconto: Instalment;
  saldo: Instalment;
  unica: Instalment;
  overpaid: EuroAmount;
  explanation: Explanation[];
}

export type LatePaymentTier =
  | 'within14Days'
  | 'within30Days'
  | 'within90Days'
  | 'withinOneYear'
  | 'withinTwoYears'
  | 'beyondTwoYears';

export interface LatePayment {
  year: number;
  instalment: InstalmentName;
  dueDate: string;
  paymentDate: string;
  daysLate: number;
  tier: LatePaymentTier;
  penaltyPercent: string;
  lines: {
    taxCode: string;
    tax: EuroAmount;
    penalty: EuroAmount;
    interest: EuroAmount;
    total: EuroAmount;
    explanation: Explanation[];
  }[];
  total: EuroAmount;
  pdf: string;
  explanation: Explanation[];
}

export interface F24Document {
  id: string;
  year: number;
  instalment: InstalmentName;
  total: EuroAmount;
  generatedAt: string;
  download: string;
}

/** One percent string per rate category, keyed by the category's `key` (see `getImuRateCategories`). */
export type ImuRatePercents = Record<string, string>;

/** A rate category of the backend's catalogue, with its labels and the range L. 160/2019 allows. */
export interface ImuRateCategory {
  key: string;
  label: { it: string; en: string };
  min: string;
  max: string;
  maxWithTasiSurcharge: string | null;
  law: string;
}

export interface ImuRates {
  year: number;
  label: string;
  rates: ImuRatePercents;
  mainResidenceDeduction: EuroAmount;
  minimumAmount: EuroAmount;
  formerTasiSurcharge: boolean;
  updatedAt: string;
}

export interface ImuRatesInput {
  label?: string;
  rates: ImuRatePercents;
  mainResidenceDeduction: EuroAmount;
  minimumAmount: EuroAmount;
  formerTasiSurcharge?: boolean;
}

export type ReductionKind = 'historic' | 'uninhabitable' | 'freeLoanToRelative' | 'agreedRent';

export interface PropertyOwner {
  fiscalCode: string;
  sharePercent: string;
  from: string;
  to: string | null;
  mainResidence: boolean;
  /** Coltivatore diretto or IAP farming this land: this owner's share is exempt (c. 758). */
  professionalFarmer: boolean;
  /** The builder holding it for sale, not let (beni merce): exempt from 2022 (c. 751). */
  heldForSaleByBuilder: boolean;
}

export interface TaxedProperty {
  id: string;
  kind: PropertyKind;
  cadastralCategory: string | null;
  cadastralIncome: EuroAmount | null;
  dominicalIncome: EuroAmount | null;
  marketValue: EuroAmount | null;
  foglio: string;
  particella: string;
  subalterno: string | null;
  address: string | null;
  ruralInstrumental: boolean;
  reductions: { kind: ReductionKind; from: string | null; to: string | null }[];
  owners: PropertyOwner[];
}

export interface NewProperty {
  kind: PropertyKind;
  cadastralCategory?: string;
  cadastralIncome?: EuroAmount;
  dominicalIncome?: EuroAmount;
  marketValue?: EuroAmount;
  foglio?: string;
  particella?: string;
  subalterno?: string;
  address?: string;
  ruralInstrumental?: boolean;
  owners: {
    fiscalCode: string;
    sharePercent: string;
    from: string;
    to?: string;
    mainResidence?: boolean;
    professionalFarmer?: boolean;
    heldForSaleByBuilder?: boolean;
  }[];
  reductions?: { kind: ReductionKind; from?: string; to?: string }[];
}

/** The legal interest rate of a year (art. 1284 c.c.), which every ravvedimento needs. */
export interface LegalInterestRate {
  year: number;
  /** Percent with at least two decimals: "1.60". */
  ratePercent: string;
  source: string;
  /** Null for the years the portal started with. */
  updatedBy: string | null;
  updatedAt: string;
}

export interface LegalInterestRateInput {
  ratePercent: string;
  source: string;
}

export interface BulkJob {
  id: string;
  year: number;
  instalment: InstalmentName;
  status: 'running' | 'completed';
  total: number;
  done: number;
  failed: number;
  documents: number;
  nothingDue: number;
  startedBy: string;
  createdAt: string;
  finishedAt: string | null;
  archive: string;
  failures: { fiscalCode: string; code: string; detail: string }[];
}

const json = (body: unknown): RequestInit => ({
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** `GET /api/f24/imu/{year}`: the caller's IMU, property by property, and the three ways to pay it. */
export function getImuYear(year: number): Promise<ImuYear> {
  return apiFetch<ImuYear>(`/api/f24/imu/${year}`);
}

/** `POST /api/f24/imu/{year}/late-payment`: ravvedimento operoso for a payment made on `paymentDate`. */
export function calculateLatePayment(
  year: number,
  request: { instalment: InstalmentName; paymentDate: string },
): Promise<LatePayment> {
  return apiFetch<LatePayment>(`/api/f24/imu/${year}/late-payment`, { method: 'POST', ...json(request) });
}

/** `GET /api/f24/documents`: the precompiled F24s the comune prepared for the caller. */
export function getF24Documents(): Promise<F24Document[]> {
  return apiFetch<F24Document[]>('/api/f24/documents');
}

/** `GET /api/staff/taxes/imu-rates`: every year entered (taxes office). */
export function getImuRates(): Promise<ImuRates[]> {
  return apiFetch<ImuRates[]>('/api/staff/taxes/imu-rates');
}

/** `GET /api/staff/taxes/imu-rate-categories`: the categories the rates form and table show, in order. */
export function getImuRateCategories(): Promise<ImuRateCategory[]> {
  return apiFetch<ImuRateCategory[]>('/api/staff/taxes/imu-rate-categories');
}

/** `PUT /api/staff/taxes/imu-rates/{year}`: checked against the legal ranges. */
export function putImuRates(year: number, input: ImuRatesInput): Promise<ImuRates> {
  return apiFetch<ImuRates>(`/api/staff/taxes/imu-rates/${year}`, { method: 'PUT', ...json(input) });
}

/** `GET /api/staff/taxes/properties?owner=`: the person's properties with every owner (audited). */
/** Newest year first. Taxes office or admin. */
export function getLegalInterestRates(): Promise<LegalInterestRate[]> {
  return apiFetch<LegalInterestRate[]>('/api/staff/taxes/legal-interest-rates');
}

export function putLegalInterestRate(
  year: number,
  input: LegalInterestRateInput,
): Promise<LegalInterestRate> {
  return apiFetch<LegalInterestRate>(`/api/staff/taxes/legal-interest-rates/${year}`, {
    method: 'PUT',
    ...json(input),
  });
}

export function getPropertiesByOwner(fiscalCode: string): Promise<TaxedProperty[]> {
  return apiFetch<TaxedProperty[]>(
    `/api/staff/taxes/properties?${new URLSearchParams({ owner: fiscalCode })}`,
  );
}

/** `POST /api/staff/taxes/properties`: a new property, or new owners of one already registered. */
export function createProperty(property: NewProperty): Promise<{ id: string }> {
  return apiFetch<{ id: string }>('/api/staff/taxes/properties', { method: 'POST', ...json(property) });
}

/** `POST /api/staff/taxes/bulk-jobs`: precompiled F24s for every taxpayer of a year, in the background. */
export function startBulkJob(request: { year: number; instalment: InstalmentName }): Promise<{ id: string }> {
  return apiFetch<{ id: string }>('/api/staff/taxes/bulk-jobs', { method: 'POST', ...json(request) });
}

/** `GET /api/staff/taxes/bulk-jobs`: the latest jobs, newest first. */
export function getBulkJobs(): Promise<BulkJob[]> {
  return apiFetch<BulkJob[]>('/api/staff/taxes/bulk-jobs');
}

/** `GET /api/staff/taxes/bulk-jobs/{id}`: progress and failures. */
export function getBulkJob(id: string): Promise<BulkJob> {
  return apiFetch<BulkJob>(`/api/staff/taxes/bulk-jobs/${encodeURIComponent(id)}`);
}

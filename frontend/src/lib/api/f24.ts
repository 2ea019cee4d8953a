import { serverApi } from './api-fetch';
import { bodyOf } from './read-api-response';
import type { components } from './schema';

/** Backend module `f24`: IMU computed from the resident's properties, F24 forms, the taxes office's tools. */

type Schemas = components['schemas'];

/** Amounts are strings in euro with two decimals ("534.00"); dates ISO "YYYY-MM-DD". */
export type EuroAmount = string;

export type InstalmentName = Schemas['LatePaymentDto']['instalment'];
export type PropertyKind = Schemas['PropertyView']['kind'];
export type Explanation = Schemas['ExplanationView'];
export type AssessedProperty = Schemas['AssessedPropertyView'];
export type AnnualLine = Schemas['AnnualLineView'];
export type InstalmentLine = Schemas['InstalmentLineView'];
export type Instalment = Schemas['InstalmentView'];
export type ImuYear = Schemas['ImuYearView'];
export type LatePaymentTier = Schemas['LatePaymentView']['tier'];
export type LatePayment = Schemas['LatePaymentView'];
export type F24Document = Schemas['F24DocumentView'];
/** One percent string per rate category, keyed by the category's `key` (see `getImuRateCategories`). */
export type ImuRatePercents = Schemas['ImuRatePercentsView'];
/** A rate category of the backend's catalogue, with its labels and the range L. 160/2019 allows. */
export type ImuRateCategory = Schemas['ImuRateCategoryView'];
export type ImuRates = Schemas['ImuRatesView'];
export type ImuRatesInput = Schemas['PutImuRatesDto'];
export type ReductionKind = Schemas['ReductionView']['kind'];
export type PropertyOwner = Schemas['OwnerView'];
export type TaxedProperty = Schemas['PropertyView'];
export type NewProperty = Schemas['CreatePropertyDto'];
/** The legal interest rate of a year (art. 1284 c.c.), which every ravvedimento needs. */
export type LegalInterestRate = Schemas['LegalInterestRateView'];
export type LegalInterestRateInput = Schemas['PutLegalInterestRateDto'];
export type BulkJob = Schemas['BulkJobView'];

/** `GET /api/f24/imu/{year}`: the caller's IMU, property by property, and the three ways to pay it. */
export function getImuYear(year: number): Promise<ImuYear> {
  return bodyOf(serverApi().GET('/api/f24/imu/{year}', { params: { path: { year } } }));
}

/** `POST /api/f24/imu/{year}/late-payment`: ravvedimento operoso for a payment made on `paymentDate`. */
export function calculateLatePayment(year: number, request: Schemas['LatePaymentDto']): Promise<LatePayment> {
  return bodyOf(
    serverApi().POST('/api/f24/imu/{year}/late-payment', { params: { path: { year } }, body: request }),
  );
}

/** `GET /api/f24/documents`: the precompiled F24s the comune prepared for the caller. */
export function getF24Documents(): Promise<F24Document[]> {
  return bodyOf(serverApi().GET('/api/f24/documents'));
}

/** `GET /api/staff/taxes/imu-rates`: every year entered (taxes office). */
export function getImuRates(): Promise<ImuRates[]> {
  return bodyOf(serverApi().GET('/api/staff/taxes/imu-rates'));
}

/** `GET /api/staff/taxes/imu-rate-categories`: the categories the rates form and table show, in order. */
export function getImuRateCategories(): Promise<ImuRateCategory[]> {
  return bodyOf(serverApi().GET('/api/staff/taxes/imu-rate-categories'));
}

/** `PUT /api/staff/taxes/imu-rates/{year}`: checked against the legal ranges. */
export function putImuRates(year: number, input: ImuRatesInput): Promise<ImuRates> {
  return bodyOf(
    serverApi().PUT('/api/staff/taxes/imu-rates/{year}', { params: { path: { year } }, body: input }),
  );
}

/** Newest year first. Taxes office or admin. */
export function getLegalInterestRates(): Promise<LegalInterestRate[]> {
  return bodyOf(serverApi().GET('/api/staff/taxes/legal-interest-rates'));
}

export function putLegalInterestRate(
  year: number,
  input: LegalInterestRateInput,
): Promise<LegalInterestRate> {
  return bodyOf(
    serverApi().PUT('/api/staff/taxes/legal-interest-rates/{year}', {
      params: { path: { year } },
      body: input,
    }),
  );
}

/** `GET /api/staff/taxes/properties?owner=`: the person's properties with every owner (audited). */
export function getPropertiesByOwner(fiscalCode: string): Promise<TaxedProperty[]> {
  return bodyOf(serverApi().GET('/api/staff/taxes/properties', { params: { query: { owner: fiscalCode } } }));
}

/** `POST /api/staff/taxes/properties`: a new property, or new owners of one already registered. */
export function createProperty(property: NewProperty): Promise<{ id: string }> {
  return bodyOf(serverApi().POST('/api/staff/taxes/properties', { body: property }));
}

/** `POST /api/staff/taxes/bulk-jobs`: precompiled F24s for every taxpayer of a year, in the background. */
export function startBulkJob(request: Schemas['StartBulkJobDto']): Promise<{ id: string }> {
  return bodyOf(serverApi().POST('/api/staff/taxes/bulk-jobs', { body: request }));
}

/** `GET /api/staff/taxes/bulk-jobs`: the latest jobs, newest first. */
export function getBulkJobs(): Promise<BulkJob[]> {
  return bodyOf(serverApi().GET('/api/staff/taxes/bulk-jobs'));
}

/** `GET /api/staff/taxes/bulk-jobs/{id}`: progress and failures. */
export function getBulkJob(id: string): Promise<BulkJob> {
  return bodyOf(serverApi().GET('/api/staff/taxes/bulk-jobs/{id}', { params: { path: { id } } }));
}

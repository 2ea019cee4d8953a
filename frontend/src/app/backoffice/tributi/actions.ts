'use server';

import { redirect } from 'next/navigation';
import { ApiError } from '../../../lib/api/api-error';
import {
  createProperty,
  type InstalmentName,
  putImuRates,
  putLegalInterestRate,
  startBulkJob,
} from '../../../lib/api/f24';
import { f24Routes } from '../../../lib/f24/f24-routes';
import {
  type FormFields,
  readLegalInterestRateForm,
  readPropertyForm,
  readRatesForm,
} from '../../../lib/f24/office-forms';

export interface OfficeFormState {
  /** The backend's Italian explanation when the request was refused, with the offending field. */
  error?: string;
  field?: string;
  /** Set after a successful save that stays on the page. */
  saved?: string;
}

function fieldsOf(formData: FormData): FormFields {
  const fields: FormFields = {};
  for (const [name, value] of formData) if (typeof value === 'string') fields[name] = value;
  return fields;
}

/** A refusal (4xx) goes back to the form; anything else is an error page. */
function refusal(error: unknown): OfficeFormState {
  if (error instanceof ApiError && error.status < 500) {
    return { error: error.problem.detail, field: error.problem.field };
  }
  throw error;
}

export async function saveRatesAction(
  _previous: OfficeFormState,
  formData: FormData,
): Promise<OfficeFormState> {
  const { year, input } = readRatesForm(fieldsOf(formData));
  try {
    await putImuRates(year, input);
  } catch (error) {
    return refusal(error);
  }
  redirect(`${f24Routes.rates}?${new URLSearchParams({ salvato: String(year) })}`);
}

export async function saveLegalInterestRateAction(
  _previous: OfficeFormState,
  formData: FormData,
): Promise<OfficeFormState> {
  const { year, input } = readLegalInterestRateForm(fieldsOf(formData));
  try {
    await putLegalInterestRate(year, input);
  } catch (error) {
    return refusal(error);
  }
  redirect(`${f24Routes.legalInterestRates}?${new URLSearchParams({ salvato: String(year) })}`);
}

export async function createPropertyAction(
  _previous: OfficeFormState,
  formData: FormData,
): Promise<OfficeFormState> {
  const property = readPropertyForm(fieldsOf(formData));
  try {
    await createProperty(property);
  } catch (error) {
    return refusal(error);
  }
  const owner = property.owners[0]?.fiscalCode ?? '';
  redirect(`${f24Routes.properties}?${new URLSearchParams({ proprietario: owner, registrato: '1' })}`);
}

export async function startBulkJobAction(
  _previous: OfficeFormState,
  formData: FormData,
): Promise<OfficeFormState> {
  const fields = fieldsOf(formData);
  let id: string;
  try {
    ({ id } = await startBulkJob({
      year: Number(fields.year),
      instalment: (fields.instalment ?? 'acconto') as InstalmentName,
    }));
  } catch (error) {
    return refusal(error);
  }
  redirect(`${f24Routes.bulkJobs}/${id}`);
}

'use server';

import { redirect } from 'next/navigation';
import { ApiError } from '../../../lib/api/api-error';
import {
  createProperty,
  getPropertiesByOwner,
  type InstalmentName,
  putImuRates,
  putLegalInterestRate,
  startBulkJob,
  type TaxedProperty,
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
  // The owner travels in the fragment, which no request, log or Referer carries; the search form posts it.
  redirect(`${f24Routes.properties}?registrato=1#${new URLSearchParams({ proprietario: owner })}`);
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

export interface PropertySearchState {
  owner: string;
  /** Null until a search was made; the backend's Italian explanation when it refused the codice fiscale. */
  found: TaxedProperty[] | { refused: string } | null;
}

/**
 * The taxes office's search by owner, posted: the codice fiscale travels in the body, never in the page
 * address, where history, bookmarks, the Referer and proxy logs would keep it.
 */
export async function searchPropertiesAction(
  _previous: PropertySearchState,
  formData: FormData,
): Promise<PropertySearchState> {
  const value = formData.get('proprietario');
  const owner = (typeof value === 'string' ? value : '').trim().toUpperCase().slice(0, 16);
  if (!owner) return { owner, found: null };
  try {
    return { owner, found: await getPropertiesByOwner(owner) };
  } catch (error) {
    if (error instanceof ApiError && error.status === 422)
      return { owner, found: { refused: error.problem.detail } };
    throw error;
  }
}

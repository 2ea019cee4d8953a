'use server';

import { redirect } from 'next/navigation';
import { ApiError } from '../../../../lib/api/api-error';
import { apiFetch } from '../../../../lib/api/api-fetch';
import { permitRoutes } from '../../../../lib/permits/permit-routes';

export interface RegisterPracticeState {
  /** The backend's Italian explanation of a refusal, with the offending field when there is one. */
  error?: string;
  field?: string;
  /** What was typed, to fill the form again after a refusal. */
  values: Record<string, string>;
}

function optional(value: string | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}

function party(values: Record<string, string>, prefix: string, role: 'applicant' | 'technician') {
  return {
    role,
    fiscalCode: (values[`${prefix}FiscalCode`] ?? '').trim().toUpperCase(),
    givenName: (values[`${prefix}GivenName`] ?? '').trim(),
    familyName: (values[`${prefix}FamilyName`] ?? '').trim(),
    email: optional(values[`${prefix}Email`]),
  };
}

/** The form input a backend field path (`cadastral.sheet`, `parties.1.email`) refers to. */
function inputName(field: string | undefined): string | undefined {
  if (!field) return undefined;
  const partyField = field.match(/^parties\.(\d+)\.(\w+)$/);
  if (partyField) {
    const [, index, name] = partyField;
    return `${index === '0' ? 'applicant' : 'technician'}${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  }
  return field.replace(/^cadastral\./, '');
}

/** `POST /api/staff/permits`: registers the practice filed at the protocol, then opens it. */
export async function registerPracticeAction(
  _previous: RegisterPracticeState,
  formData: FormData,
): Promise<RegisterPracticeState> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData) if (typeof value === 'string') values[name] = value;
  const technician = party(values, 'technician', 'technician');
  let id: string;
  try {
    ({ id } = await apiFetch<{ id: string }>('/api/staff/permits', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: values.type,
        protocolNumber: (values.protocolNumber ?? '').trim(),
        protocolDate: values.protocolDate,
        address: (values.address ?? '').trim(),
        cadastral: {
          sheet: (values.sheet ?? '').trim(),
          parcel: (values.parcel ?? '').trim(),
          subaltern: optional(values.subaltern),
        },
        description: (values.description ?? '').trim(),
        constraints: values.constraints || 'none',
        doubledTerms: values.doubledTerms === 'on',
        parties: [party(values, 'applicant', 'applicant'), ...(technician.fiscalCode ? [technician] : [])],
        publicNote: optional(values.publicNote),
      }),
    }));
  } catch (error) {
    if (error instanceof ApiError && error.status < 500) {
      return { error: error.problem.detail, field: inputName(error.problem.field), values };
    }
    throw error;
  }
  redirect(permitRoutes.staffPractice(id));
}

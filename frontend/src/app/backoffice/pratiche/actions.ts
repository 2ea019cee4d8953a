'use server';

import { redirect } from 'next/navigation';
import { ApiError } from '../../../lib/api/api-error';
import { addPracticeCharge, putFeeTariffs } from '../../../lib/api/payments';
import { paymentRoutes } from '../../../lib/payments/payment-routes';
import { readChargeForm, readTariffsForm } from '../../../lib/payments/staff-payment-forms';
import { permitRoutes } from '../../../lib/permits/permit-routes';

export interface StaffPaymentFormState {
  /** The backend's Italian explanation when the request was refused, with the offending field. */
  error?: string;
  field?: string;
}

function fieldsOf(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of formData) if (typeof value === 'string') fields[name] = value;
  return fields;
}

/** A refusal (4xx) goes back to the form; anything else is an error page. */
function refusal(error: unknown): StaffPaymentFormState {
  if (error instanceof ApiError && error.status < 500 && error.status !== 401) {
    return { error: error.problem.detail, field: error.problem.field };
  }
  throw error;
}

/** The clerk charges an amount to a practice; the parties see it "da pagare". */
export async function addPracticeChargeAction(
  _previous: StaffPaymentFormState,
  formData: FormData,
): Promise<StaffPaymentFormState> {
  const { practiceId, charge } = readChargeForm(fieldsOf(formData));
  try {
    await addPracticeCharge(practiceId, charge);
  } catch (error) {
    return refusal(error);
  }
  redirect(
    `${permitRoutes.staffPractice(practiceId)}?${new URLSearchParams({ addebito: 'ok' })}#charges-staff`,
  );
}

/** The office saves the diritti di segreteria of every practice type at once. */
export async function saveFeeTariffsAction(
  _previous: StaffPaymentFormState,
  formData: FormData,
): Promise<StaffPaymentFormState> {
  try {
    await putFeeTariffs(readTariffsForm(fieldsOf(formData)));
  } catch (error) {
    return refusal(error);
  }
  redirect(`${paymentRoutes.feeTariffs}?${new URLSearchParams({ salvato: '1' })}`);
}

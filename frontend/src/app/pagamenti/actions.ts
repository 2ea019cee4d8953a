'use server';

import { redirect } from 'next/navigation';
import { ApiError } from '../../lib/api/api-error';
import { createImuPayment } from '../../lib/api/payments';
import { paymentRoutes } from '../../lib/payments/payment-routes';

export interface PaymentActionState {
  /** The backend's Italian explanation when the notice could not be created. */
  error?: string;
}

const INSTALMENTS = ['acconto', 'saldo', 'unica'] as const;

function instalmentOf(value: FormDataEntryValue | null): (typeof INSTALMENTS)[number] | undefined {
  return INSTALMENTS.find((instalment) => instalment === value);
}

/**
 * "Paga con pagoPA" beside an IMU instalment: creates the instalment's notice (or gets the one already there:
 * the backend is idempotent) and opens its page, with "Paga online" and the avviso.
 */
export async function payImuInstalmentAction(
  _previous: PaymentActionState,
  formData: FormData,
): Promise<PaymentActionState> {
  const year = Number(formData.get('anno'));
  const instalment = instalmentOf(formData.get('rata'));
  if (!Number.isInteger(year) || !instalment) return { error: 'Rata non valida.' };
  let id: string;
  try {
    ({ id } = await createImuPayment(year, instalment));
  } catch (error) {
    if (error instanceof ApiError && error.status < 500 && error.status !== 401) {
      return { error: error.problem.detail };
    }
    throw error;
  }
  redirect(paymentRoutes.payment(id));
}

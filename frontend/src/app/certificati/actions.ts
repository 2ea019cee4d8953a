'use server';

import { redirect } from 'next/navigation';
import { ApiError } from '../../lib/api/api-error';
import { issueCertificate } from '../../lib/api/certificates';
import { readRequestForm, toCertificateRequest } from '../../lib/certificates/certificate-request-form';
import { certificateRoutes } from '../../lib/certificates/certificate-routes';
import { paymentRoutes } from '../../lib/payments/payment-routes';

export interface IssueCertificateState {
  /** The backend's Italian explanation when the certificate was refused. */
  error?: string;
}

/**
 * Issues the previewed certificate, then shows it at the top of the archive, ready to download; with the marca
 * da bollo digitale, shows the payment step instead (the certificate is issued once pagoPA confirms).
 */
export async function issueCertificateAction(
  _previous: IssueCertificateState,
  formData: FormData,
): Promise<IssueCertificateState> {
  const fields: Record<string, string[]> = {};
  for (const [name, value] of formData) {
    if (typeof value === 'string') fields[name] = [...(fields[name] ?? []), value];
  }
  let created: Awaited<ReturnType<typeof issueCertificate>>;
  try {
    created = await issueCertificate(toCertificateRequest(readRequestForm(fields)));
  } catch (error) {
    if (error instanceof ApiError && error.status < 500) return { error: error.problem.detail };
    throw error;
  }
  if ('payment' in created) redirect(paymentRoutes.payment(created.payment.id));
  redirect(`${certificateRoutes.home}?${new URLSearchParams({ emesso: created.id })}`);
}

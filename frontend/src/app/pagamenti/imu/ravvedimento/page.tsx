import type { Metadata } from 'next';
import { LatePaymentForm } from '../../../../components/f24/late-payment-form';
import { LatePaymentResult } from '../../../../components/f24/late-payment-result';
import { getI18n } from '../../../../i18n/get-i18n';
import { ApiError } from '../../../../lib/api/api-error';
import { calculateLatePayment, type InstalmentName, type LatePayment } from '../../../../lib/api/f24';
import { requireUser } from '../../../../lib/auth/require-user';
import { imuYear } from '../../../../lib/f24/f24-formatting';
import { f24Routes } from '../../../../lib/f24/f24-routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.f24.latePayment.title };
}

const INSTALMENTS: InstalmentName[] = ['acconto', 'saldo', 'unica'];

type Outcome = { kind: 'result'; payment: LatePayment } | { kind: 'refused'; detail: string } | null;

async function calculate(year: number, instalment: InstalmentName, paymentDate: string): Promise<Outcome> {
  try {
    return { kind: 'result', payment: await calculateLatePayment(year, { instalment, paymentDate }) };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status === 401 || error.status >= 500) throw error;
    return { kind: 'refused', detail: error.problem.detail };
  }
}

/**
 * The late-payment calculator: a GET form (it stores nothing), so the result has its own address and the
 * page works without JavaScript.
 */
export default async function LatePaymentPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const year = imuYear(typeof params.anno === 'string' ? params.anno : undefined, new Date());
  const instalment = INSTALMENTS.find((name) => name === params.rata) ?? 'acconto';
  const paymentDate = typeof params.data === 'string' ? params.data : '';
  const [{ locale, t }] = await Promise.all([getI18n(), requireUser(f24Routes.latePayment)]);
  const outcome = paymentDate ? await calculate(year, instalment, paymentDate) : null;
  const l = t.f24.latePayment;

  return (
    <div className="container portal-page">
      <h1 className="mb-3">{l.title}</h1>
      <p className="lead">{l.lead}</p>
      <LatePaymentForm
        year={year}
        paymentDate={paymentDate}
        instalment={instalment}
        instalments={INSTALMENTS}
        t={t.f24}
      />

      <div aria-live="polite">
        {outcome?.kind === 'refused' && (
          <div className="alert alert-danger mt-4" role="alert">
            <p className="fw-semibold mb-1">{l.refused}</p>
            <p className="mb-0">{outcome.detail}</p>
          </div>
        )}
        {outcome?.kind === 'result' && <LatePaymentResult payment={outcome.payment} locale={locale} t={l} />}
      </div>
    </div>
  );
}

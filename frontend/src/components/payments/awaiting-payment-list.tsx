import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/locale';
import type { PaymentItem } from '../../lib/api/payments';
import { formatEuro } from '../../lib/f24/f24-formatting';
import { paymentRoutes } from '../../lib/payments/payment-routes';
import { PaymentActions } from './payment-actions';
import { PaymentExplanation } from './payment-card';

/**
 * Above the archive: the certificates requested with the marca da bollo digitale whose payment is still
 * missing, each with "Paga online" and the avviso. Nothing when there is none.
 */
export function AwaitingPaymentList({
  payments,
  t,
  locale,
}: {
  payments: PaymentItem[];
  t: Dictionary['payments'];
  locale: Locale;
}) {
  if (payments.length === 0) return null;
  return (
    <ul className="list-unstyled row g-3 mb-4">
      {payments.map((payment) => (
        <li key={payment.id} className="col-12 col-lg-6">
          <article
            className="card card-bg rounded h-100 no-after border border-warning"
            aria-labelledby={`awaiting-${payment.id}`}
            data-element="certificate-awaiting-payment"
          >
            <div className="card-body">
              <h3 id={`awaiting-${payment.id}`} className="card-title h6 text-break">
                <Link href={paymentRoutes.payment(payment.id)}>{payment.purpose}</Link>
              </h3>
              <p className="mb-2">
                <span className="badge bg-warning text-dark">{t.certificate.awaiting}</span>
              </p>
              <p className="small mb-2">
                {t.certificate.awaitingText} {t.fields.amount}: {formatEuro(payment.amount, locale)}
              </p>
              <PaymentExplanation payment={payment} t={t} />
              <PaymentActions payment={payment} t={t} locale={locale} />
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}

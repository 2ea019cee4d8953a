import type { Dictionary } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/locale';
import type { PaymentItem, PracticeCharge } from '../../lib/api/payments';
import { formatEuro } from '../../lib/f24/f24-formatting';
import { paymentRoutes } from '../../lib/payments/payment-routes';
import { PaymentActions } from './payment-actions';
import { PaymentExplanation } from './payment-card';
import { PaymentStatusBadge } from './payment-status-badge';

function ChargeItem({
  charge,
  payment,
  t,
  locale,
}: {
  charge: PracticeCharge;
  payment: PaymentItem | undefined;
  t: Dictionary['payments'];
  locale: Locale;
}) {
  return (
    <li className="border-bottom py-3" data-element="practice-charge" data-status={charge.status}>
      <p className="fw-semibold mb-1 text-break">
        {charge.paymentId ? (
          <a href={paymentRoutes.payment(charge.paymentId)}>{charge.description}</a>
        ) : (
          charge.description
        )}
      </p>
      <p className="small mb-2 d-flex flex-wrap gap-2 align-items-center">
        <span className="fw-semibold text-nowrap">{formatEuro(charge.amount, locale)}</span>
        <PaymentStatusBadge status={charge.status} t={t.status} />
      </p>
      {payment && (
        <>
          <PaymentExplanation payment={payment} t={t} />
          <PaymentActions payment={payment} t={t} locale={locale} />
        </>
      )}
    </li>
  );
}

/**
 * The charges the SUE set on a practice (diritti di segreteria and others): "Da pagare" first, with the pay
 * actions of each pagoPA position, then those already paid with their receipt.
 */
export function PracticeCharges({
  charges,
  payments,
  t,
  locale,
}: {
  charges: PracticeCharge[];
  payments: PaymentItem[];
  t: Dictionary['payments'];
  locale: Locale;
}) {
  if (charges.length === 0) return null;
  const byId = new Map(payments.map((payment) => [payment.id, payment]));
  const open = charges.filter((charge) => charge.status === 'due' || charge.status === 'pending');
  const paid = charges.filter((charge) => charge.status === 'paid');
  const item = (charge: PracticeCharge) => (
    <ChargeItem
      key={charge.id}
      charge={charge}
      payment={charge.paymentId ? byId.get(charge.paymentId) : undefined}
      t={t}
      locale={locale}
    />
  );
  return (
    <section className="mt-5" aria-labelledby="charges-title" data-element="practice-charges">
      <h2 id="charges-title" className="h4">
        {t.practice.title}
      </h2>
      {open.length === 0 ? (
        <p className="portal-empty">{t.practice.none}</p>
      ) : (
        <ul className="list-unstyled mb-0">{open.map(item)}</ul>
      )}
      {paid.length > 0 && (
        <>
          <h3 className="h5 mt-4">{t.practice.paidTitle}</h3>
          <ul className="list-unstyled mb-0">{paid.map(item)}</ul>
        </>
      )}
    </section>
  );
}

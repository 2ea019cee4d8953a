import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { PaymentItem } from '../../lib/api/payments';
import { formatEuro, formatIsoDate } from '../../lib/f24/f24-formatting';
import { romeDay } from '../../lib/payments/payment-groups';
import { paymentRoutes } from '../../lib/payments/payment-routes';
import { PaymentActions } from './payment-actions';
import { PaymentStatusBadge } from './payment-status-badge';

/** Why a position that is not simply "to pay" looks the way it does. */
export function PaymentExplanation({ payment, t }: { payment: PaymentItem; t: Dictionary['payments'] }) {
  const e = t.explanations;
  if (payment.status === 'pending') {
    return (
      <div className="alert alert-warning py-2 small" role="status">
        <p className="fw-semibold mb-1">{t.status.pending}</p>
        <p className="mb-0">{e.pending}</p>
      </div>
    );
  }
  if (payment.status === 'expired' || payment.status === 'cancelled') {
    return <p className="small mb-2">{e[payment.status]}</p>;
  }
  return null;
}

/** One pagoPA position as a card: readable at 360 px, with its amount, due date, notice number and actions. */
export function PaymentCard({
  payment,
  t,
  locale,
}: {
  payment: PaymentItem;
  t: Dictionary['payments'];
  locale: Locale;
}) {
  const f = t.fields;
  const headingId = `payment-${payment.id}`;
  return (
    <article
      className="card card-bg rounded h-100 no-after"
      aria-labelledby={headingId}
      data-element="payment-item"
      data-status={payment.status}
    >
      <div className="card-body">
        <p className="small text-uppercase mb-1">{t.kinds[payment.kind] ?? payment.kind}</p>
        <h4 id={headingId} className="card-title h6">
          <Link href={paymentRoutes.payment(payment.id)}>{payment.purpose}</Link>
        </h4>
        <p className="mb-2">
          <PaymentStatusBadge status={payment.status} t={t.status} />
        </p>
        <dl className="row small mb-2">
          <dt className="col-5">{f.amount}</dt>
          <dd className="col-7 mb-1 fw-semibold text-nowrap">{formatEuro(payment.amount, locale)}</dd>
          {payment.status === 'paid' && payment.paidAt ? (
            <>
              <dt className="col-5">{f.paidOn}</dt>
              <dd className="col-7 mb-1">{formatIsoDate(romeDay(payment.paidAt), locale)}</dd>
            </>
          ) : (
            <>
              <dt className="col-5">{f.dueDate}</dt>
              <dd className="col-7 mb-1">
                {payment.dueDate ? formatIsoDate(payment.dueDate, locale) : f.noDueDate}
              </dd>
            </>
          )}
          <dt className="col-5">{f.noticeNumber}</dt>
          <dd className="col-7 mb-1 font-monospace text-break">{payment.noticeNumber ?? f.noticePending}</dd>
        </dl>
        <PaymentExplanation payment={payment} t={t} />
        <PaymentActions payment={payment} t={t} locale={locale} />
      </div>
    </article>
  );
}

/** A titled group of cards, or nothing when the group is empty. */
export function PaymentGroup({
  id,
  title,
  items,
  t,
  locale,
}: {
  id: string;
  title: string;
  items: PaymentItem[];
  t: Dictionary['payments'];
  locale: Locale;
}) {
  if (items.length === 0) return null;
  return (
    <section className="mt-4" aria-labelledby={id}>
      <h3 id={id} className="h5 mb-3">
        {formatMessage('{title} ({count})', { title, count: String(items.length) })}
      </h3>
      <ul className="list-unstyled row g-3 mb-0">
        {items.map((payment) => (
          <li key={payment.id} className="col-12 col-lg-6">
            <PaymentCard payment={payment} t={t} locale={locale} />
          </li>
        ))}
      </ul>
    </section>
  );
}

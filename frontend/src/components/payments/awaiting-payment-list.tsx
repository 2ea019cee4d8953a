import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { AwaitingCertificate, PaymentItem } from '../../lib/api/payments';
import { formatEuro } from '../../lib/f24/f24-formatting';
import { formatItalianTime } from '../../lib/format/dates';
import { paymentRoutes } from '../../lib/payments/payment-routes';
import { PaymentActions } from './payment-actions';
import { PaymentExplanation } from './payment-card';

function AwaitingCard({
  entry,
  payment,
  t,
  promise,
  locale,
}: {
  entry: AwaitingCertificate;
  payment: PaymentItem | undefined;
  t: Dictionary['payments'];
  promise: Dictionary['serviceModel']['promise'];
  locale: Locale;
}) {
  const failed = entry.status === 'failed';
  return (
    <article
      className="card card-bg rounded h-100 no-after border border-warning"
      aria-labelledby={`awaiting-${entry.id}`}
      data-element="certificate-awaiting-payment"
    >
      <div className="card-body">
        <h3 id={`awaiting-${entry.id}`} className="card-title h6 text-uppercase text-break">
          {entry.title}
        </h3>
        <p className="mb-2">
          <span className="badge bg-warning">{failed ? t.status.paid : t.certificate.awaiting}</span>
        </p>
        <p className="small mb-1" data-element="request-promise">
          <time dateTime={entry.requestedAt}>
            {formatMessage(promise.requestedOn, { date: formatItalianTime(entry.requestedAt, locale) })}
          </time>
          {!failed && <> – {promise.releasedOnPayment}</>}
        </p>
        <p className="small mb-2">{failed ? t.certificate.failed : t.certificate.awaitingText}</p>
        {payment && !failed && (
          <>
            <p className="small mb-2">
              {t.fields.amount}: <span className="text-nowrap">{formatEuro(payment.amount, locale)}</span>
            </p>
            <PaymentExplanation payment={payment} t={t} />
            <PaymentActions payment={payment} t={t} locale={locale} />
          </>
        )}
        <p className="small mt-2 mb-0">
          <Link href={paymentRoutes.payment(entry.paymentId)}>
            {t.actions.details}
            <span className="visually-hidden">: {entry.title}</span>
          </Link>
        </p>
      </div>
    </article>
  );
}

/**
 * Above the archive: the certificates requested with the marca da bollo digitale and not issued yet, each with
 * its payment ("Paga online", the avviso) or, when paid but not issued, what happens next. Nothing when none.
 */
export function AwaitingPaymentList({
  entries,
  payments,
  t,
  promise,
  locale,
}: {
  entries: AwaitingCertificate[];
  payments: PaymentItem[];
  t: Dictionary['payments'];
  promise: Dictionary['serviceModel']['promise'];
  locale: Locale;
}) {
  if (entries.length === 0) return null;
  const byId = new Map(payments.map((payment) => [payment.id, payment]));
  return (
    <ul className="list-unstyled row g-3 mb-4">
      {entries.map((entry) => (
        <li key={entry.id} className="col-12 col-lg-6">
          <AwaitingCard
            entry={entry}
            payment={byId.get(entry.paymentId)}
            t={t}
            promise={promise}
            locale={locale}
          />
        </li>
      ))}
    </ul>
  );
}

import type { Dictionary } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/locale';
import type { PaymentItem } from '../../lib/api/payments';
import { formatEuro, formatIsoDate } from '../../lib/f24/f24-formatting';
import { romeDay } from '../../lib/payments/payment-groups';

function Row({ term, value, mono }: { term: string; value: string | null | undefined; mono?: boolean }) {
  if (!value) return null;
  return (
    <>
      <dt className="col-12 col-md-4">{term}</dt>
      <dd className={`col-12 col-md-8 mb-2 text-break${mono ? ' font-monospace' : ''}`}>{value}</dd>
    </>
  );
}

/** Everything the avviso says (creditor, notice number, amount, due date) and, once paid, the receipt. */
export function PaymentDetails({
  payment,
  t,
  locale,
}: {
  payment: PaymentItem;
  t: Dictionary['payments'];
  locale: Locale;
}) {
  const f = t.fields;
  return (
    <>
      <section className="mt-4" aria-labelledby="notice-details">
        <h2 id="notice-details" className="h4">
          {t.detail.detailsTitle}
        </h2>
        <dl className="row">
          <Row term={f.kind} value={t.kinds[payment.kind] ?? payment.kind} />
          <Row term={f.purpose} value={payment.purpose} />
          <Row term={f.amount} value={formatEuro(payment.amount, locale)} />
          <Row
            term={f.dueDate}
            value={payment.dueDate ? formatIsoDate(payment.dueDate, locale) : f.noDueDate}
          />
          <Row term={f.noticeNumber} value={payment.noticeNumber ?? f.noticePending} mono />
          <Row term={f.creditor} value={`${payment.creditorName} — ${payment.creditorFiscalCode}`} />
        </dl>
      </section>
      {payment.status === 'paid' && (
        <section className="mt-3" aria-labelledby="receipt-details">
          <h2 id="receipt-details" className="h4">
            {t.detail.receiptTitle}
          </h2>
          <dl className="row">
            <Row
              term={f.paidOn}
              value={payment.paidAt ? formatIsoDate(romeDay(payment.paidAt), locale) : null}
            />
            <Row term={f.receiptId} value={payment.receiptId} mono />
            <Row term={f.iubd} value={payment.iubd} mono />
          </dl>
        </section>
      )}
    </>
  );
}

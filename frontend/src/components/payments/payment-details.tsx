import type { Dictionary } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/locale';
import type { PaymentDetail, PaymentParty } from '../../lib/api/payments';
import { formatEuro, formatIsoDate } from '../../lib/f24/f24-formatting';
import { romeDay } from '../../lib/payments/payment-groups';

function party(value: PaymentParty | null | undefined): string | null {
  if (!value) return null;
  const parts = [value.name, value.fiscalCode].filter(Boolean);
  return parts.length > 0 ? parts.join(' — ') : null;
}

function Row({ term, value, mono }: { term: string; value: string | null | undefined; mono?: boolean }) {
  if (!value) return null;
  return (
    <>
      <dt className="col-12 col-md-4">{term}</dt>
      <dd className={`col-12 col-md-8 mb-2 text-break${mono ? ' font-monospace' : ''}`}>{value}</dd>
    </>
  );
}

/** Everything the avviso says (creditor, payer, notice number, amount, due date) and, once paid, the receipt. */
export function PaymentDetails({
  payment,
  t,
  locale,
}: {
  payment: PaymentDetail;
  t: Dictionary['payments'];
  locale: Locale;
}) {
  const f = t.fields;
  const receipt = payment.receipt;
  return (
    <>
      <section className="mt-4" aria-labelledby="notice-details">
        <h2 id="notice-details" className="h4">
          {t.detail.detailsTitle}
        </h2>
        <dl className="row">
          <Row term={f.kind} value={t.kinds[payment.kind] ?? payment.kind} />
          <Row term={f.purpose} value={payment.description || payment.purpose} />
          <Row term={f.amount} value={formatEuro(payment.amount, locale)} />
          <Row
            term={f.dueDate}
            value={payment.dueDate ? formatIsoDate(payment.dueDate, locale) : f.noDueDate}
          />
          <Row term={f.noticeNumber} value={payment.noticeNumber ?? f.noticePending} mono />
          <Row term={f.iuv} value={payment.iuv} mono />
          <Row
            term={f.creditor}
            value={
              party(payment.creditor) ??
              party({ name: payment.creditorName, fiscalCode: payment.creditorFiscalCode })
            }
          />
          <Row term={f.payer} value={party(payment.payer)} />
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
            <Row term={f.receiptId} value={receipt?.receiptId ?? payment.receiptId} mono />
            <Row term={f.iubd} value={payment.iubd} mono />
            <Row term={f.paymentMethod} value={receipt?.paymentMethod} />
            <Row term={f.psp} value={receipt?.pspCompanyName} />
          </dl>
        </section>
      )}
    </>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { AutoRefresh } from '../../../components/f24/auto-refresh';
import { PaymentActions } from '../../../components/payments/payment-actions';
import { PaymentExplanation } from '../../../components/payments/payment-card';
import { PaymentDetails } from '../../../components/payments/payment-details';
import { PaymentStatusBadge } from '../../../components/payments/payment-status-badge';
import type { Dictionary } from '../../../i18n/dictionary';
import { getI18n } from '../../../i18n/get-i18n';
import { orNotFound } from '../../../lib/api/or-not-found';
import { getPayment, type PaymentItem } from '../../../lib/api/payments';
import { requireUser } from '../../../lib/auth/require-user';
import { certificateRoutes } from '../../../lib/certificates/certificate-routes';
import { paymentRoutes } from '../../../lib/payments/payment-routes';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.payments.detail.title };
}

/** What the payment unlocks: a certificate with the digital stamp is issued by itself once paid. */
function WhatFollows({ payment, t }: { payment: PaymentItem; t: Dictionary['payments'] }) {
  if (payment.kind === 'certificate-stamp') {
    const paid = payment.status === 'paid';
    return (
      <div className={`alert ${paid ? 'alert-success' : 'alert-info'} mt-3`} role="status">
        <p className="mb-2">{paid ? t.detail.certificateIssued : t.detail.certificate}</p>
        <Link href={certificateRoutes.home}>{t.detail.certificatesLink}</Link>
      </div>
    );
  }
  return null;
}

/**
 * One pagoPA position: its avviso data, how to pay it, and the receipt once paid. It is also the payment step of
 * a certificate with the digital stamp. While pagoPA has not answered (or the payment is not in yet) the page
 * refreshes itself, so the resident back from the checkout sees the outcome without reloading.
 */
export default async function PaymentPage({ params }: Params) {
  const { id } = await params;
  const [{ locale, t }] = await Promise.all([getI18n(), requireUser(paymentRoutes.payment(id))]);
  const payment = await orNotFound(getPayment(id));
  const p = t.payments;
  const waiting = payment.status === 'pending' || payment.status === 'due';

  return (
    <div className="container portal-page portal-prose">
      <Link className="d-inline-block mb-3" href={paymentRoutes.home}>
        {p.detail.back}
      </Link>
      <p className="portal-eyebrow">{p.kinds[payment.kind] ?? payment.kind}</p>
      <h1 className="mb-2 text-break">{payment.purpose}</h1>
      <p data-element="payment-status">
        <span className="me-2">{p.fields.status}:</span>
        <PaymentStatusBadge status={payment.status} t={p.status} />
      </p>
      <PaymentExplanation payment={payment} t={p} />
      {payment.status === 'due' && <p>{p.explanations.due}</p>}
      {payment.status === 'paid' && <p>{p.explanations.paid}</p>}
      <PaymentActions payment={payment} t={p} locale={locale} />
      {payment.status === 'due' && payment.checkoutUrl && (
        <p className="small mt-2">{p.explanations.checkoutHint}</p>
      )}
      <WhatFollows payment={payment} t={p} />
      <PaymentDetails payment={payment} t={p} locale={locale} />
      {waiting && (
        <p className="mt-3">
          <Link href={paymentRoutes.payment(payment.id)}>{p.detail.refresh}</Link>
        </p>
      )}
      <AutoRefresh active={waiting} intervalMs={5_000} />
    </div>
  );
}

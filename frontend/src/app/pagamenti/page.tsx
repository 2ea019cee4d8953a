import type { Metadata } from 'next';
import Link from 'next/link';
import { F24DocumentList } from '../../components/f24/f24-document-list';
import { Icon } from '../../components/icon/icon';
import { PaymentPositions } from '../../components/payments/payment-positions';
import { getI18n } from '../../i18n/get-i18n';
import { ApiError } from '../../lib/api/api-error';
import { type F24Document, getF24Documents } from '../../lib/api/f24';
import { getPayments, type PaymentItem } from '../../lib/api/payments';
import { requireUser } from '../../lib/auth/require-user';
import { f24Routes } from '../../lib/f24/f24-routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.f24.payments.title };
}

async function loadDocuments(): Promise<F24Document[] | null> {
  try {
    return await getF24Documents();
  } catch (error) {
    if (!(error instanceof ApiError) || error.status === 401) throw error;
    console.warn(`F24 documents unavailable (${error.status} ${error.problem.code})`);
    return null;
  }
}

async function loadPositions(): Promise<PaymentItem[] | null> {
  try {
    return (await getPayments()).items;
  } catch (error) {
    if (!(error instanceof ApiError) || error.status === 401) throw error;
    console.warn(`Payments unavailable (${error.status} ${error.problem.code})`);
    return null;
  }
}

/**
 * Payments in the personal area: the resident's pagoPA positions first (what to pay, then what was paid),
 * then the IMU service and the precompiled F24s the comune prepared.
 */
export default async function PaymentsPage() {
  const [{ locale, t }] = await Promise.all([getI18n(), requireUser(f24Routes.payments)]);
  const [positions, documents] = await Promise.all([loadPositions(), loadDocuments()]);
  const p = t.f24.payments;

  return (
    <div className="container portal-page">
      <h1 className="mb-3">{p.title}</h1>
      <p className="lead">{p.lead}</p>

      <PaymentPositions positions={positions} t={t.payments} locale={locale} />

      <div className="row g-4 mt-4">
        <div className="col-12 col-lg-6">
          <section className="card card-bg rounded h-100 no-after" aria-labelledby="imu-card">
            <div className="card-body">
              <Icon name="card" className="portal-card-icon" />
              <h2 id="imu-card" className="card-title h5">
                {p.imuTitle}
              </h2>
              <p className="card-text">{p.imuText}</p>
              <Link className="btn btn-primary" href={f24Routes.imu}>
                {p.imuLink}
              </Link>
            </div>
          </section>
        </div>
        <div className="col-12 col-lg-6">
          <section className="card card-bg rounded h-100 no-after" aria-labelledby="late-card">
            <div className="card-body">
              <Icon name="clock" className="portal-card-icon" />
              <h2 id="late-card" className="card-title h5">
                {p.latePaymentTitle}
              </h2>
              <p className="card-text">{p.latePaymentText}</p>
              <Link className="btn btn-outline-primary" href={f24Routes.latePayment}>
                {p.latePaymentLink}
              </Link>
            </div>
          </section>
        </div>
      </div>

      <section className="mt-5" aria-labelledby="documents-title">
        <h2 id="documents-title" className="h3 mb-3">
          {p.documentsTitle}
        </h2>
        {documents === null ? (
          <div className="alert alert-warning" role="alert">
            {t.f24.unavailable}
          </div>
        ) : (
          <F24DocumentList documents={documents} t={t.f24} locale={locale} />
        )}
      </section>
    </div>
  );
}

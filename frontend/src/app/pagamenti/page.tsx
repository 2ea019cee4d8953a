import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Icon } from '../../components/icon/icon';
import { formatMessage } from '../../i18n/format-message';
import { getI18n } from '../../i18n/get-i18n';
import { ApiError } from '../../lib/api/api-error';
import { getCurrentUser } from '../../lib/api/auth';
import { type F24Document, getF24Documents } from '../../lib/api/f24';
import { formatEuro, formatIsoDate } from '../../lib/f24/f24-formatting';
import { f24Routes } from '../../lib/f24/f24-routes';
import { routes } from '../../lib/routes';

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

/** Payments in the personal area: the IMU service and the precompiled F24s the comune prepared. */
export default async function PaymentsPage() {
  const [{ locale, t }, user] = await Promise.all([getI18n(), getCurrentUser()]);
  if (!user) redirect(`${routes.login}?${new URLSearchParams({ returnTo: f24Routes.payments })}`);
  const documents = await loadDocuments();
  const p = t.f24.payments;

  return (
    <div className="container portal-page">
      <h1 className="mb-3">{p.title}</h1>
      <p className="lead">{p.lead}</p>

      <div className="row g-4 mt-2">
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
        ) : documents.length === 0 ? (
          <p className="portal-empty">{p.documentsEmpty}</p>
        ) : (
          <ul className="list-unstyled mb-0">
            {documents.map((document) => {
              const instalment = t.f24.instalments[document.instalment];
              const title = formatMessage(p.documentLabel, { year: String(document.year), instalment });
              return (
                <li
                  key={document.id}
                  className="border-bottom py-3 d-flex flex-wrap gap-3 align-items-center"
                >
                  <div className="flex-grow-1">
                    <p className="fw-semibold mb-1">{title}</p>
                    <p className="small mb-0">
                      {p.amount}: {formatEuro(document.total, locale)} ·{' '}
                      {formatMessage(p.generatedOn, {
                        date: formatIsoDate(document.generatedAt.slice(0, 10), locale),
                      })}
                    </p>
                  </div>
                  <a
                    className="btn btn-outline-primary btn-sm btn-icon"
                    href={document.download}
                    download
                    aria-label={formatMessage(p.downloadLabel, { year: String(document.year), instalment })}
                  >
                    <Icon name="download" className="icon-primary icon-sm me-2" />
                    <span>{p.download}</span>
                  </a>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}

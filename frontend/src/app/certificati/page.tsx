import type { Metadata } from 'next';
import Link from 'next/link';
import { CertificateArchiveList } from '../../components/certificates/certificate-archive-list';
import { RequestSteps } from '../../components/certificates/request-steps';
import { RatingComponent } from '../../components/feedback/rating-component';
import { Icon } from '../../components/icon/icon';
import { AwaitingPaymentList } from '../../components/payments/awaiting-payment-list';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import { getI18n } from '../../i18n/get-i18n';
import type { Locale } from '../../i18n/locale';
import { ApiError } from '../../lib/api/api-error';
import {
  type CertificateArchive,
  getCertificateArchive,
  getRequestableSubjects,
  type RequestableSubject,
} from '../../lib/api/certificates';
import { getPayments, type PaymentItem } from '../../lib/api/payments';
import { requireUser } from '../../lib/auth/require-user';
import { certificateRoutes } from '../../lib/certificates/certificate-routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.certificates.title };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The payments behind the certificates waiting for their digital stamp; none needed, none read. */
async function loadStampPayments(archive: CertificateArchive): Promise<PaymentItem[]> {
  if (archive.awaitingPayment.length === 0) return [];
  try {
    return (await getPayments()).items;
  } catch (error) {
    if (!(error instanceof ApiError) || error.status === 401) throw error;
    console.warn(`Payments unavailable (${error.status} ${error.problem.code})`);
    return [];
  }
}

async function load(cursor: string | undefined) {
  try {
    const [subjects, archive] = await Promise.all([getRequestableSubjects(), getCertificateArchive(cursor)]);
    return { subjects, archive, payments: await loadStampPayments(archive) };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status === 401) throw error;
    console.warn(`Certificates unavailable (${error.status} ${error.problem.code})`);
    return null;
  }
}

/** Start of a request (whom for) and the archive of the resident's certificates. */
export default async function CertificatesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const [{ locale, t }] = await Promise.all([getI18n(), requireUser(certificateRoutes.home)]);
  const loaded = await load(first(params.da));
  const c = t.certificates;
  const issued = loaded?.archive.items.find((item) => item.id === first(params.emesso));

  return (
    <div className="container portal-page">
      <h1 className="mb-3">{c.title}</h1>
      <p className="lead">{c.lead}</p>

      {issued && (
        <div className="alert alert-success" role="status">
          <h2 className="h5">{c.archive.issuedTitle}</h2>
          <p>{formatMessage(c.archive.issuedText, { code: issued.code })}</p>
          <a className="btn btn-primary btn-sm btn-icon" href={issued.downloadUrl} download>
            <Icon name="download" className="icon-white icon-sm me-2" />
            <span>{formatMessage(c.archive.downloadLabel, { code: issued.code })}</span>
          </a>
        </div>
      )}

      {!loaded ? (
        <div className="alert alert-warning" role="alert">
          {c.unavailable}
        </div>
      ) : (
        <>
          <section className="mt-5" aria-labelledby="request-title">
            <h2 id="request-title" className="h3 mb-3">
              {c.person.title}
            </h2>
            <RequestSteps current="person" t={c.steps} />
            <PersonChooser subjects={loaded.subjects} t={c.person} />
          </section>

          <section className="mt-5" aria-labelledby="archive-title">
            <h2 id="archive-title" className="h3 mb-3">
              {c.archive.title}
            </h2>
            <AwaitingPaymentList
              entries={loaded.archive.awaitingPayment}
              payments={loaded.payments}
              t={t.payments}
              promise={t.serviceModel.promise}
              locale={locale}
            />
            <Archive archive={loaded.archive} highlightId={issued?.id} locale={locale} t={c.archive} />
            <p className="small text-secondary mt-4 mb-0">{c.archive.validity}</p>
          </section>
        </>
      )}
      <RatingComponent page="/certificati" labels={t.serviceModel.rating} />
    </div>
  );
}

function PersonChooser({
  subjects,
  t,
}: {
  subjects: RequestableSubject[];
  t: Dictionary['certificates']['person'];
}) {
  if (subjects.length === 0) {
    return (
      <div className="alert alert-info" role="status">
        {t.notInRegistry}
      </div>
    );
  }
  return (
    <form method="get" action={certificateRoutes.request}>
      <fieldset>
        <legend className="h5">{t.legend}</legend>
        {subjects.map((subject, index) => {
          const name = `${subject.givenName} ${subject.familyName}`;
          return (
            <div className="form-check" key={subject.personId}>
              <input
                className="form-check-input"
                type="radio"
                name="persona"
                id={`persona-${subject.personId}`}
                value={subject.personId}
                defaultChecked={index === 0}
                required
              />
              <label className="form-check-label" htmlFor={`persona-${subject.personId}`}>
                {subject.self
                  ? formatMessage(t.self, { name })
                  : formatMessage(t.member, { name, relationship: subject.relationship })}
              </label>
            </div>
          );
        })}
      </fieldset>
      <button type="submit" className="btn btn-primary mt-3">
        {t.continue}
      </button>
    </form>
  );
}

function Archive({
  archive,
  highlightId,
  locale,
  t,
}: {
  archive: CertificateArchive;
  highlightId?: string;
  locale: Locale;
  t: Dictionary['certificates']['archive'];
}) {
  return (
    <>
      <CertificateArchiveList items={archive.items} highlightId={highlightId} locale={locale} t={t} />
      {archive.nextCursor && (
        <p className="mt-3">
          <Link href={`${certificateRoutes.home}?${new URLSearchParams({ da: archive.nextCursor })}`}>
            {t.older}
          </Link>
        </p>
      )}
    </>
  );
}

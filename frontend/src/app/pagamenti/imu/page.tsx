import type { Metadata } from 'next';
import Link from 'next/link';
import { ExplanationList } from '../../../components/f24/explanation-list';
import { ImuSteps } from '../../../components/f24/imu-steps';
import { ImuYearProblem } from '../../../components/f24/imu-year-problem';
import { YearForm } from '../../../components/f24/year-form';
import { RatingComponent } from '../../../components/feedback/rating-component';
import type { Dictionary } from '../../../i18n/dictionary';
import { formatMessage } from '../../../i18n/format-message';
import { getI18n } from '../../../i18n/get-i18n';
import type { Locale } from '../../../i18n/locale';
import type { AssessedProperty } from '../../../lib/api/f24';
import { requireUser } from '../../../lib/auth/require-user';
import { formatEuro, imuYear } from '../../../lib/f24/f24-formatting';
import { f24Routes } from '../../../lib/f24/f24-routes';
import { loadImuYear } from '../../../lib/f24/load-imu-year';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.f24.payments.imuTitle };
}

/** Step 1 of the IMU flow: the resident's properties, each figure with how it was worked out. */
export default async function ImuDataPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const year = imuYear(typeof params.anno === 'string' ? params.anno : undefined, new Date());
  const [{ locale, t }] = await Promise.all([getI18n(), requireUser(f24Routes.imu)]);
  const result = await loadImuYear(year);
  const f = t.f24;

  return (
    <div className="container portal-page">
      <h1 className="mb-3">{formatMessage(f.imu.title, { year: String(year) })}</h1>
      <ImuSteps current="data" t={f.steps} />
      <p className="lead">{f.imu.lead}</p>
      <YearForm
        action={f24Routes.imu}
        year={year}
        labels={{ label: f.imu.yearLabel, submit: f.imu.yearSubmit }}
      />

      <ImuYearProblem result={result} unavailable={f.unavailable} />
      {result.kind === 'ok' && (
        <section aria-labelledby="properties-title">
          <h2 id="properties-title" className="h3 mb-3">
            {formatMessage(f.imu.propertiesTitle, { year: String(year) })}
          </h2>
          <p className="small">
            {formatMessage(f.imu.rates, { year: String(year), label: result.imu.ratesLabel })}
          </p>
          {result.imu.properties.length === 0 ? (
            <p className="portal-empty">{formatMessage(f.imu.noProperties, { year: String(year) })}</p>
          ) : (
            <>
              <ul className="list-unstyled row g-4">
                {result.imu.properties.map((property) => (
                  <li key={property.id} className="col-12 col-lg-6">
                    <PropertyCard property={property} locale={locale} t={f} />
                  </li>
                ))}
              </ul>
              <Link
                className="btn btn-primary mt-2"
                href={`${f24Routes.summary}?${new URLSearchParams({ anno: String(year) })}`}
              >
                {f.imu.continue}
              </Link>
            </>
          )}
        </section>
      )}
      <RatingComponent page="/pagamenti/imu" labels={t.serviceModel.rating} />
    </div>
  );
}

function PropertyCard({
  property,
  locale,
  t,
}: {
  property: AssessedProperty;
  locale: Locale;
  t: Dictionary['f24'];
}) {
  const reference = [
    formatMessage(t.imu.reference, { foglio: property.foglio, particella: property.particella }),
    property.subalterno ? formatMessage(t.imu.subalterno, { subalterno: property.subalterno }) : null,
    property.cadastralCategory
      ? formatMessage(t.imu.category, { category: property.cadastralCategory })
      : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <article className="card card-bg rounded h-100 no-after">
      <div className="card-body">
        <h3 className="card-title h5 mb-1">{property.address ?? t.kinds[property.kind]}</h3>
        <p className="small mb-3">
          {t.kinds[property.kind]} · {reference}
        </p>
        <dl className="row mb-0 small">
          <dt className="col-7">{t.imu.base}</dt>
          <dd className="col-5 text-end text-nowrap">{formatEuro(property.base, locale)}</dd>
          <dt className="col-7">{t.imu.months}</dt>
          <dd className="col-5 text-end text-nowrap">{property.months}</dd>
          <dt className="col-7">{t.imu.annual}</dt>
          <dd className="col-5 text-end text-nowrap fw-semibold">{formatEuro(property.annual, locale)}</dd>
        </dl>
        <ExplanationList items={property.explanation} summary={t.imu.howComputed} />
      </div>
    </article>
  );
}

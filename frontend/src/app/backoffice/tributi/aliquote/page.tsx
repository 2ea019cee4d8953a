import type { Metadata } from 'next';
import Link from 'next/link';
import { ImuRateFields } from '../../../../components/f24/imu-rate-fields';
import { ImuRateYearsTable } from '../../../../components/f24/imu-rate-years-table';
import { OfficeForm } from '../../../../components/f24/office-form';
import { OfficeForbidden } from '../../../../components/layout/office-forbidden';
import { formatMessage } from '../../../../i18n/format-message';
import { getI18n } from '../../../../i18n/get-i18n';
import { getImuRateCategories, getImuRates } from '../../../../lib/api/f24';
import { f24Routes } from '../../../../lib/f24/f24-routes';
import { taxesOfficeUser } from '../../../../lib/f24/taxes-office';
import { saveRatesAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.f24.office.rates.title };
}

/**
 * IMU rates per year: the list, and a form prefilled with the latest year's values. The rate columns and
 * fields are the backend's catalogue of categories, labels included.
 */
export default async function ImuRatesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const [{ locale, t }, { allowed }] = await Promise.all([getI18n(), taxesOfficeUser(f24Routes.rates)]);
  const r = t.f24.office.rates;
  if (!allowed) return <OfficeForbidden title={r.title} text={t.f24.office.forbidden} />;
  const [years, categories] = await Promise.all([getImuRates(), getImuRateCategories()]);
  const saved = typeof params.salvato === 'string' ? params.salvato : undefined;

  return (
    <div className="container portal-page">
      <h1 className="mb-3">{r.title}</h1>
      <p className="lead">{r.lead}</p>
      {saved && (
        <div className="alert alert-success" role="status">
          {formatMessage(r.saved, { year: saved })}
        </div>
      )}

      <section className="mt-4" aria-labelledby="years-title">
        <h2 id="years-title" className="h4">
          {r.listTitle}
        </h2>
        <ImuRateYearsTable years={years} categories={categories} t={r} locale={locale} />
      </section>

      <section className="mt-5" aria-labelledby="form-title">
        <h2 id="form-title" className="h4">
          {r.formTitle}
        </h2>
        <OfficeForm
          action={saveRatesAction}
          labels={{
            submit: r.save,
            pending: r.saving,
            refused: r.refused,
            field: t.f24.office.field,
          }}
        >
          <ImuRateFields latest={years[0]} categories={categories} t={r} locale={locale} />
        </OfficeForm>
      </section>
      <p className="mt-4">
        <Link href={f24Routes.office}>{t.f24.office.back}</Link>
      </p>
    </div>
  );
}

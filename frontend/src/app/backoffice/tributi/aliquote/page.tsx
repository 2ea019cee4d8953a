import type { Metadata } from 'next';
import Link from 'next/link';
import { OfficeForbidden } from '../../../../components/f24/office-forbidden';
import { OfficeForm } from '../../../../components/f24/office-form';
import { ScrollableTable } from '../../../../components/f24/scrollable-table';
import { TextField } from '../../../../components/f24/text-field';
import { formatMessage } from '../../../../i18n/format-message';
import { getI18n } from '../../../../i18n/get-i18n';
import { getImuRateCategories, getImuRates, type ImuRateCategory } from '../../../../lib/api/f24';
import { formatEuro, formatIsoDate } from '../../../../lib/f24/f24-formatting';
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
  const rateLabel = (category: ImuRateCategory) => formatMessage(r.rate, { label: category.label[locale] });
  const latest = years[0];
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
        {years.length === 0 ? (
          <p className="portal-empty">{r.empty}</p>
        ) : (
          <ScrollableTable label={r.listTitle}>
            <table className="table table-sm align-middle">
              <thead>
                <tr>
                  <th scope="col">{r.year}</th>
                  <th scope="col">{r.label}</th>
                  {categories.map((category) => (
                    <th scope="col" key={category.key} className="text-end text-nowrap">
                      {rateLabel(category)}
                    </th>
                  ))}
                  <th scope="col" className="text-end text-nowrap">
                    {r.deduction}
                  </th>
                  <th scope="col" className="text-end text-nowrap">
                    {r.minimum}
                  </th>
                </tr>
              </thead>
              <tbody>
                {years.map((year) => (
                  <tr key={year.year}>
                    <th scope="row">{year.year}</th>
                    <td>
                      {year.label}
                      <br />
                      <span className="small text-secondary">
                        {formatMessage(r.updatedAt, {
                          date: formatIsoDate(year.updatedAt.slice(0, 10), locale),
                        })}
                      </span>
                    </td>
                    {categories.map((category) => (
                      <td key={category.key} className="text-end text-nowrap">
                        {year.rates[category.key]}
                      </td>
                    ))}
                    <td className="text-end text-nowrap">
                      {formatEuro(year.mainResidenceDeduction, locale)}
                    </td>
                    <td className="text-end text-nowrap">{formatEuro(year.minimumAmount, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollableTable>
        )}
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
          <div className="row">
            <TextField
              name="year"
              label={r.year}
              type="number"
              inputMode="numeric"
              defaultValue={String(latest ? latest.year + 1 : new Date().getFullYear())}
              required
              className="col-12 col-md-3"
            />
            <TextField name="label" label={r.label} hint={r.labelHint} className="col-12 col-md-9" />
            {categories.map((category) => (
              <TextField
                key={category.key}
                name={category.key}
                label={rateLabel(category)}
                inputMode="decimal"
                defaultValue={latest?.rates[category.key]}
                required
                className="col-12 col-md-4"
              />
            ))}
            <TextField
              name="mainResidenceDeduction"
              label={r.deduction}
              inputMode="decimal"
              defaultValue={latest?.mainResidenceDeduction ?? '200.00'}
              required
              className="col-12 col-md-4"
            />
            <TextField
              name="minimumAmount"
              label={r.minimum}
              inputMode="decimal"
              defaultValue={latest?.minimumAmount ?? '12.00'}
              required
              className="col-12 col-md-4"
            />
          </div>
          <div className="form-check mt-2">
            <input
              className="form-check-input"
              type="checkbox"
              id="formerTasiSurcharge"
              name="formerTasiSurcharge"
              defaultChecked={latest?.formerTasiSurcharge}
            />
            <label className="form-check-label" htmlFor="formerTasiSurcharge">
              {r.formerTasi}
            </label>
          </div>
        </OfficeForm>
      </section>
      <p className="mt-4">
        <Link href={f24Routes.office}>{t.f24.office.back}</Link>
      </p>
    </div>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { OfficeForbidden } from '../../../../components/f24/office-forbidden';
import { OfficeForm } from '../../../../components/f24/office-form';
import { ScrollableTable } from '../../../../components/f24/scrollable-table';
import { TextField } from '../../../../components/f24/text-field';
import { formatMessage } from '../../../../i18n/format-message';
import { getI18n } from '../../../../i18n/get-i18n';
import { getLegalInterestRates } from '../../../../lib/api/f24';
import { formatIsoDate } from '../../../../lib/f24/f24-formatting';
import { f24Routes } from '../../../../lib/f24/f24-routes';
import { taxesOfficeUser } from '../../../../lib/f24/taxes-office';
import { saveLegalInterestRateAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.f24.office.legalRates.title };
}

/**
 * Legal interest rates per year: the list with each decree, and a form to enter a new year or correct one
 * (`?anno=2027` prefills it, as the reminder on the office's home links).
 */
export default async function LegalInterestRatesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const [{ locale, t }, { user, allowed }] = await Promise.all([
    getI18n(),
    taxesOfficeUser(f24Routes.legalInterestRates),
  ]);
  const l = t.f24.office.legalRates;
  // The backend lets an admin correct a rate too.
  if (!allowed && !user.roles.includes('admin')) {
    return <OfficeForbidden title={l.title} text={t.f24.office.forbidden} />;
  }
  const years = await getLegalInterestRates();
  const saved = typeof params.salvato === 'string' ? params.salvato : undefined;
  const requested =
    typeof params.anno === 'string' && /^\d{4}$/.test(params.anno) ? Number(params.anno) : null;
  const editing = requested === null ? undefined : years.find((row) => row.year === requested);
  const formYear = requested ?? (years[0] ? years[0].year + 1 : Number(new Date().getFullYear()));

  return (
    <div className="container portal-page">
      <h1 className="mb-3">{l.title}</h1>
      <p className="lead">{l.lead}</p>
      {saved && (
        <div className="alert alert-success" role="status">
          {formatMessage(l.saved, { year: saved })}
        </div>
      )}

      <section className="mt-4" aria-labelledby="years-title">
        <h2 id="years-title" className="h4">
          {l.listTitle}
        </h2>
        {years.length === 0 ? (
          <p className="portal-empty">{l.empty}</p>
        ) : (
          <ScrollableTable label={l.listTitle}>
            <table className="table table-sm align-middle">
              <thead>
                <tr>
                  <th scope="col">{l.year}</th>
                  <th scope="col" className="text-end text-nowrap">
                    {l.rate}
                  </th>
                  <th scope="col">{l.source}</th>
                  <th scope="col">{l.updated}</th>
                  <th scope="col">
                    <span className="visually-hidden">{l.edit}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {years.map((row) => (
                  <tr key={row.year}>
                    <th scope="row">{row.year}</th>
                    <td className="text-end text-nowrap">{row.ratePercent}</td>
                    <td>{row.source}</td>
                    <td className="small">
                      {row.updatedBy
                        ? formatMessage(l.updatedBy, {
                            date: formatIsoDate(row.updatedAt.slice(0, 10), locale),
                            fiscalCode: row.updatedBy,
                          })
                        : l.initialData}
                    </td>
                    <td>
                      <Link
                        href={`${f24Routes.legalInterestRates}?${new URLSearchParams({ anno: String(row.year) })}#form-title`}
                        aria-label={formatMessage(l.editLabel, { year: String(row.year) })}
                      >
                        {l.edit}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollableTable>
        )}
      </section>

      <section className="mt-5" aria-labelledby="form-title">
        <h2 id="form-title" className="h4">
          {editing ? formatMessage(l.editTitle, { year: String(editing.year) }) : l.formTitle}
        </h2>
        <OfficeForm
          action={saveLegalInterestRateAction}
          labels={{ submit: l.save, pending: l.saving, refused: l.refused, field: t.f24.office.field }}
        >
          {/* A new key when the year changes, so the prefilled values follow the link that was followed. */}
          <div className="row" key={formYear}>
            <TextField
              name="year"
              label={l.year}
              type="number"
              inputMode="numeric"
              defaultValue={String(formYear)}
              required
              className="col-12 col-md-3"
            />
            <TextField
              name="ratePercent"
              label={l.rate}
              hint={l.rateHint}
              inputMode="decimal"
              defaultValue={editing?.ratePercent}
              required
              className="col-12 col-md-3"
            />
            <TextField
              name="source"
              label={l.source}
              hint={l.sourceHint}
              defaultValue={editing?.source}
              required
              className="col-12 col-md-6"
            />
          </div>
        </OfficeForm>
      </section>
      <p className="mt-4">
        <Link href={f24Routes.office}>{t.f24.office.back}</Link>
      </p>
    </div>
  );
}

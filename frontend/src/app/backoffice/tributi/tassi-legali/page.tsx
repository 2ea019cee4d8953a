import type { Metadata } from 'next';
import Link from 'next/link';
import { LegalInterestRateFields } from '../../../../components/f24/legal-interest-rate-fields';
import { LegalInterestRateTable } from '../../../../components/f24/legal-interest-rate-table';
import { OfficeForm } from '../../../../components/f24/office-form';
import { OfficeForbidden } from '../../../../components/layout/office-forbidden';
import { formatMessage } from '../../../../i18n/format-message';
import { getI18n } from '../../../../i18n/get-i18n';
import { getLegalInterestRates } from '../../../../lib/api/f24';
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
        <LegalInterestRateTable years={years} t={l} locale={locale} />
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
          <LegalInterestRateFields key={formYear} year={formYear} editing={editing} t={l} />
        </OfficeForm>
      </section>
      <p className="mt-4">
        <Link href={f24Routes.office}>{t.f24.office.back}</Link>
      </p>
    </div>
  );
}

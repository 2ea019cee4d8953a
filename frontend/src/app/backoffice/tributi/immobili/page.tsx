import type { Metadata } from 'next';
import Link from 'next/link';
import { OfficeForbidden } from '../../../../components/layout/office-forbidden';
import { getI18n } from '../../../../i18n/get-i18n';
import { f24Routes } from '../../../../lib/f24/f24-routes';
import { taxesOfficeUser } from '../../../../lib/f24/taxes-office';
import { PropertySearchForm } from './property-search-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.f24.office.properties.title };
}

/** Properties by owner: the search is posted (PropertySearchForm), so no codice fiscale lands in the address. */
export default async function PropertiesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const [{ locale, t }, { allowed }] = await Promise.all([getI18n(), taxesOfficeUser(f24Routes.properties)]);
  const p = t.f24.office.properties;
  if (!allowed) return <OfficeForbidden title={p.title} text={t.f24.office.forbidden} />;

  return (
    <div className="container portal-page">
      <h1 className="mb-3">{p.title}</h1>
      {params.registrato === '1' && (
        <div className="alert alert-success" role="status">
          {t.f24.office.newProperty.saved}
        </div>
      )}
      <PropertySearchForm t={t.f24} locale={locale} />
      <p className="mt-4">
        <Link href={f24Routes.office}>{t.f24.office.back}</Link>
      </p>
    </div>
  );
}

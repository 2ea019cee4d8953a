import type { Metadata } from 'next';
import { OfficeForbidden } from '../../../components/layout/office-forbidden';
import { RegistryOfficeHeader } from '../../../components/registry/registry-office-header';
import { getI18n } from '../../../i18n/get-i18n';
import { requireUser } from '../../../lib/auth/require-user';
import { canUseRegistryOffice } from '../../../lib/registry/registry-office-access';
import { registryRoutes } from '../../../lib/registry/registry-routes';
import { RegistrySearchForm } from './registry-search-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.registry.office.search.title };
}

/** The registry office's search; posted (RegistrySearchForm), so no codice fiscale ever lands in the address. */
export default async function RegistrySearchPage() {
  const [{ locale, t }, user] = await Promise.all([getI18n(), requireUser(registryRoutes.office)]);
  const o = t.registry.office;
  const s = o.search;
  if (!canUseRegistryOffice(user)) {
    return <OfficeForbidden title={s.title} text={o.forbidden} />;
  }
  return (
    <div className="container portal-page">
      <RegistryOfficeHeader section="search" title={s.title} lead={s.lead} t={o} />
      <RegistrySearchForm t={s} locale={locale} />
    </div>
  );
}

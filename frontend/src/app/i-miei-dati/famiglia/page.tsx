import type { Metadata } from 'next';
import { HouseholdTable } from '../../../components/registry/household-table';
import { RegistryPageHeader } from '../../../components/registry/registry-page-header';
import { RegistryProblem } from '../../../components/registry/registry-problem';
import { formatMessage } from '../../../i18n/format-message';
import { getI18n } from '../../../i18n/get-i18n';
import { getHousehold } from '../../../lib/api/registry';
import { requireUser } from '../../../lib/auth/require-user';
import { loadRegistry } from '../../../lib/registry/load-registry';
import { registryRoutes } from '../../../lib/registry/registry-routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.registry.household.title };
}

/** "La mia famiglia": the famiglia anagrafica, its address and every member's relationship to the head. */
export default async function MyHouseholdPage() {
  const [{ locale, t }] = await Promise.all([getI18n(), requireUser(registryRoutes.household)]);
  const h = t.registry.household;
  const household = await loadRegistry(getHousehold);

  return (
    <div className="container portal-page">
      <RegistryPageHeader section="household" title={h.title} lead={h.lead} t={t} />
      {household.ok ? (
        <>
          <p>{formatMessage(h.address, { address: household.data.address.text })}</p>
          <HouseholdTable household={household.data} t={h} locale={locale} />
        </>
      ) : (
        <RegistryProblem problem={household.problem} />
      )}
    </div>
  );
}

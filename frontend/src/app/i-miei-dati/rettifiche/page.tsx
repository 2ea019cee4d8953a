import type { Metadata } from 'next';
import { CorrectionForm } from '../../../components/registry/correction-form';
import { CorrectionList } from '../../../components/registry/correction-list';
import { RegistryPageHeader } from '../../../components/registry/registry-page-header';
import { RegistryProblem } from '../../../components/registry/registry-problem';
import { getI18n } from '../../../i18n/get-i18n';
import { getHousehold, getMyCorrections } from '../../../lib/api/registry';
import { requireUser } from '../../../lib/auth/require-user';
import { loadRegistry } from '../../../lib/registry/load-registry';
import { registryRoutes } from '../../../lib/registry/registry-routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.registry.corrections.title };
}

/** Richieste di rettifica: the form (for oneself or a household member) and the list with the office's answers. */
export default async function CorrectionsPage() {
  const [{ locale, t }] = await Promise.all([getI18n(), requireUser(registryRoutes.corrections)]);
  const c = t.registry.corrections;
  const [household, corrections] = await Promise.all([
    loadRegistry(getHousehold),
    loadRegistry(getMyCorrections),
  ]);
  const problem = !household.ok ? household.problem : !corrections.ok ? corrections.problem : null;

  return (
    <div className="container portal-page">
      <RegistryPageHeader section="corrections" title={c.title} lead={c.lead} t={t} />
      {household.ok && corrections.ok ? (
        <>
          <section className="mb-5" aria-labelledby="corrections-list-title">
            <h2 id="corrections-list-title" className="h4">
              {c.listTitle}
            </h2>
            <CorrectionList items={corrections.data} t={c} promise={t.serviceModel.promise} locale={locale} />
          </section>
          <CorrectionForm
            subjects={household.data.members.map((member) => ({
              personId: member.personId,
              name: `${member.givenName} ${member.familyName}`,
              isYou: member.isYou,
            }))}
            t={c}
            locale={locale}
          />
        </>
      ) : (
        problem && <RegistryProblem problem={problem} />
      )}
    </div>
  );
}

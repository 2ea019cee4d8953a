import type { Metadata } from 'next';
import { OfficeForbidden } from '../../../../components/layout/office-forbidden';
import { ImportAutoRefresh } from '../../../../components/registry/import-auto-refresh';
import { ImportJobList } from '../../../../components/registry/import-job-list';
import { ImportUploadForm } from '../../../../components/registry/import-upload-form';
import { RegistryOfficeHeader } from '../../../../components/registry/registry-office-header';
import { RegistryProblem } from '../../../../components/registry/registry-problem';
import { getI18n } from '../../../../i18n/get-i18n';
import { getImportJobs } from '../../../../lib/api/registry';
import { requireUser } from '../../../../lib/auth/require-user';
import { isImportRunning } from '../../../../lib/registry/import-job-progress';
import { loadRegistry } from '../../../../lib/registry/load-registry';
import { canUseRegistryOffice } from '../../../../lib/registry/registry-office-access';
import { registryRoutes } from '../../../../lib/registry/registry-routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.registry.office.imports.title };
}

/** Imports of the whole registry: upload a file, and follow the recent imports while they run. */
export default async function RegistryImportsPage() {
  const [{ locale, t }, user] = await Promise.all([getI18n(), requireUser(registryRoutes.officeImports)]);
  const o = t.registry.office;
  const im = o.imports;
  if (!canUseRegistryOffice(user)) {
    return <OfficeForbidden title={im.title} text={o.forbidden} />;
  }
  const jobs = await loadRegistry(getImportJobs);

  return (
    <div className="container portal-page">
      <ImportAutoRefresh running={jobs.ok && jobs.data.some((job) => isImportRunning(job.state))} />
      <RegistryOfficeHeader section="imports" title={im.title} lead={im.lead} t={o} />
      <div className="mb-5">
        <ImportUploadForm t={im} />
      </div>
      <section aria-labelledby="imports-list-title">
        <h2 id="imports-list-title" className="h4">
          {im.listTitle}
        </h2>
        {jobs.ok ? (
          <ImportJobList jobs={jobs.data} t={im} locale={locale} />
        ) : (
          <RegistryProblem problem={jobs.problem} />
        )}
      </section>
    </div>
  );
}

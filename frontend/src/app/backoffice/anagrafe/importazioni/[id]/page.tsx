import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Fragment } from 'react';
import { OfficeForbidden } from '../../../../../components/layout/office-forbidden';
import { ImportAutoRefresh } from '../../../../../components/registry/import-auto-refresh';
import { ImportJobProgress } from '../../../../../components/registry/import-job-progress';
import { ImportJobReport } from '../../../../../components/registry/import-job-report';
import { ImportStateBadge } from '../../../../../components/registry/import-state-badge';
import { RegistryOfficeHeader } from '../../../../../components/registry/registry-office-header';
import { RegistryProblem } from '../../../../../components/registry/registry-problem';
import { formatMessage } from '../../../../../i18n/format-message';
import { getI18n } from '../../../../../i18n/get-i18n';
import { getImportJob } from '../../../../../lib/api/registry';
import { requireUser } from '../../../../../lib/auth/require-user';
import { isImportRunning } from '../../../../../lib/registry/import-job-progress';
import { loadRegistry } from '../../../../../lib/registry/load-registry';
import { formatFileSize, formatItalianTime } from '../../../../../lib/registry/registry-formatting';
import { canUseRegistryOffice } from '../../../../../lib/registry/registry-office-access';
import { registryRoutes } from '../../../../../lib/registry/registry-routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.registry.office.imports.title };
}

/** One import: its phase and counters, refreshed while it runs, then the changes made or the rows to fix. */
export default async function RegistryImportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [{ locale, t }, user] = await Promise.all([getI18n(), requireUser(registryRoutes.officeImport(id))]);
  const o = t.registry.office;
  const im = o.imports;
  if (!canUseRegistryOffice(user)) {
    return <OfficeForbidden title={im.title} text={o.forbidden} />;
  }
  const loaded = await loadRegistry(() => getImportJob(id));
  if (!loaded.ok) {
    if (loaded.problem.code === 'REGISTRY_IMPORT_NOT_FOUND') notFound();
    return (
      <div className="container portal-page">
        <RegistryOfficeHeader section="imports" title={im.title} t={o} />
        <RegistryProblem problem={loaded.problem} />
      </div>
    );
  }
  const job = loaded.data;
  const j = im.job;
  const details = [
    { label: j.source, value: im.sources[job.source] },
    { label: j.startedBy, value: job.startedBy ?? j.system, mono: job.startedBy !== null },
    { label: j.createdAt, value: formatItalianTime(job.createdAt, locale) },
    ...(job.finishedAt ? [{ label: j.finishedAt, value: formatItalianTime(job.finishedAt, locale) }] : []),
    ...(job.fileSize !== null ? [{ label: j.fileSize, value: formatFileSize(job.fileSize, locale) }] : []),
    ...(job.fileSha256 ? [{ label: j.fileSha256, value: job.fileSha256, mono: true }] : []),
  ];

  return (
    <div className="container portal-page">
      <ImportAutoRefresh running={isImportRunning(job.state)} />
      <RegistryOfficeHeader
        section="imports"
        title={formatMessage(j.title, { file: job.fileName ?? im.unnamed })}
        t={o}
      />
      <p>
        <ImportStateBadge state={job.state} t={im.states} />
      </p>
      <ImportJobProgress job={job} t={j} locale={locale} />
      <ImportJobReport job={job} t={j} locale={locale} />
      <section aria-labelledby="import-details-title" className="mt-4">
        <h2 id="import-details-title" className="h4">
          {j.detailsTitle}
        </h2>
        <dl className="row">
          {details.map((detail) => (
            <Fragment key={detail.label}>
              <dt className="col-12 col-md-3">{detail.label}</dt>
              <dd className={`col-12 col-md-9 text-break${detail.mono ? ' font-monospace' : ''}`}>
                {detail.value}
              </dd>
            </Fragment>
          ))}
        </dl>
      </section>
      <p className="mt-4">
        <Link href={registryRoutes.officeImports}>{j.back}</Link>
      </p>
    </div>
  );
}

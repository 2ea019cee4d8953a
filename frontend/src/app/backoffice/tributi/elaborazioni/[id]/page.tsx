import type { Metadata } from 'next';
import Link from 'next/link';
import { AutoRefresh } from '../../../../../components/f24/auto-refresh';
import { ProgressBar } from '../../../../../components/f24/progress-bar';
import { Icon } from '../../../../../components/icon/icon';
import { OfficeForbidden } from '../../../../../components/layout/office-forbidden';
import { formatMessage } from '../../../../../i18n/format-message';
import { getI18n } from '../../../../../i18n/get-i18n';
import { getBulkJob } from '../../../../../lib/api/f24';
import { orNotFound } from '../../../../../lib/api/or-not-found';
import { f24Routes } from '../../../../../lib/f24/f24-routes';
import { taxesOfficeUser } from '../../../../../lib/f24/taxes-office';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.f24.office.bulk.title };
}

/** One bulk generation: a progress bar that refreshes itself while the job runs, then the archive. */
export default async function BulkJobPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [{ t }, { allowed }] = await Promise.all([getI18n(), taxesOfficeUser(`${f24Routes.bulkJobs}/${id}`)]);
  const b = t.f24.office.bulk;
  if (!allowed) return <OfficeForbidden title={b.title} text={t.f24.office.forbidden} />;
  const job = await orNotFound(getBulkJob(id));
  const running = job.status === 'running';
  const title = formatMessage(b.job, {
    instalment: t.f24.instalments[job.instalment],
    year: String(job.year),
  });

  return (
    <div className="container portal-page">
      <AutoRefresh active={running} />
      <h1 className="mb-3">
        {b.title}: {title}
      </h1>
      <p>
        <span className={`badge ${running ? 'bg-warning' : 'bg-success'}`}>
          {running ? b.running : b.completed}
        </span>
      </p>
      <ProgressBar
        value={job.done}
        max={job.total}
        label={b.progressLabel}
        text={formatMessage(b.progress, { done: String(job.done), total: String(job.total) })}
      />
      <dl className="row mt-4">
        <dt className="col-8 col-md-4">{b.documents}</dt>
        <dd className="col-4 col-md-8">{job.documents}</dd>
        <dt className="col-8 col-md-4">{b.nothingDue}</dt>
        <dd className="col-4 col-md-8">{job.nothingDue}</dd>
        <dt className="col-8 col-md-4">{b.failed}</dt>
        <dd className="col-4 col-md-8">{job.failed}</dd>
      </dl>
      {job.documents > 0 && (
        <a className="btn btn-primary btn-icon" href={job.archive} download>
          <Icon name="download" className="icon-white me-2" />
          <span>{b.archive}</span>
        </a>
      )}
      {job.failures.length > 0 && (
        <section className="mt-5" aria-labelledby="failures-title">
          <h2 id="failures-title" className="h4">
            {b.failuresTitle}
          </h2>
          <ul className="small">
            {job.failures.map((failure) => (
              <li key={failure.fiscalCode}>
                <strong>{failure.fiscalCode}</strong>: {failure.detail}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="mt-4">
        <Link href={f24Routes.bulkJobs}>{b.listTitle}</Link>
      </p>
    </div>
  );
}

import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { BulkJob } from '../../lib/api/f24';
import { formatIsoDate } from '../../lib/f24/f24-formatting';
import { f24Routes } from '../../lib/f24/f24-routes';
import { ProgressBar } from './progress-bar';

/** Every bulk F24 run with its state, its start day and how far it has got; each links to its own page. */
export function BulkJobList({ jobs, t, locale }: { jobs: BulkJob[]; t: Dictionary['f24']; locale: Locale }) {
  const b = t.office.bulk;
  if (jobs.length === 0) return <p className="portal-empty">{b.empty}</p>;
  return (
    <ul className="list-unstyled mb-0">
      {jobs.map((job) => (
        <li key={job.id} className="border-bottom py-3">
          <div className="d-flex flex-wrap justify-content-between gap-2">
            <p className="fw-semibold mb-1">
              <Link href={`${f24Routes.bulkJobs}/${job.id}`}>
                {formatMessage(b.job, { instalment: t.instalments[job.instalment], year: String(job.year) })}
              </Link>{' '}
              <span className={`badge ${job.status === 'running' ? 'bg-warning' : 'bg-success'}`}>
                {job.status === 'running' ? b.running : b.completed}
              </span>
            </p>
            <p className="small mb-1">
              {formatMessage(b.startedOn, { date: formatIsoDate(job.createdAt.slice(0, 10), locale) })}
            </p>
          </div>
          <ProgressBar
            value={job.done}
            max={job.total}
            label={b.progressLabel}
            text={formatMessage(b.progress, { done: String(job.done), total: String(job.total) })}
          />
        </li>
      ))}
    </ul>
  );
}

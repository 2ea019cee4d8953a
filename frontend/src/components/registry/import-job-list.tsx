import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/locale';
import type { ImportJobSummary } from '../../lib/api/registry';
import { formatCount, formatItalianTime } from '../../lib/registry/registry-formatting';
import { registryRoutes } from '../../lib/registry/registry-routes';
import { ImportStateBadge } from './import-state-badge';

/** The recent imports, newest first, each linking to its progress and report. */
export function ImportJobList({
  jobs,
  t,
  locale,
}: {
  jobs: ImportJobSummary[];
  t: Dictionary['registry']['office']['imports'];
  locale: Locale;
}) {
  if (jobs.length === 0) return <p className="portal-empty">{t.empty}</p>;
  const c = t.columns;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways on a phone must be reachable by keyboard
    <section className="table-responsive" tabIndex={0} aria-label={t.caption}>
      <table className="table align-middle">
        <caption className="caption-top">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.file}</th>
            <th scope="col">{c.state}</th>
            <th scope="col" className="text-end">
              {c.rowsRead}
            </th>
            <th scope="col" className="text-end">
              {c.rowsRejected}
            </th>
            <th scope="col">{c.createdAt}</th>
            <th scope="col">{c.finishedAt}</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => (
            <tr key={job.id}>
              <th scope="row" className="portal-user-text">
                <Link href={registryRoutes.officeImport(job.id)}>{job.fileName ?? t.unnamed}</Link>{' '}
                <span className="d-block small fw-normal">{t.sources[job.source]}</span>
              </th>
              <td>
                <ImportStateBadge state={job.state} t={t.states} />
              </td>
              <td className="text-end">{formatCount(job.rowsRead, locale)}</td>
              <td className="text-end">{formatCount(job.rowsRejected, locale)}</td>
              <td>{formatItalianTime(job.createdAt, locale)}</td>
              <td>{job.finishedAt ? formatItalianTime(job.finishedAt, locale) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

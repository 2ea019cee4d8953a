import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { ImportChanges, ImportJob, ImportProblem } from '../../lib/api/registry';
import { formatCount } from '../../lib/registry/registry-formatting';
import styles from './registry-import.module.css';

type JobTexts = Dictionary['registry']['office']['imports']['job'];

function ChangesReport({ changes, t, locale }: { changes: ImportChanges; t: JobTexts; locale: Locale }) {
  const rows: { label: string; inserted: number; updated: number | null }[] = [
    { label: t.tables.streets, inserted: changes.streetsInserted, updated: changes.streetsUpdated },
    { label: t.tables.persons, inserted: changes.personsInserted, updated: changes.personsUpdated },
    { label: t.tables.households, inserted: changes.householdsInserted, updated: changes.householdsUpdated },
    {
      label: t.tables.memberships,
      inserted: changes.membershipsInserted,
      updated: changes.membershipsUpdated,
    },
    { label: t.tables.events, inserted: changes.eventsInserted, updated: null },
  ];
  const { personsNotInFile: _kept, ...writes } = changes;
  const unchanged = Object.values(writes).every((count) => count === 0);
  return (
    <>
      <div className="alert alert-success" role="status">
        {unchanged ? t.unchanged : t.completed}
      </div>
      <section aria-labelledby="import-changes-title">
        <h2 id="import-changes-title" className="h4">
          {t.changesTitle}
        </h2>
        <table className="table align-middle">
          <caption className="caption-top">{t.changesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.changeColumns.table}</th>
              <th scope="col" className="text-end">
                {t.changeColumns.inserted}
              </th>
              <th scope="col" className="text-end">
                {t.changeColumns.updated}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td className="text-end">{formatCount(row.inserted, locale)}</td>
                <td className="text-end">
                  {row.updated === null ? (
                    <>
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">{t.notApplicable}</span>
                    </>
                  ) : (
                    formatCount(row.updated, locale)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <ul>
          <li>
            {formatMessage(t.membershipsClosed, { count: formatCount(changes.membershipsClosed, locale) })}
          </li>
          <li>{formatMessage(t.headsChanged, { count: formatCount(changes.headsChanged, locale) })}</li>
          <li>
            {formatMessage(t.personsNotInFile, { count: formatCount(changes.personsNotInFile, locale) })}
          </li>
        </ul>
      </section>
    </>
  );
}

function ProblemsReport({
  problems,
  job,
  t,
  locale,
}: {
  problems: ImportProblem[];
  job: ImportJob;
  t: JobTexts;
  locale: Locale;
}) {
  const c = t.problemColumns;
  return (
    <>
      <div className="alert alert-danger" role="alert">
        {t.rejected}
      </div>
      <section aria-labelledby="import-problems-title">
        <h2 id="import-problems-title" className="h4">
          {t.problemsTitle}
        </h2>
        {job.errorCount > problems.length && (
          <p>
            {formatMessage(t.problemsTruncated, {
              shown: formatCount(problems.length, locale),
              total: formatCount(job.errorCount, locale),
            })}
          </p>
        )}
        <table className="table align-middle">
          <caption className="caption-top">{t.problemsCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className="text-end">
                {c.line}
              </th>
              <th scope="col">{c.field}</th>
              <th scope="col">{c.reason}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((problem, index) => (
              // The same line and column may carry two problems: the position in the report keeps keys unique.
              // biome-ignore lint/suspicious/noArrayIndexKey: the report is never reordered
              <tr key={index}>
                <th scope="row" className="text-end">
                  {problem.line}
                </th>
                <td className={styles.column}>
                  {problem.field ? (
                    <code>{problem.field}</code>
                  ) : (
                    <span className="fst-italic">{t.wholeRow}</span>
                  )}
                </td>
                <td>{problem.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

/** The outcome of a finished import: the changes made, the rows to fix, or the unexpected failure. */
export function ImportJobReport({ job, t, locale }: { job: ImportJob; t: JobTexts; locale: Locale }) {
  if (job.state === 'completed' && job.changes) {
    return <ChangesReport changes={job.changes} t={t} locale={locale} />;
  }
  if (job.state === 'rejected') {
    return <ProblemsReport problems={job.errors} job={job} t={t} locale={locale} />;
  }
  if (job.state === 'failed') {
    return (
      <div className="alert alert-danger" role="alert">
        <p className="mb-0">{t.failed}</p>
        {job.failure && (
          <p className="small mt-2 mb-0">{formatMessage(t.failure, { failure: job.failure })}</p>
        )}
      </div>
    );
  }
  return null;
}

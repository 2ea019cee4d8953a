import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { ImportJob } from '../../lib/api/registry';
import { IMPORT_STEPS, importStep, isImportRunning } from '../../lib/registry/import-job-progress';
import { formatCount } from '../../lib/registry/registry-formatting';
import styles from './registry-import.module.css';

/**
 * The phase the import has reached as a native progress bar (announced with its text by screen readers), and
 * the counters the backend updates while it reads the rows.
 */
export function ImportJobProgress({
  job,
  t,
  locale,
}: {
  job: ImportJob;
  t: Dictionary['registry']['office']['imports']['job'];
  locale: Locale;
}) {
  const step = importStep(job.phase);
  const text = formatMessage(t.progress, {
    step: String(step),
    steps: String(IMPORT_STEPS),
    phase: t.phases[job.phase],
  });
  const counters = [
    { label: t.rowsRead, value: job.rowsRead },
    { label: t.rowsValid, value: job.rowsValid },
    { label: t.rowsRejected, value: job.rowsRejected },
    { label: t.errorCount, value: job.errorCount },
  ];
  return (
    <section aria-labelledby="import-progress-title" className="mb-4">
      <h2 id="import-progress-title" className="visually-hidden">
        {t.progressLabel}
      </h2>
      <progress
        className={styles.progress}
        value={step}
        max={IMPORT_STEPS}
        aria-label={t.progressLabel}
        aria-valuetext={text}
      >
        {text}
      </progress>
      <p className="small mt-1" role="status">
        {text}
        {isImportRunning(job.state) && <> – {t.running}</>}
      </p>
      <dl className="row mb-0">
        {counters.map((counter) => (
          <div key={counter.label} className="col-6 col-md-3">
            <dt className="small fw-normal">{counter.label}</dt>
            <dd className="h4 mb-0">{formatCount(counter.value, locale)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

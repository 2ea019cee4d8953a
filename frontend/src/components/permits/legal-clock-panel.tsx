import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { LegalClock } from '../../lib/api/permits';
import { formatDay } from '../../lib/permits/permit-formatting';

/** The legal terms of the practice as the backend computed them from the law, with its explanation. */
export function LegalClockPanel({
  clock,
  t,
  locale,
}: {
  clock: LegalClock;
  t: Dictionary['permits'];
  locale: Locale;
}) {
  const d = t.detail;
  const tone = clock.overdue ? 'callout danger' : clock.paused ? 'callout warning' : 'callout';
  return (
    <section className="mt-5" aria-labelledby="deadlines-title">
      <h2 id="deadlines-title" className="h4 mb-3">
        {d.deadlines}
      </h2>
      <div className={tone}>
        <div className="callout-title">
          {clock.overdue
            ? d.overdue
            : clock.paused
              ? d.paused
              : clock.deadline
                ? formatMessage(d.legalDeadline, { date: formatDay(clock.deadline, locale) })
                : d.deadlines}
        </div>
        <p>{clock.explanation}</p>
        {clock.silentConsentDate && (
          <p className="mb-0">
            {formatMessage(d.silentConsent, { date: formatDay(clock.silentConsentDate, locale) })}
          </p>
        )}
      </div>
      {clock.milestones.length > 0 && (
        <dl className="row">
          {clock.milestones.map((milestone) => (
            <div className="col-12 d-flex flex-wrap gap-2" key={milestone.kind}>
              <dt className="fw-semibold">{d.milestones[milestone.kind]}:</dt>
              <dd className={milestone.overdue ? 'text-danger mb-1' : 'mb-1'}>
                {milestone.date ? formatDay(milestone.date, locale) : d.toBeDetermined}
                {milestone.overdue && ` ${d.overdueMark}`}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

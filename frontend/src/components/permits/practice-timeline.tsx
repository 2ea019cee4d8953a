import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { TimelineEntry } from '../../lib/api/permits';
import { formatDay, formatInstant } from '../../lib/permits/permit-formatting';

/** Every state change, newest first, with who made it and the note for the applicant (and, for staff, theirs). */
export function PracticeTimeline({
  entries,
  t,
  locale,
  showInternalNotes = false,
}: {
  entries: TimelineEntry[];
  t: Dictionary['permits'];
  locale: Locale;
  showInternalNotes?: boolean;
}) {
  const d = t.detail;
  return (
    <section className="mt-5" aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="h4 mb-3">
        {d.timeline}
      </h2>
      <ol className="list-unstyled border-start border-primary ps-4">
        {[...entries].reverse().map((entry) => (
          <li className="mb-4" key={entry.seq}>
            <p className="small text-muted mb-1">
              <time dateTime={entry.at}>{formatInstant(entry.at, locale)}</time> ·{' '}
              {formatMessage(d.by, { name: `${entry.actor.name} (${t.roles[entry.actor.role]})` })}
            </p>
            <p className="fw-semibold mb-1">
              {entry.fromLabel
                ? formatMessage(d.timelineEntry, { from: entry.fromLabel, to: entry.toLabel })
                : entry.toLabel}
            </p>
            {entry.publicNote && <p className="mb-1">{entry.publicNote}</p>}
            {entry.dueDate && (
              <p className="mb-1">{formatMessage(d.dueDate, { date: formatDay(entry.dueDate, locale) })}</p>
            )}
            {entry.decision && (
              <p className="mb-1">
                {formatMessage(d.decision, {
                  number: entry.decision.number,
                  date: formatDay(entry.decision.date, locale),
                })}
              </p>
            )}
            {showInternalNotes && entry.internalNote && (
              <p className="mb-1 fst-italic text-secondary">
                {formatMessage(t.staff.internalNote, { note: entry.internalNote })}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { PersonalAreaSummary } from '../../lib/api/personal-area';
import { formatEuro, formatIsoDate } from '../../lib/f24/f24-formatting';
import { deadlineLabel } from './deadline-label';
import { DeskSection } from './desk-section';

/** Every coming deadline (IMU, integrations, identity document), overdue ones marked. */
export function DeadlinesDesk({
  deadlines,
  t,
  locale,
}: {
  deadlines: PersonalAreaSummary['deadlines'];
  t: Dictionary;
  locale: Locale;
}) {
  const s = t.personalArea.sections.deadlines;
  return (
    <DeskSection
      id="scadenze"
      icon="calendar"
      title={s.title}
      description={s.description}
      count={formatMessage(s.count, { count: String(deadlines.length) })}
    >
      {deadlines.length === 0 ? (
        <p className="mb-0">{s.empty}</p>
      ) : (
        <ul className="mb-0 ps-3">
          {deadlines.map((deadline) => (
            <li key={`${deadline.kind}-${deadline.date}-${deadline.reference}`} className="mb-1">
              <Link href={deadline.href}>{deadlineLabel(deadline, t)}</Link>
              <br />
              <span className="small">
                {deadline.overdue && <strong>{s.overdue}: </strong>}
                {formatIsoDate(deadline.date, locale)}
                {deadline.amount && ` — ${formatEuro(deadline.amount, locale)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </DeskSection>
  );
}

import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { PersonalAreaSummary } from '../../lib/api/personal-area';
import { formatIsoDate } from '../../lib/f24/f24-formatting';
import { permitRoutes } from '../../lib/permits/permit-routes';
import { DeskSection } from './desk-section';

/** The resident's building practices: those waiting for them first, each with its due date or its state. */
export function PracticesDesk({
  practices,
  t,
  locale,
}: {
  practices: PersonalAreaSummary['practices'];
  t: Dictionary;
  locale: Locale;
}) {
  const s = t.personalArea.sections.practices;
  return (
    <DeskSection
      id="pratiche"
      icon="folder"
      title={s.title}
      description={s.description}
      count={formatMessage(s.count, { count: String(practices.total) })}
      more={{ href: permitRoutes.home, label: s.all }}
    >
      {practices.next.length === 0 ? (
        <p className="mb-0">{s.empty}</p>
      ) : (
        <ul className="mb-0 ps-3">
          {practices.next.map((practice) => (
            <li key={practice.id} className="mb-1">
              <Link href={permitRoutes.practice(practice.id)}>
                {practice.protocolNumber} — {practice.address}
              </Link>
              <br />
              <span className="small">
                {practice.actionNeeded ? (
                  <strong>
                    {practice.dueDate
                      ? formatMessage(s.actionNeeded, { date: formatIsoDate(practice.dueDate, locale) })
                      : s.actionNeededNoDate}
                  </strong>
                ) : (
                  (t.permits.buckets[practice.bucket] ?? practice.bucket)
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </DeskSection>
  );
}

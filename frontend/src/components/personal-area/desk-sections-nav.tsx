import type { Dictionary } from '../../i18n/dictionary';
import type { PersonalAreaSummary } from '../../lib/api/personal-area';

/** Anchors to the five sections with their counts, so a screen reader or a phone jumps straight to one. */
export function DeskSectionsNav({
  summary,
  toPay,
  t,
}: {
  summary: PersonalAreaSummary;
  toPay: number;
  t: Dictionary['personalArea'];
}) {
  const s = t.sections;
  const documents = summary.documents.certificates + summary.documents.f24 + summary.documents.uploads;
  const links = [
    ['pratiche', s.practices.title, summary.practices.total],
    ['pagamenti', s.payments.title, toPay],
    ['documenti', s.documents.title, documents],
    ['messaggi', s.messages.title, summary.messages.unread],
    ['scadenze', s.deadlines.title, summary.deadlines.length],
  ] as const;
  return (
    <nav aria-label={t.sectionsNavigation} className="mb-4">
      <ul className="list-inline mb-0">
        {links.map(([anchor, title, count]) => (
          <li key={anchor} className="list-inline-item me-3 mb-2">
            <a href={`#${anchor}`}>
              {title} <span className="badge bg-primary">{count}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

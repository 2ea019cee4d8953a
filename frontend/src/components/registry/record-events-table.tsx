import type { Dictionary } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/locale';
import type { PersonRecord } from '../../lib/api/registry';
import { formatCivilDate } from '../../lib/registry/registry-formatting';

/** The registry events of a person, each with its day and, when it has one, its place. */
export function RecordEventsTable({
  events,
  t,
  locale,
}: {
  events: PersonRecord['events'];
  t: Dictionary['registry']['office']['record'];
  locale: Locale;
}) {
  if (events.length === 0) return <p className="portal-empty">{t.noEvents}</p>;
  const e = t.eventColumns;
  return (
    <div className="table-responsive">
      <table className="table align-middle">
        <caption className="caption-top">{t.eventsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{e.date}</th>
            <th scope="col">{e.event}</th>
            <th scope="col">{e.place}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={`${event.kind.code}-${event.date}`}>
              <th scope="row" className="fw-normal">
                {formatCivilDate(event.date, locale)}
              </th>
              <td>{event.kind.label}</td>
              <td>{event.place?.name ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

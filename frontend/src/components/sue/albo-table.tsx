import type { Dictionary } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/locale';
import type { AlboEntry } from '../../lib/api/sue';
import { formatDay } from '../../lib/permits/permit-formatting';

/** Granted permessi di costruire as the albo publishes them: number, date, holder, location, works. */
export function AlboTable({
  entries,
  t,
  locale,
  showUntil,
}: {
  entries: AlboEntry[];
  t: Dictionary['sue']['albo'];
  locale: Locale;
  showUntil: boolean;
}) {
  return (
    <div className="table-responsive">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t.number}</th>
            <th scope="col">{t.date}</th>
            <th scope="col">{t.holder}</th>
            <th scope="col">{t.location}</th>
            <th scope="col">{t.intervention}</th>
            {showUntil && <th scope="col">{t.until}</th>}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <th scope="row">{entry.number}</th>
              <td>{formatDay(entry.date, locale)}</td>
              <td>{entry.holder}</td>
              <td>{entry.location}</td>
              <td>{entry.intervention}</td>
              {showUntil && <td>{formatDay(entry.publishedUntil, locale)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

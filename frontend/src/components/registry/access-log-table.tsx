import type { Dictionary } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/locale';
import type { AccessLogEntry } from '../../lib/api/registry';
import { formatItalianTime } from '../../lib/registry/registry-formatting';
import { ScrollableTable } from '../f24/scrollable-table';

/** "Chi ha consultato i miei dati": when, who (role, office, masked name), what, why. */
export function AccessLogTable({
  items,
  t,
  locale,
}: {
  items: AccessLogEntry[];
  t: Dictionary['registry']['accessLog'];
  locale: Locale;
}) {
  if (items.length === 0) return <p className="portal-empty">{t.empty}</p>;
  const c = t.columns;
  return (
    <ScrollableTable label={t.caption}>
      <table className="table align-middle">
        <caption className="caption-top">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.when}</th>
            <th scope="col">{c.who}</th>
            <th scope="col">{c.what}</th>
            <th scope="col">{c.why}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((entry) => (
            <tr key={entry.id}>
              <th scope="row" className="fw-normal text-nowrap">
                {formatItalianTime(entry.at, locale)}
              </th>
              <td>
                <strong>{entry.who.name}</strong>
                <br />
                <span className="small text-muted">{entry.who.office ?? t.kinds[entry.who.kind]}</span>
              </td>
              <td>{entry.what}</td>
              <td>{entry.why ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}

import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/locale';
import type { QueueItem } from '../../lib/api/permits';
import { formatDay } from '../../lib/permits/permit-formatting';
import { permitRoutes } from '../../lib/permits/permit-routes';

/** The queue as a table: overdue practices first (the backend sorts), each flagged. */
export function QueueTable({
  items,
  t,
  locale,
}: {
  items: QueueItem[];
  t: Dictionary['permits'];
  locale: Locale;
}) {
  const c = t.staff.columns;
  if (items.length === 0) return <p className="mt-4">{t.staff.empty}</p>;
  return (
    <div className="table-responsive mt-3">
      <table className="table table-hover align-middle">
        <thead>
          <tr>
            <th scope="col">{c.protocol}</th>
            <th scope="col">{c.type}</th>
            <th scope="col">{c.state}</th>
            <th scope="col">{c.address}</th>
            <th scope="col">{c.applicants}</th>
            <th scope="col">{c.officer}</th>
            <th scope="col">{c.deadline}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className={item.overdue ? 'table-danger' : undefined}>
              <th scope="row">
                <Link href={permitRoutes.staffPractice(item.id)}>{item.protocolNumber}</Link>
                <br />
                <span className="small text-muted">{formatDay(item.protocolDate, locale)}</span>
              </th>
              <td>{item.typeLabel}</td>
              <td>{item.stateLabel}</td>
              <td className="portal-user-text">{item.address}</td>
              <td className="portal-user-text">{item.applicants}</td>
              <td className="portal-user-text">{item.caseOfficer?.name ?? '—'}</td>
              <td>
                {item.officeDeadline ? formatDay(item.officeDeadline, locale) : '—'}
                {item.overdue && <span className="badge bg-danger ms-2">{t.staff.overdue}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

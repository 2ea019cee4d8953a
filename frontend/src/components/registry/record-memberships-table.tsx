import type { Dictionary } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/locale';
import type { PersonRecord } from '../../lib/api/registry';
import { formatCivilDate } from '../../lib/registry/registry-formatting';

/** Every household the person belonged to, with the relationship and the address of the time. */
export function RecordMembershipsTable({
  memberships,
  t,
  locale,
}: {
  memberships: PersonRecord['memberships'];
  t: Dictionary['registry']['office']['record'];
  locale: Locale;
}) {
  const m = t.membershipColumns;
  const day = (iso: string) => formatCivilDate(iso, locale);
  return (
    <div className="table-responsive">
      <table className="table align-middle">
        <caption className="caption-top">{t.membershipsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.household}</th>
            <th scope="col">{m.relationship}</th>
            <th scope="col">{m.from}</th>
            <th scope="col">{m.to}</th>
            <th scope="col">{m.address}</th>
          </tr>
        </thead>
        <tbody>
          {memberships.map((membership) => (
            <tr key={`${membership.householdCode}-${membership.entryDate}`}>
              <th scope="row">{membership.householdCode}</th>
              <td>{membership.relationship.label}</td>
              <td>{day(membership.entryDate)}</td>
              <td>{membership.exitDate ? day(membership.exitDate) : t.current}</td>
              <td className="portal-user-text">{membership.address.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

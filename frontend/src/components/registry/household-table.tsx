import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { Household } from '../../lib/api/registry';
import { formatCivilDate } from '../../lib/registry/registry-formatting';
import { ScrollableTable } from '../f24/scrollable-table';

/** The members of a famiglia anagrafica, head first, with relationship and entry date. */
export function HouseholdTable({
  household,
  t,
  locale,
}: {
  household: Household;
  t: Dictionary['registry']['household'];
  locale: Locale;
}) {
  const c = t.columns;
  return (
    <ScrollableTable label={formatMessage(t.caption, { code: household.code })}>
      <table className="table align-middle">
        <caption className="caption-top">{formatMessage(t.caption, { code: household.code })}</caption>
        <thead>
          <tr>
            <th scope="col">{c.name}</th>
            <th scope="col">{c.relationship}</th>
            <th scope="col">{c.birth}</th>
            <th scope="col">{c.fiscalCode}</th>
            <th scope="col">{c.since}</th>
          </tr>
        </thead>
        <tbody>
          {household.members.map((member) => (
            <tr key={member.personId} aria-current={member.isYou ? 'true' : undefined}>
              <th scope="row">
                {member.givenName} {member.familyName}{' '}
                {member.isYou && <span className="fw-normal">{t.you}</span>}
              </th>
              <td>{member.relationship.label}</td>
              <td>
                {formatMessage(t.born, {
                  place: member.birthPlace.name,
                  date: formatCivilDate(member.birthDate, locale),
                })}
              </td>
              <td className="font-monospace">{member.fiscalCode}</td>
              <td>{formatCivilDate(member.entryDate, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}

import type { Dictionary } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/locale';
import type { PersonRecord } from '../../lib/api/registry';
import { formatCivilDate } from '../../lib/registry/registry-formatting';
import { CorrectionList } from './correction-list';

/** What tells past from present in a record: every household membership, the registry events, the rettifiche. */
export function PersonRecordHistory({
  record,
  t,
  locale,
}: {
  record: PersonRecord;
  t: Dictionary['registry'];
  locale: Locale;
}) {
  const r = t.office.record;
  const m = r.membershipColumns;
  const e = r.eventColumns;
  const day = (iso: string) => formatCivilDate(iso, locale);
  return (
    <>
      <section aria-labelledby="record-memberships" className="mb-5">
        <h2 id="record-memberships" className="h4">
          {r.membershipsTitle}
        </h2>
        <div className="table-responsive">
          <table className="table align-middle">
            <caption className="caption-top">{r.membershipsCaption}</caption>
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
              {record.memberships.map((membership) => (
                <tr key={`${membership.householdCode}-${membership.entryDate}`}>
                  <th scope="row">{membership.householdCode}</th>
                  <td>{membership.relationship.label}</td>
                  <td>{day(membership.entryDate)}</td>
                  <td>{membership.exitDate ? day(membership.exitDate) : r.current}</td>
                  <td className="portal-user-text">{membership.address.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="record-events" className="mb-5">
        <h2 id="record-events" className="h4">
          {r.eventsTitle}
        </h2>
        {record.events.length === 0 ? (
          <p className="portal-empty">{r.noEvents}</p>
        ) : (
          <div className="table-responsive">
            <table className="table align-middle">
              <caption className="caption-top">{r.eventsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{e.date}</th>
                  <th scope="col">{e.event}</th>
                  <th scope="col">{e.place}</th>
                </tr>
              </thead>
              <tbody>
                {record.events.map((event) => (
                  <tr key={`${event.kind.code}-${event.date}`}>
                    <th scope="row" className="fw-normal">
                      {day(event.date)}
                    </th>
                    <td>{event.kind.label}</td>
                    <td>{event.place?.name ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="record-corrections" className="mb-5">
        <h2 id="record-corrections" className="h4">
          {r.correctionsTitle}
        </h2>
        {record.corrections.length === 0 ? (
          <p className="portal-empty">{r.noCorrections}</p>
        ) : (
          <CorrectionList items={record.corrections} t={t.corrections} locale={locale} />
        )}
      </section>
    </>
  );
}

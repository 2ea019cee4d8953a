import type { Dictionary } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/locale';
import type { PersonRecord } from '../../lib/api/registry';
import { CorrectionList } from './correction-list';
import { RecordEventsTable } from './record-events-table';
import { RecordMembershipsTable } from './record-memberships-table';

/** What tells past from present in a record: every household membership, the registry events, the rettifiche. */
export function PersonRecordHistory({
  record,
  t,
  promise,
  locale,
}: {
  record: PersonRecord;
  t: Dictionary['registry'];
  promise: Dictionary['serviceModel']['promise'];
  locale: Locale;
}) {
  const r = t.office.record;
  return (
    <>
      <section aria-labelledby="record-memberships" className="mb-5">
        <h2 id="record-memberships" className="h4">
          {r.membershipsTitle}
        </h2>
        <RecordMembershipsTable memberships={record.memberships} t={r} locale={locale} />
      </section>
      <section aria-labelledby="record-events" className="mb-5">
        <h2 id="record-events" className="h4">
          {r.eventsTitle}
        </h2>
        <RecordEventsTable events={record.events} t={r} locale={locale} />
      </section>
      <section aria-labelledby="record-corrections" className="mb-5">
        <h2 id="record-corrections" className="h4">
          {r.correctionsTitle}
        </h2>
        {record.corrections.length === 0 ? (
          <p className="portal-empty">{r.noCorrections}</p>
        ) : (
          <CorrectionList items={record.corrections} t={t.corrections} promise={promise} locale={locale} />
        )}
      </section>
    </>
  );
}

import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { ResidentPractice, StaffPractice } from '../../lib/api/permits';
import { formatDay } from '../../lib/permits/permit-formatting';

/** Subject, parties, case officer and office of a practice; the office also sees codici fiscali and e-mails. */
export function PracticeOverview({
  practice,
  t,
  locale,
}: {
  practice: ResidentPractice | StaffPractice;
  t: Dictionary['permits'];
  locale: Locale;
}) {
  const d = t.detail;
  const { cadastral } = practice;
  const cadastralText = [
    formatMessage(d.cadastral, { sheet: cadastral.sheet, parcel: cadastral.parcel }),
    cadastral.subaltern ? formatMessage(d.subaltern, { subaltern: cadastral.subaltern }) : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <div className="row g-4 mt-2">
      <section className="col-12 col-lg-6" aria-labelledby="subject-title">
        <h2 id="subject-title" className="h5">
          {d.subject}
        </h2>
        <p className="mb-1">{practice.address}</p>
        <p className="mb-1">{cadastralText}</p>
        <p>{practice.description}</p>
        {practice.decision && (
          <p className="fw-semibold">
            {formatMessage(d.decision, {
              number: practice.decision.number,
              date: formatDay(practice.decision.date, locale),
            })}{' '}
            – {d.outcome[practice.decision.outcome]}
          </p>
        )}
      </section>
      <section className="col-12 col-lg-6" aria-labelledby="parties-title">
        <h2 id="parties-title" className="h5">
          {d.parties}
        </h2>
        <ul className="list-unstyled">
          {practice.parties.map((party) => (
            <li key={`${party.role}-${party.name}`}>
              <span className="fw-semibold">{t.roles[party.role]}:</span> {party.name}
              {'fiscalCode' in party && (
                <span className="text-muted small">
                  {' '}
                  · {formatMessage(t.staff.fiscalCode, { code: party.fiscalCode })}
                  {party.email ? ` · ${party.email}` : ''}
                  {party.nameFromRegistry ? ` · ${t.staff.nameFromRegistry}` : ''}
                </span>
              )}
            </li>
          ))}
        </ul>
        <h2 className="h5 mt-3">{d.caseOfficer}</h2>
        <p>{practice.caseOfficer?.name ?? d.noCaseOfficer}</p>
        <h2 className="h5 mt-3">{d.office}</h2>
        <p className="mb-1">{practice.office.name}</p>
        <p className="small">
          {formatMessage(d.officeContacts, {
            email: practice.office.email,
            pec: practice.office.pec,
            phone: practice.office.phone,
          })}
        </p>
      </section>
    </div>
  );
}

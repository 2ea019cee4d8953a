import { addClosureAction, removeClosureAction } from '../../app/backoffice/appuntamenti/actions';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { StaffAppointmentOffice } from '../../lib/api/appointments';
import { formatDay, romeToday } from '../../lib/appointments/appointment-dates';

/** The office's coming closures, each removable, and the form that adds one. */
export function OfficeClosures({
  office,
  locale,
  t,
}: {
  office: StaffAppointmentOffice;
  locale: Locale;
  t: Dictionary['appointments']['settings'];
}) {
  return (
    <section aria-labelledby="closures-title" className="mb-4">
      <h2 id="closures-title" className="h4">
        {t.closures}
      </h2>
      {office.closures.length === 0 ? (
        <p>{t.noClosures}</p>
      ) : (
        <ul className="list-unstyled">
          {office.closures.map((closure) => (
            <li key={closure.id} className="d-flex flex-wrap align-items-center gap-2 mb-2">
              <span>
                <span className="fw-semibold">{formatDay(closure.date, locale)}</span>: {closure.reason}
              </span>
              <form action={removeClosureAction}>
                <input type="hidden" name="ufficio" value={office.id} />
                <input type="hidden" name="closure" value={closure.id} />
                <button type="submit" className="btn btn-outline-primary btn-sm">
                  {formatMessage(t.removeClosure, { date: formatDay(closure.date, locale) })}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form action={addClosureAction} className="row g-3 align-items-end">
        <input type="hidden" name="ufficio" value={office.id} />
        <div className="col-12 col-md-4">
          <label htmlFor="closure-date" className="form-label">
            {t.closureDate}
          </label>
          <input
            type="date"
            id="closure-date"
            name="date"
            className="form-control"
            min={romeToday()}
            required
          />
        </div>
        <div className="col-12 col-md-5">
          <label htmlFor="closure-reason" className="form-label">
            {t.closureReason}
          </label>
          <input
            type="text"
            id="closure-reason"
            name="reason"
            className="form-control"
            maxLength={200}
            required
          />
        </div>
        <div className="col-12 col-md-3">
          <button type="submit" className="btn btn-primary">
            {t.addClosure}
          </button>
        </div>
      </form>
    </section>
  );
}

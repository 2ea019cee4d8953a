import { saveHoursAction } from '../../app/backoffice/appuntamenti/actions';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { StaffAppointmentOffice } from '../../lib/api/appointments';

/** Two periods per weekday (morning and afternoon), slot length and capacity; empty periods are closed. */
export function OfficeHoursForm({
  office,
  t,
  weekdays,
}: {
  office: StaffAppointmentOffice;
  t: Dictionary['appointments']['settings'];
  weekdays: readonly string[];
}) {
  return (
    <form action={saveHoursAction} className="mb-5">
      <input type="hidden" name="ufficio" value={office.id} />
      <h2 className="h4">{t.hours}</h2>
      {weekdays.map((name, index) => {
        const weekday = index + 1;
        const periods = office.hours.filter((period) => period.weekday === weekday);
        return (
          <fieldset key={name} className="mb-3">
            <legend className="h6 text-capitalize">{name}</legend>
            <div className="row g-2">
              {[1, 2].map((n) => (
                <div className="col-12 col-md-6" key={n}>
                  <p className="form-text mb-1">{formatMessage(t.period, { n: String(n) })}</p>
                  <div className="d-flex flex-wrap gap-2">
                    <label className="d-flex flex-column">
                      <span>{t.opens}</span>
                      <input
                        type="time"
                        className="form-control"
                        name={`h-${weekday}-${n}-opens`}
                        defaultValue={periods[n - 1]?.opens ?? ''}
                      />
                    </label>
                    <label className="d-flex flex-column">
                      <span>{t.closes}</span>
                      <input
                        type="time"
                        className="form-control"
                        name={`h-${weekday}-${n}-closes`}
                        defaultValue={periods[n - 1]?.closes ?? ''}
                      />
                    </label>
                  </div>
                </div>
              ))}
            </div>
          </fieldset>
        );
      })}
      <div className="row g-3 mb-3">
        <div className="col-12 col-md-6">
          <label htmlFor="slot-minutes" className="form-label">
            {t.slotMinutes}
          </label>
          <input
            type="number"
            id="slot-minutes"
            name="slotMinutes"
            className="form-control"
            min={5}
            max={240}
            required
            defaultValue={office.slotMinutes}
          />
        </div>
        <div className="col-12 col-md-6">
          <label htmlFor="capacity" className="form-label">
            {t.capacity}
          </label>
          <input
            type="number"
            id="capacity"
            name="capacity"
            className="form-control"
            min={1}
            max={20}
            required
            defaultValue={office.capacity}
          />
        </div>
      </div>
      <button type="submit" className="btn btn-primary">
        {t.save}
      </button>
    </form>
  );
}

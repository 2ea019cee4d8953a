import type { Dictionary } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/locale';
import type { AppointmentOffice } from '../../lib/api/appointments';
import { formatDay } from '../../lib/appointments/appointment-dates';
import { appointmentRoutes } from '../../lib/appointments/appointment-routes';
import { OfficeHours } from './office-hours';

type T = Dictionary['appointments'];

/** Step 1: the office, with its address and opening hours in each choice's description. */
export function OfficeStep({ offices, t }: { offices: readonly AppointmentOffice[]; t: T }) {
  return (
    <form method="get" action={appointmentRoutes.booking}>
      <fieldset className="mb-4">
        <legend className="h4">{t.booking.officeLegend}</legend>
        {offices.map((office, index) => (
          <div className="form-check mb-3" key={office.id}>
            <input
              className="form-check-input"
              type="radio"
              name="ufficio"
              id={`office-${index}`}
              value={office.id}
              required
              defaultChecked={index === 0}
              aria-describedby={`office-${index}-info`}
            />
            <label className="form-check-label fw-semibold" htmlFor={`office-${index}`}>
              {office.name}
            </label>
            <div id={`office-${index}-info`} className="form-text ms-4 mt-0">
              <p className="mb-1">
                {t.booking.address}: {office.address}
              </p>
              <OfficeHours office={office} weekdays={t.weekdays} />
            </div>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="btn btn-primary">
        {t.booking.continue}
      </button>
    </form>
  );
}

/** Step 2: what the appointment is for, among the reasons the office receives for. */
export function ReasonStep({ office, t }: { office: AppointmentOffice; t: T }) {
  return (
    <form method="get" action={appointmentRoutes.booking}>
      <input type="hidden" name="ufficio" value={office.id} />
      <fieldset className="mb-4">
        <legend className="h4">{t.booking.reasonLegend}</legend>
        {office.reasons.map((reason, index) => (
          <div className="form-check" key={reason}>
            <input
              className="form-check-input"
              type="radio"
              name="motivo"
              id={`reason-${index}`}
              value={reason}
              required
              defaultChecked={index === 0}
            />
            <label className="form-check-label" htmlFor={`reason-${index}`}>
              {reason}
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="btn btn-primary">
        {t.booking.continue}
      </button>
    </form>
  );
}

/** Step 3: a day among those with free times; a native select works at any width and with any input. */
export function DayStep({
  office,
  reason,
  days,
  selected,
  action,
  locale,
  t,
}: {
  office: AppointmentOffice;
  reason?: string;
  days: readonly string[];
  selected?: string;
  action: string;
  locale: Locale;
  t: T;
}) {
  if (days.length === 0) return <p className="alert alert-info">{t.booking.noDays}</p>;
  return (
    <form method="get" action={action} className="mb-4">
      <input type="hidden" name="ufficio" value={office.id} />
      {reason && <input type="hidden" name="motivo" value={reason} />}
      <div className="select-wrapper mb-3">
        <label htmlFor="day">{t.booking.dayLabel}</label>
        <select id="day" name="giorno" defaultValue={selected ?? days[0]} aria-describedby="day-hint">
          {days.map((day) => (
            <option value={day} key={day}>
              {formatDay(day, locale)}
            </option>
          ))}
        </select>
        <p id="day-hint" className="form-text">
          {t.booking.dayHint}
        </p>
      </div>
      <button type="submit" className="btn btn-outline-primary">
        {t.booking.continue}
      </button>
    </form>
  );
}

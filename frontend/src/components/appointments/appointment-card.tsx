import Link from 'next/link';
import { cancelAction } from '../../app/appuntamenti/actions';
import type { Dictionary } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/locale';
import { type Appointment, appointmentCalendarHref } from '../../lib/api/appointments';
import { formatDayTime } from '../../lib/appointments/appointment-dates';
import { appointmentRoutes } from '../../lib/appointments/appointment-routes';

/** One appointment in "I miei appuntamenti": when, where, its state, and move/cancel while it is ahead. */
export function AppointmentCard({
  appointment,
  locale,
  t,
}: {
  appointment: Appointment;
  locale: Locale;
  t: Dictionary['appointments']['mine'];
}) {
  const status =
    appointment.status === 'cancelled'
      ? t.status.cancelled
      : appointment.changeable
        ? t.status.booked
        : t.status.past;
  const when = formatDayTime(appointment.date, appointment.time, locale);
  return (
    <article className="card card-bg rounded mb-3 no-after" aria-labelledby={`appointment-${appointment.id}`}>
      <div className="card-body">
        <h3 className="card-title h5" id={`appointment-${appointment.id}`}>
          <Link href={appointmentRoutes.one(appointment.id)}>{when}</Link>
        </h3>
        <p className="mb-1">
          {appointment.officeName} – {appointment.officeAddress}
        </p>
        <p className="mb-2">{appointment.reason}</p>
        <p className="mb-3">
          <span className={`badge ${appointment.changeable ? 'bg-success' : 'bg-secondary'}`}>{status}</span>
        </p>
        {appointment.changeable && (
          <div className="d-flex flex-wrap gap-2">
            <a
              className="btn btn-outline-primary btn-sm"
              href={appointmentCalendarHref(appointment.id)}
              download
            >
              {t.calendar}
            </a>
            <Link className="btn btn-outline-primary btn-sm" href={appointmentRoutes.move(appointment.id)}>
              {t.move}
              <span className="visually-hidden">: {when}</span>
            </Link>
            <form action={cancelAction}>
              <input type="hidden" name="id" value={appointment.id} />
              <button type="submit" className="btn btn-outline-danger btn-sm">
                {t.cancel}
                <span className="visually-hidden">: {when}</span>
              </button>
            </form>
          </div>
        )}
      </div>
    </article>
  );
}

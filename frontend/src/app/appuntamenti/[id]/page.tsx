import type { Metadata } from 'next';
import Link from 'next/link';
import { AppointmentBreadcrumb } from '../../../components/appointments/appointment-breadcrumb';
import { AppointmentSummary } from '../../../components/appointments/appointment-summary';
import { getI18n } from '../../../i18n/get-i18n';
import { appointmentCalendarHref } from '../../../lib/api/appointments';
import { loadMyAppointment } from '../../../lib/api/my-appointment';
import { appointmentRoutes } from '../../../lib/appointments/appointment-routes';
import { first } from '../../../lib/appointments/booking-choices';
import { routes } from '../../../lib/routes';
import { cancelAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.appointments.detail.title };
}

/** One appointment: the confirmation page after booking or moving, with "Aggiungi al calendario". */
export default async function AppointmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [{ locale, t }, appointment] = await Promise.all([
    getI18n(),
    loadMyAppointment(id, appointmentRoutes.one(id)),
  ]);
  const a = t.appointments;
  const outcome = first(query.esito);
  const notice =
    outcome === 'prenotato' ? a.detail.bookedNotice : outcome === 'spostato' ? a.detail.movedNotice : null;
  return (
    <div className="container portal-page">
      <AppointmentBreadcrumb
        label={a.breadcrumb.label}
        items={[
          { label: a.breadcrumb.home, href: routes.home },
          { label: a.mine.title, href: appointmentRoutes.mine },
          { label: a.detail.title },
        ]}
      />
      <h1 className="mb-3">{a.detail.title}</h1>
      {notice && (
        <div className="alert alert-success" role="status">
          {notice}
        </div>
      )}
      <AppointmentSummary appointment={appointment} locale={locale} t={a.confirm} />
      {appointment.changeable ? (
        <>
          <p>{a.detail.bring}</p>
          <div className="d-flex flex-wrap gap-3 mb-4">
            <a className="btn btn-primary" href={appointmentCalendarHref(appointment.id)} download>
              {a.mine.calendar}
            </a>
            <Link className="btn btn-outline-primary" href={appointmentRoutes.move(appointment.id)}>
              {a.mine.move}
            </Link>
            <form action={cancelAction}>
              <input type="hidden" name="id" value={appointment.id} />
              <button type="submit" className="btn btn-outline-danger">
                {a.mine.cancel}
              </button>
            </form>
          </div>
        </>
      ) : (
        <p>
          <span className="badge bg-secondary">
            {appointment.status === 'cancelled' ? a.mine.status.cancelled : a.mine.status.past}
          </span>
        </p>
      )}
      <p>
        <Link href={appointmentRoutes.mine}>{a.detail.list}</Link>
      </p>
    </div>
  );
}

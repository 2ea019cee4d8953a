import type { Metadata } from 'next';
import Link from 'next/link';
import { AppointmentBreadcrumb } from '../../components/appointments/appointment-breadcrumb';
import { AppointmentCard } from '../../components/appointments/appointment-card';
import { getI18n } from '../../i18n/get-i18n';
import { getMyAppointments } from '../../lib/api/appointments';
import { appointmentRoutes } from '../../lib/appointments/appointment-routes';
import { errorMessage, first } from '../../lib/appointments/booking-choices';
import { requireUser } from '../../lib/auth/require-user';
import { routes } from '../../lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.appointments.mine.title };
}

/** "I miei appuntamenti" in the personal area: upcoming first, with move and cancel. */
export default async function MyAppointmentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const [{ locale, t }] = await Promise.all([getI18n(), requireUser(appointmentRoutes.mine)]);
  const a = t.appointments;
  const appointments = await getMyAppointments();
  const upcoming = appointments.filter((appointment) => appointment.changeable);
  const others = appointments.filter((appointment) => !appointment.changeable);
  const error = errorMessage(first(query.errore), a);
  return (
    <div className="container portal-page">
      <AppointmentBreadcrumb
        label={a.breadcrumb.label}
        items={[{ label: a.breadcrumb.home, href: routes.home }, { label: a.mine.title }]}
      />
      <h1 className="mb-3">{a.mine.title}</h1>
      <p className="lead">{a.mine.lead}</p>
      {first(query.esito) === 'annullato' && (
        <div className="alert alert-success" role="status">
          {a.mine.cancelledNotice}
        </div>
      )}
      {error && (
        <div className="alert alert-danger" role="alert">
          {error}
        </div>
      )}
      <p>
        <Link className="btn btn-primary" href={appointmentRoutes.booking}>
          {a.mine.book}
        </Link>
      </p>
      {appointments.length === 0 && <p className="portal-empty">{a.mine.empty}</p>}
      {upcoming.length > 0 && (
        <section aria-labelledby="upcoming-title" className="mb-4">
          <h2 id="upcoming-title" className="h4">
            {a.mine.upcoming}
          </h2>
          {upcoming.map((appointment) => (
            <AppointmentCard key={appointment.id} appointment={appointment} locale={locale} t={a.mine} />
          ))}
        </section>
      )}
      {others.length > 0 && (
        <section aria-labelledby="others-title">
          <h2 id="others-title" className="h4">
            {a.mine.others}
          </h2>
          {others.map((appointment) => (
            <AppointmentCard key={appointment.id} appointment={appointment} locale={locale} t={a.mine} />
          ))}
        </section>
      )}
    </div>
  );
}

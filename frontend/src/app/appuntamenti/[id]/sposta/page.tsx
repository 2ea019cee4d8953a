import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { AppointmentBreadcrumb } from '../../../../components/appointments/appointment-breadcrumb';
import { AppointmentSummary } from '../../../../components/appointments/appointment-summary';
import { DayStep } from '../../../../components/appointments/booking-steps';
import { SlotRadios } from '../../../../components/appointments/slot-radios';
import { formatMessage } from '../../../../i18n/format-message';
import { getI18n } from '../../../../i18n/get-i18n';
import { getAppointmentOffices } from '../../../../lib/api/appointments';
import { loadMyAppointment } from '../../../../lib/api/my-appointment';
import { formatDay, isIsoDay } from '../../../../lib/appointments/appointment-dates';
import { appointmentRoutes } from '../../../../lib/appointments/appointment-routes';
import { errorMessage, first, freeDays } from '../../../../lib/appointments/booking-choices';
import { routes } from '../../../../lib/routes';
import { moveAction } from '../../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.appointments.move.title };
}

/** Move an appointment to another free time of the same office: day, then time, then one atomic PATCH. */
export default async function MoveAppointmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [{ locale, t }, appointment] = await Promise.all([
    getI18n(),
    loadMyAppointment(id, appointmentRoutes.move(id)),
  ]);
  const a = t.appointments;
  if (!appointment.changeable) redirect(appointmentRoutes.one(id));
  const office = (await getAppointmentOffices()).find((candidate) => candidate.id === appointment.officeId);
  if (!office) notFound();
  const byDay = await freeDays(office.id);
  const wanted = first(query.giorno);
  const day = isIsoDay(wanted) && byDay.has(wanted) ? wanted : undefined;
  const error = errorMessage(first(query.errore), a);
  return (
    <div className="container portal-page">
      <AppointmentBreadcrumb
        label={a.breadcrumb.label}
        items={[
          { label: a.breadcrumb.home, href: routes.home },
          { label: a.mine.title, href: appointmentRoutes.mine },
          { label: a.move.title },
        ]}
      />
      <h1 className="mb-3">{a.move.title}</h1>
      <p className="lead">{a.move.lead}</p>
      {error && (
        <div className="alert alert-danger" role="alert">
          {error}
        </div>
      )}
      <h2 className="h4">{a.move.current}</h2>
      <AppointmentSummary appointment={appointment} locale={locale} t={a.confirm} />
      <DayStep
        office={office}
        days={[...byDay.keys()]}
        selected={day}
        action={appointmentRoutes.move(id)}
        locale={locale}
        t={a}
      />
      {day && (
        <form action={moveAction}>
          <input type="hidden" name="id" value={id} />
          <SlotRadios
            slots={byDay.get(day)!}
            legend={`${a.booking.timeLegend}: ${formatDay(day, locale)}`}
            hint={formatMessage(a.booking.timeHint, { minutes: String(office.slotMinutes) })}
          />
          <button type="submit" className="btn btn-primary">
            {a.move.submit}
          </button>
        </form>
      )}
    </div>
  );
}

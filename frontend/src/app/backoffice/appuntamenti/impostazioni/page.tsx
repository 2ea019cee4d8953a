import type { Metadata } from 'next';
import Link from 'next/link';
import { AppointmentBreadcrumb } from '../../../../components/appointments/appointment-breadcrumb';
import { OfficeClosures } from '../../../../components/appointments/office-closures';
import { OfficeHoursForm } from '../../../../components/appointments/office-hours-form';
import { OfficeForbidden } from '../../../../components/f24/office-forbidden';
import { getI18n } from '../../../../i18n/get-i18n';
import { appointmentRoutes } from '../../../../lib/appointments/appointment-routes';
import { errorMessage, first } from '../../../../lib/appointments/booking-choices';
import { staffAppointmentOffices } from '../../../../lib/appointments/staff-offices';
import { routes } from '../../../../lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.appointments.settings.title };
}

/** Hours, slot length, capacity and closures of the offices the clerk manages. */
export default async function AppointmentSettingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const [{ locale, t }, offices] = await Promise.all([
    getI18n(),
    staffAppointmentOffices(appointmentRoutes.settings),
  ]);
  const a = t.appointments;
  const s = a.settings;
  if (offices === null) return <OfficeForbidden title={s.title} text={a.agenda.forbidden} />;
  if (offices.length === 0) return <OfficeForbidden title={s.title} text={a.agenda.noOffices} />;
  const office = offices.find((candidate) => candidate.id === first(query.ufficio)) ?? offices[0];
  const outcome = { orari: s.saved, chiusura: s.closureAdded, riapertura: s.closureRemoved }[
    first(query.esito) ?? ''
  ];
  const error = errorMessage(first(query.errore), a);
  return (
    <div className="container portal-page">
      <AppointmentBreadcrumb
        label={a.breadcrumb.label}
        items={[
          { label: t.nav.backOffice, href: routes.backOffice },
          { label: a.agenda.title, href: appointmentRoutes.agenda },
          { label: s.title },
        ]}
      />
      <h1 className="mb-3">{s.title}</h1>
      <p className="lead">{s.lead}</p>
      {offices.length > 1 && (
        <nav aria-label={a.agenda.office} className="mb-4">
          <ul className="list-inline">
            {offices.map((candidate) => (
              <li className="list-inline-item" key={candidate.id}>
                <Link
                  href={`${appointmentRoutes.settings}?${new URLSearchParams({ ufficio: candidate.id })}`}
                  aria-current={candidate.id === office.id ? 'page' : undefined}
                >
                  {candidate.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p className="h5">{office.name}</p>
      {outcome && (
        <div className="alert alert-success" role="status">
          {outcome}
        </div>
      )}
      {error && (
        <div className="alert alert-danger" role="alert">
          {error}
        </div>
      )}
      <OfficeHoursForm office={office} t={s} weekdays={a.weekdays} />
      <OfficeClosures office={office} locale={locale} t={s} />
      <p>
        <Link href={`${appointmentRoutes.agenda}?${new URLSearchParams({ ufficio: office.id })}`}>
          {s.agenda}
        </Link>
      </p>
    </div>
  );
}

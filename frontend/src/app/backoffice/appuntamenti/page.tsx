import type { Metadata } from 'next';
import Link from 'next/link';
import { AppointmentBreadcrumb } from '../../../components/appointments/appointment-breadcrumb';
import { PrintButton } from '../../../components/appointments/print-button';
import { OfficeForbidden } from '../../../components/f24/office-forbidden';
import { ScrollableTable } from '../../../components/f24/scrollable-table';
import type { Dictionary } from '../../../i18n/dictionary';
import { formatMessage } from '../../../i18n/format-message';
import { getI18n } from '../../../i18n/get-i18n';
import { type AppointmentAgenda, getAgenda } from '../../../lib/api/appointments';
import { formatDay, isIsoDay, romeToday } from '../../../lib/appointments/appointment-dates';
import { appointmentRoutes } from '../../../lib/appointments/appointment-routes';
import { first } from '../../../lib/appointments/booking-choices';
import { staffAppointmentOffices } from '../../../lib/appointments/staff-offices';
import { routes } from '../../../lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.appointments.agenda.title };
}

function AgendaTable({
  agenda,
  caption,
  t,
}: {
  agenda: AppointmentAgenda;
  caption: string;
  t: Dictionary['appointments']['agenda'];
}) {
  if (agenda.items.length === 0) return <p className="portal-empty">{t.empty}</p>;
  return (
    <ScrollableTable label={caption}>
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.time}</th>
            <th scope="col">{t.columns.person}</th>
            <th scope="col">{t.columns.fiscalCode}</th>
            <th scope="col">{t.columns.reason}</th>
            <th scope="col">{t.columns.contacts}</th>
          </tr>
        </thead>
        <tbody>
          {agenda.items.map((item) => (
            <tr key={item.id}>
              <th scope="row">{item.time}</th>
              <td>
                {item.givenName} {item.familyName}
              </td>
              <td>{item.fiscalCode}</td>
              <td>{item.reason}</td>
              <td>{[item.email, item.phone].filter(Boolean).join(' · ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}

/** The day's agenda of one office, print-friendly (filters and navigation are not printed). */
export default async function AgendaPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const [{ locale, t }, offices] = await Promise.all([
    getI18n(),
    staffAppointmentOffices(appointmentRoutes.agenda),
  ]);
  const a = t.appointments;
  if (offices === null) return <OfficeForbidden title={a.agenda.title} text={a.agenda.forbidden} />;
  if (offices.length === 0) return <OfficeForbidden title={a.agenda.title} text={a.agenda.noOffices} />;
  const office = offices.find((candidate) => candidate.id === first(query.ufficio)) ?? offices[0];
  const wanted = first(query.giorno);
  const day = isIsoDay(wanted) ? wanted : romeToday();
  const agenda = await getAgenda(office.id, day);
  return (
    <div className="container portal-page">
      <AppointmentBreadcrumb
        label={a.breadcrumb.label}
        items={[{ label: t.nav.backOffice, href: routes.backOffice }, { label: a.agenda.title }]}
      />
      <h1 className="mb-3">{a.agenda.title}</h1>
      <p className="lead d-print-none">{a.agenda.lead}</p>
      <form
        method="get"
        action={appointmentRoutes.agenda}
        className="row g-3 align-items-end mb-4 d-print-none"
      >
        <div className="col-12 col-md-5 select-wrapper">
          <label htmlFor="agenda-office">{a.agenda.office}</label>
          <select id="agenda-office" name="ufficio" defaultValue={office.id}>
            {offices.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </div>
        <div className="col-12 col-md-4">
          <label htmlFor="agenda-day" className="form-label">
            {a.agenda.date}
          </label>
          <input
            type="date"
            id="agenda-day"
            name="giorno"
            className="form-control"
            defaultValue={day}
            required
          />
        </div>
        <div className="col-12 col-md-3 d-flex flex-wrap gap-2">
          <button type="submit" className="btn btn-primary">
            {a.agenda.show}
          </button>
          <PrintButton label={a.agenda.print} />
        </div>
      </form>
      <h2 className="h4">
        {office.name}: {formatDay(day, locale)}
      </h2>
      {agenda.closedBecause && (
        <p className="alert alert-info">{formatMessage(a.agenda.closed, { reason: agenda.closedBecause })}</p>
      )}
      <AgendaTable
        agenda={agenda}
        caption={formatMessage(a.agenda.caption, { date: formatDay(day, locale), office: office.name })}
        t={a.agenda}
      />
      <p className="d-print-none mt-4">
        <Link href={`${appointmentRoutes.settings}?${new URLSearchParams({ ufficio: office.id })}`}>
          {a.agenda.settings}
        </Link>
      </p>
    </div>
  );
}

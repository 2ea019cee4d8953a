import type { Metadata } from 'next';
import Link from 'next/link';
import { AppointmentBreadcrumb } from '../../../components/appointments/appointment-breadcrumb';
import { AppointmentSummary } from '../../../components/appointments/appointment-summary';
import type { Dictionary } from '../../../i18n/dictionary';
import { getI18n } from '../../../i18n/get-i18n';
import { getAppointmentOffices } from '../../../lib/api/appointments';
import type { CurrentUser } from '../../../lib/api/auth';
import { appointmentRoutes, bookingHref } from '../../../lib/appointments/appointment-routes';
import { first, freeDays } from '../../../lib/appointments/booking-choices';
import { requireUser } from '../../../lib/auth/require-user';
import { routes } from '../../../lib/routes';
import { bookAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.appointments.confirm.title };
}

/** The chosen slot, if its office still offers it free; `null` when it is gone or never was. */
async function chosenSlot(slotId: string, reason: string) {
  const officeId = slotId.split('.')[0];
  const office = (await getAppointmentOffices()).find((candidate) => candidate.id === officeId);
  if (!office?.reasons.includes(reason)) return null;
  const slot = [...(await freeDays(office.id)).values()].flat().find((candidate) => candidate.id === slotId);
  return slot ? { office, slot } : null;
}

/** The resident's details: identity from SPID/CIE read-only, contacts editable. */
function PersonFields({ user, t }: { user: CurrentUser; t: Dictionary['appointments']['confirm'] }) {
  return (
    <fieldset className="mb-4">
      <legend className="h4">{t.you}</legend>
      <p className="form-text mt-0">{t.fromIdentity}</p>
      <dl className="row">
        <dt className="col-sm-3">{t.name}</dt>
        <dd className="col-sm-9">
          {user.givenName} {user.familyName}
        </dd>
        <dt className="col-sm-3">{t.fiscalCode}</dt>
        <dd className="col-sm-9">{user.fiscalCode}</dd>
      </dl>
      <div className="form-group">
        <label htmlFor="email" className="active">
          {t.email}
        </label>
        <input
          type="email"
          className="form-control"
          id="email"
          name="email"
          defaultValue={user.email ?? ''}
          autoComplete="email"
          maxLength={254}
          aria-describedby="email-hint"
        />
        <small id="email-hint" className="form-text">
          {t.emailHint}
        </small>
      </div>
      <div className="form-group">
        <label htmlFor="telefono" className="active">
          {t.phone}
        </label>
        <input
          type="tel"
          className="form-control"
          id="telefono"
          name="telefono"
          autoComplete="tel"
          maxLength={20}
          aria-describedby="phone-hint"
        />
        <small id="phone-hint" className="form-text">
          {t.phoneHint}
        </small>
      </div>
    </fieldset>
  );
}

/** Confirmation of the chosen slot: needs login, and comes back here after it. */
export default async function ConfirmBookingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const slotId = first(query.orario) ?? '';
  const reason = first(query.motivo) ?? '';
  const returnTo = `${appointmentRoutes.confirm}?${new URLSearchParams({ orario: slotId, motivo: reason })}`;
  const [{ locale, t }, user] = await Promise.all([getI18n(), requireUser(returnTo)]);
  const a = t.appointments;
  const chosen = await chosenSlot(slotId, reason);
  const officeId = slotId.split('.')[0];
  const back = bookingHref({ office: officeId, reason, day: chosen?.slot.date });
  return (
    <div className="container portal-page">
      <AppointmentBreadcrumb
        label={a.breadcrumb.label}
        items={[
          { label: a.breadcrumb.home, href: routes.home },
          { label: a.booking.title, href: appointmentRoutes.booking },
          { label: a.confirm.title },
        ]}
      />
      <h1 className="mb-3">{a.confirm.title}</h1>
      {chosen ? (
        <>
          <p className="lead">{a.confirm.lead}</p>
          <h2 className="h4">{a.confirm.summary}</h2>
          <AppointmentSummary
            appointment={{
              date: chosen.slot.date,
              time: chosen.slot.time,
              officeName: chosen.office.name,
              officeAddress: chosen.office.address,
              reason,
            }}
            locale={locale}
            t={a.confirm}
          />
          <form action={bookAction}>
            <input type="hidden" name="orario" value={slotId} />
            <input type="hidden" name="motivo" value={reason} />
            <PersonFields user={user} t={a.confirm} />
            <div className="d-flex flex-wrap gap-3">
              <button type="submit" className="btn btn-primary">
                {a.confirm.submit}
              </button>
              <Link href={back} className="btn btn-outline-primary">
                {a.confirm.back}
              </Link>
            </div>
          </form>
        </>
      ) : (
        <div className="alert alert-warning" role="alert">
          {a.confirm.gone} <Link href={back}>{a.confirm.back}</Link>
        </div>
      )}
    </div>
  );
}

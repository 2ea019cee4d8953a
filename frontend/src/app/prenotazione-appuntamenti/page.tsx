import type { Metadata } from 'next';
import Link from 'next/link';
import { AppointmentBreadcrumb } from '../../components/appointments/appointment-breadcrumb';
import { DayStep, OfficeStep, ReasonStep } from '../../components/appointments/booking-steps';
import { SlotRadios } from '../../components/appointments/slot-radios';
import { Steppers } from '../../components/steppers/steppers';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import { getI18n } from '../../i18n/get-i18n';
import type { Locale } from '../../i18n/locale';
import { getCurrentUser } from '../../lib/api/auth';
import { formatDay } from '../../lib/appointments/appointment-dates';
import { appointmentRoutes, bookingHref } from '../../lib/appointments/appointment-routes';
import {
  type BookingState,
  type BookingStep,
  errorMessage,
  first,
  isOutage,
  readBookingState,
} from '../../lib/appointments/booking-choices';
import { routes } from '../../lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.appointments.booking.title };
}

const STEPS: readonly BookingStep[] = ['office', 'reason', 'day', 'time'];

/** What was chosen so far, each with a link back to change it. */
function Choices({
  state,
  locale,
  t,
}: {
  state: BookingState;
  locale: Locale;
  t: Dictionary['appointments'];
}) {
  const rows: { label: string; value: string; href: string }[] = [];
  if (state.office)
    rows.push({ label: t.booking.steps.office, value: state.office.name, href: bookingHref({}) });
  if (state.reason)
    rows.push({
      label: t.booking.steps.reason,
      value: state.reason,
      href: bookingHref({ office: state.office?.id }),
    });
  if (state.day)
    rows.push({
      label: t.booking.steps.day,
      value: formatDay(state.day, locale),
      href: bookingHref({ office: state.office?.id, reason: state.reason }),
    });
  if (rows.length === 0) return null;
  return (
    <section className="mb-4" aria-labelledby="choices-title">
      <h2 id="choices-title" className="h5">
        {t.booking.chosen}
      </h2>
      <ul className="list-unstyled">
        {rows.map((row) => (
          <li key={row.label} className="mb-1">
            <span className="fw-semibold">{row.label}:</span> {row.value}{' '}
            <Link href={row.href}>
              {t.booking.change}
              <span className="visually-hidden"> ({row.label})</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function CurrentStep({
  state,
  locale,
  loggedIn,
  t,
}: {
  state: BookingState;
  locale: Locale;
  loggedIn: boolean;
  t: Dictionary['appointments'];
}) {
  if (state.step === 'office') {
    return state.offices.length ? <OfficeStep offices={state.offices} t={t} /> : <p>{t.booking.noOffices}</p>;
  }
  const office = state.office!;
  if (state.step === 'reason') return <ReasonStep office={office} t={t} />;
  const dayStep = (
    <DayStep
      office={office}
      reason={state.reason}
      days={state.days}
      selected={state.day}
      action={appointmentRoutes.booking}
      locale={locale}
      t={t}
    />
  );
  if (state.step === 'day') return dayStep;
  return (
    <form method="get" action={appointmentRoutes.confirm}>
      <input type="hidden" name="motivo" value={state.reason} />
      <SlotRadios
        slots={state.slots}
        legend={`${t.booking.timeLegend}: ${formatDay(state.day!, locale)}`}
        hint={formatMessage(t.booking.timeHint, { minutes: String(office.slotMinutes) })}
      />
      {!loggedIn && <p className="form-text">{t.booking.loginNeeded}</p>}
      <button type="submit" className="btn btn-primary">
        {t.booking.book}
      </button>
    </form>
  );
}

/** Public booking start page: office → reason → day → time, each step a plain GET form. */
export default async function BookingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const [{ locale, t }, user] = await Promise.all([getI18n(), getCurrentUser()]);
  const a = t.appointments;
  let state: BookingState | null = null;
  try {
    state = await readBookingState({
      ufficio: first(query.ufficio),
      motivo: first(query.motivo),
      giorno: first(query.giorno),
    });
  } catch (error) {
    if (!isOutage(error)) throw error;
  }
  const error = errorMessage(first(query.errore), a);
  return (
    <div className="container portal-page">
      <AppointmentBreadcrumb
        label={a.breadcrumb.label}
        items={[{ label: a.breadcrumb.home, href: routes.home }, { label: a.booking.title }]}
      />
      <h1 className="mb-3">{a.booking.title}</h1>
      <p className="lead">{a.booking.lead}</p>
      {user && (
        <p>
          <Link href={appointmentRoutes.mine}>{a.booking.myAppointments}</Link>
        </p>
      )}
      {error && (
        <div className="alert alert-danger" role="alert">
          {error}
        </div>
      )}
      {state ? (
        <>
          <Steppers steps={STEPS} current={state.step} t={a.booking.steps} />
          <Choices state={state} locale={locale} t={a} />
          <CurrentStep state={state} locale={locale} loggedIn={!!user} t={a} />
        </>
      ) : (
        <div className="alert alert-warning" role="alert">
          {a.booking.unavailable}
        </div>
      )}
    </div>
  );
}

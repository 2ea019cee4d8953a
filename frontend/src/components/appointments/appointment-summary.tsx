import type { Locale } from '../../i18n/locale';
import { formatDayTime } from '../../lib/appointments/appointment-dates';

export interface SummaryLabels {
  when: string;
  office: string;
  address: string;
  reason: string;
}

/** When, where and why of an appointment, as a description list. */
export function AppointmentSummary({
  appointment,
  locale,
  t,
}: {
  appointment: { date: string; time: string; officeName: string; officeAddress: string; reason: string };
  locale: Locale;
  t: SummaryLabels;
}) {
  const rows: [string, string][] = [
    [t.when, formatDayTime(appointment.date, appointment.time, locale)],
    [t.office, appointment.officeName],
    [t.address, appointment.officeAddress],
    [t.reason, appointment.reason],
  ];
  return (
    <dl className="row mb-4">
      {rows.map(([label, value]) => (
        <div className="col-12 d-sm-flex" key={label}>
          <dt className="col-sm-3 fw-semibold">{label}</dt>
          <dd className="col-sm-9 mb-2">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

import type { AppointmentOffice } from '../../lib/api/appointments';

/** The weekly opening hours of an office, one line per open weekday. */
export function OfficeHours({
  office,
  weekdays,
}: {
  office: AppointmentOffice;
  weekdays: readonly string[];
}) {
  const days = [1, 2, 3, 4, 5, 6, 7]
    .map((weekday) => ({
      weekday,
      periods: office.hours.filter((period) => period.weekday === weekday),
    }))
    .filter((day) => day.periods.length > 0);
  return (
    <ul className="list-unstyled mb-0">
      {days.map((day) => (
        <li key={day.weekday}>
          <span className="fw-semibold">{weekdays[day.weekday - 1]}</span>:{' '}
          {day.periods.map((period) => `${period.opens}–${period.closes}`).join(', ')}
        </li>
      ))}
    </ul>
  );
}

import { isItalianNationalHoliday } from '../../backend/src/common/calendar/italian-holidays.js';
import { testDb } from '../../backend/test/support/db.js';
import { addDaysIso, romeToday } from './portal.js';

export const APPOINTMENT_REASON = 'Carta d’identità elettronica';

/** An office of the registry, open every day 07:00-21:00 in 30-minute slots, for one test file. */
export async function seedAppointmentOffice(name: string): Promise<string> {
  const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '07:00', closes: '21:00' }));
  const { rows } = await testDb().query<{ id: string }>(
    `INSERT INTO appointment_office (name, address, email, reasons, weekly_hours, slot_minutes, capacity, staff_role)
     VALUES ($1, 'Piazza XXV Aprile 1, 26016 Spino d''Adda (CR)', 'anagrafe@example.it', $2, $3, 30, 1, 'registry')
     RETURNING id`,
    [name, JSON.stringify([APPOINTMENT_REASON, 'Cambio di residenza']), JSON.stringify(hours)],
  );
  return rows[0].id;
}

/** The first day after `after` that is not a national holiday: the office above has free times on it. */
export function nextOpenDay(after = romeToday()): string {
  let day = addDaysIso(after, 1);
  while (isItalianNationalHoliday(day)) day = addDaysIso(day, 1);
  return day;
}

/** The slot id of an office's day and time, as the backend names it. */
export function slotId(office: string, day: string, time: string): string {
  return `${office}.${day}T${time}`;
}

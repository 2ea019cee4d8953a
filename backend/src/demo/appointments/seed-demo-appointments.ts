import type { EntityManager } from 'typeorm';
import { officeSlots } from '../../appointments/domain/office-slots.js';
import type { OpeningPeriod } from '../../appointments/domain/weekly-hours.js';
import { addDays, type IsoDate } from '../../common/calendar/civil-date.js';

/** A demo resident who books (the seeder's `DemoResident`, restated to keep the import one-way). */
interface BookingResident {
  fiscalCode: string;
  givenName: string;
  familyName: string;
  email: string | null;
}

interface DemoOffice {
  name: string;
  address: string;
  email: string;
  phone: string;
  staffRole: 'registry' | 'permits' | 'taxes';
  slotMinutes: number;
  capacity: number;
  reasons: string[];
  hours: OpeningPeriod[];
}

const TOWN_HALL = "Piazza XXV Aprile 1, 26016 Spino d'Adda (CR)";
const morning = (weekday: number, opens = '09:00', closes = '12:30'): OpeningPeriod => ({
  weekday,
  opens,
  closes,
});

/** The offices of the town hall that receive by appointment, with hours like those the comune publishes. */
export const DEMO_OFFICES: readonly DemoOffice[] = [
  {
    name: 'Servizi demografici – Anagrafe',
    address: `${TOWN_HALL}, piano terra`,
    email: 'anagrafe@comune.spinodadda.cr.it',
    phone: '+39 0373 988111',
    staffRole: 'registry',
    slotMinutes: 15,
    capacity: 1,
    reasons: [
      'Carta d’identità elettronica',
      'Cambio di residenza',
      'Certificati anagrafici e di stato civile',
      'Autenticazione di firma o di copia',
    ],
    hours: [
      morning(1),
      morning(2),
      { weekday: 2, opens: '15:00', closes: '17:30' },
      morning(3),
      morning(4),
      morning(5),
      morning(6, '09:00', '11:30'),
    ],
  },
  {
    name: 'Ufficio tecnico – Edilizia privata',
    address: `${TOWN_HALL}, primo piano`,
    email: 'tecnico@comune.spinodadda.cr.it',
    phone: '+39 0373 988120',
    staffRole: 'permits',
    slotMinutes: 30,
    capacity: 1,
    reasons: [
      'Informazioni su una pratica edilizia',
      'Accesso agli atti edilizi',
      'Certificato di destinazione urbanistica',
    ],
    hours: [morning(2, '09:00', '12:00'), { weekday: 4, opens: '14:30', closes: '17:30' }],
  },
  {
    name: 'Ufficio tributi',
    address: `${TOWN_HALL}, primo piano`,
    email: 'tributi@comune.spinodadda.cr.it',
    phone: '+39 0373 988130',
    staffRole: 'taxes',
    slotMinutes: 20,
    capacity: 2,
    reasons: ['IMU: calcolo e F24', 'TARI: iscrizione, variazione, cessazione', 'Rimborsi e ravvedimento'],
    hours: [
      morning(1, '09:00', '12:00'),
      morning(3, '09:00', '12:00'),
      { weekday: 3, opens: '15:00', closes: '17:00' },
    ],
  },
];

/**
 * The demo offices, and a few bookings of demo residents in the coming two weeks so the staff agenda has
 * something to show. Returns the rows written.
 */
export async function seedDemoAppointments(
  manager: EntityManager,
  options: { today: IsoDate; residents: readonly BookingResident[] },
): Promise<number> {
  let written = 0;
  let resident = 0;
  for (const [position, office] of DEMO_OFFICES.entries()) {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO appointment_office (name, address, email, phone, reasons, weekly_hours, slot_minutes, capacity,
         staff_role, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        office.name,
        office.address,
        office.email,
        office.phone,
        JSON.stringify(office.reasons),
        JSON.stringify(office.hours),
        office.slotMinutes,
        office.capacity,
        office.staffRole,
        position,
      ],
    );
    written += 1;
    const slots = officeSlots(
      {
        id: rows[0].id,
        weeklyHours: office.hours,
        slotMinutes: office.slotMinutes,
        capacity: office.capacity,
      },
      { from: addDays(options.today, 1), to: addDays(options.today, 14) },
      new Set(),
      new Map(),
      new Date(0),
    );
    // Every third slot taken, by the residents after the demo identities (they keep a free choice).
    for (const slot of slots.filter((_, index) => index % 3 === 1)) {
      const person = options.residents[4 + (resident % Math.max(1, options.residents.length - 4))];
      if (!person) break;
      resident += 1;
      await manager.query(
        `INSERT INTO appointment (office_id, starts_at, ends_at, seat, fiscal_code, given_name, family_name, email, reason)
         VALUES ($1, $2, $3, 0, $4, $5, $6, $7, $8)`,
        [
          rows[0].id,
          slot.startsAt,
          slot.endsAt,
          person.fiscalCode,
          person.givenName,
          person.familyName,
          person.email,
          office.reasons[resident % office.reasons.length],
        ],
      );
      written += 1;
    }
  }
  return written;
}

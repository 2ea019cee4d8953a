import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { IsoDate } from '../../common/calendar/civil-date.js';
import type { OpeningPeriod } from '../domain/weekly-hours.js';
import type {
  AppointmentRecord,
  BookingPerson,
  ClosureRecord,
  OfficeRecord,
  OfficeStaffRole,
} from './appointment-records.js';

interface OfficeRow {
  id: string;
  name: string;
  address: string;
  email: string | null;
  phone: string | null;
  reasons: string[];
  weekly_hours: OpeningPeriod[];
  slot_minutes: number;
  capacity: number;
  staff_role: OfficeStaffRole;
}

interface AppointmentRow {
  id: string;
  office_id: string;
  office_name: string;
  office_address: string;
  office_email: string | null;
  starts_at: Date;
  ends_at: Date;
  fiscal_code: string;
  given_name: string;
  family_name: string;
  email: string | null;
  phone: string | null;
  reason: string;
  status: 'booked' | 'cancelled';
  sequence: number;
  created_at: Date;
}

const OFFICE_COLUMNS =
  'id, name, address, email, phone, reasons, weekly_hours, slot_minutes, capacity, staff_role';
const APPOINTMENT_SELECT = `
  SELECT a.id, a.office_id, o.name AS office_name, o.address AS office_address, o.email AS office_email,
         a.starts_at, a.ends_at, a.fiscal_code, a.given_name, a.family_name, a.email, a.phone, a.reason, a.status,
         a.sequence, a.created_at
    FROM appointment a JOIN appointment_office o ON o.id = a.office_id`;

function office(row: OfficeRow): OfficeRecord {
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    email: row.email,
    phone: row.phone,
    reasons: row.reasons,
    weeklyHours: row.weekly_hours,
    slotMinutes: row.slot_minutes,
    capacity: row.capacity,
    staffRole: row.staff_role,
  };
}

function appointment(row: AppointmentRow): AppointmentRecord {
  return {
    id: row.id,
    officeId: row.office_id,
    officeName: row.office_name,
    officeAddress: row.office_address,
    officeEmail: row.office_email,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    fiscalCode: row.fiscal_code,
    givenName: row.given_name,
    familyName: row.family_name,
    email: row.email,
    phone: row.phone,
    reason: row.reason,
    status: row.status,
    sequence: row.sequence,
    createdAt: row.created_at,
  };
}

/** The booking tables. Methods take the transaction's manager where they are part of a use case's change. */
@Injectable()
export class AppointmentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async listOffices(): Promise<OfficeRecord[]> {
    const rows: OfficeRow[] = await this.dataSource.query(
      `SELECT ${OFFICE_COLUMNS} FROM appointment_office ORDER BY position, name`,
    );
    return rows.map(office);
  }

  async findOffice(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OfficeRecord | null> {
    const rows: OfficeRow[] = await manager.query(
      `SELECT ${OFFICE_COLUMNS} FROM appointment_office WHERE id = $1`,
      [id],
    );
    return rows[0] ? office(rows[0]) : null;
  }

  async closedDays(
    officeId: string,
    from: IsoDate,
    to: IsoDate,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Set<IsoDate>> {
    const rows: { day: string }[] = await manager.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day FROM appointment_closure WHERE office_id = $1 AND day BETWEEN $2 AND $3`,
      [officeId, from, to],
    );
    return new Set(rows.map((row) => row.day));
  }

  async listClosures(officeId: string, from: IsoDate): Promise<ClosureRecord[]> {
    const rows: { id: string; office_id: string; day: string; reason: string }[] =
      await this.dataSource.query(
        `SELECT id, office_id, to_char(day, 'YYYY-MM-DD') AS day, reason FROM appointment_closure
        WHERE office_id = $1 AND day >= $2 ORDER BY day`,
        [officeId, from],
      );
    return rows.map((row) => ({ id: row.id, officeId: row.office_id, date: row.day, reason: row.reason }));
  }

  /** Booked seats per slot start (milliseconds) between two instants. */
  async takenSeats(officeId: string, from: Date, to: Date): Promise<Map<number, number>> {
    const rows: { starts_at: Date; taken: number }[] = await this.dataSource.query(
      `SELECT starts_at, count(*)::int AS taken FROM appointment
        WHERE office_id = $1 AND status = 'booked' AND starts_at >= $2 AND starts_at < $3 GROUP BY starts_at`,
      [officeId, from, to],
    );
    return new Map(rows.map((row) => [row.starts_at.getTime(), row.taken]));
  }

  /** Serializes one resident's bookings until the transaction ends, so a limit check cannot be raced past. */
  async lockResident(manager: EntityManager, fiscalCode: string): Promise<void> {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('appointment:' || $1))", [fiscalCode]);
  }

  async countActive(manager: EntityManager, fiscalCode: string, now: Date): Promise<number> {
    const rows: { count: number }[] = await manager.query(
      "SELECT count(*)::int AS count FROM appointment WHERE fiscal_code = $1 AND status = 'booked' AND starts_at > $2",
      [fiscalCode, now],
    );
    return rows[0].count;
  }

  /**
   * Takes the first free seat of a slot, or nothing when all are taken. The partial UNIQUE index decides: of
   * two transactions aiming at one seat, the second waits for the first and then inserts nothing. With more
   * seats the loser tries the next one, in a fresh snapshot.
   */
  async insertBooking(
    manager: EntityManager,
    booking: {
      officeId: string;
      startsAt: Date;
      endsAt: Date;
      capacity: number;
      reason: string;
      person: BookingPerson;
    },
  ): Promise<string | null> {
    for (let attempt = 0; attempt < booking.capacity; attempt += 1) {
      const seat = await this.freeSeat(manager, booking.officeId, booking.startsAt, booking.capacity);
      if (seat === null) return null;
      const { person } = booking;
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO appointment (office_id, starts_at, ends_at, seat, fiscal_code, given_name, family_name, email,
           phone, reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT DO NOTHING RETURNING id`,
        [
          booking.officeId,
          booking.startsAt,
          booking.endsAt,
          seat,
          person.fiscalCode,
          person.givenName,
          person.familyName,
          person.email,
          person.phone,
          booking.reason,
        ],
      );
      if (rows[0]) return rows[0].id;
    }
    return null;
  }

  /**
   * Moves a booking to another slot in one statement: the row leaves its old seat only if the UNIQUE index lets
   * it into the new one; a clash raises 23505 and the caller's transaction rolls back with the old slot kept.
   */
  async moveBooking(
    manager: EntityManager,
    id: string,
    slot: { startsAt: Date; endsAt: Date; capacity: number; officeId: string },
  ): Promise<boolean> {
    const seat = await this.freeSeat(manager, slot.officeId, slot.startsAt, slot.capacity);
    if (seat === null) return false;
    await manager.query(
      `UPDATE appointment SET office_id = $2, starts_at = $3, ends_at = $4, seat = $5, sequence = sequence + 1,
              reminder_sent_at = NULL, updated_at = now()
        WHERE id = $1`,
      [id, slot.officeId, slot.startsAt, slot.endsAt, seat],
    );
    return true;
  }

  async cancelBooking(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE appointment SET status = 'cancelled', cancelled_at = now(), sequence = sequence + 1, updated_at = now()
        WHERE id = $1`,
      [id],
    );
  }

  async findAppointment(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AppointmentRecord | null> {
    const rows: AppointmentRow[] = await manager.query(`${APPOINTMENT_SELECT} WHERE a.id = $1`, [id]);
    return rows[0] ? appointment(rows[0]) : null;
  }

  /** Locks the row for a move or a cancellation, so two of them on one appointment run one after the other. */
  async lockAppointment(manager: EntityManager, id: string): Promise<AppointmentRecord | null> {
    const rows: AppointmentRow[] = await manager.query(
      `${APPOINTMENT_SELECT} WHERE a.id = $1 FOR UPDATE OF a`,
      [id],
    );
    return rows[0] ? appointment(rows[0]) : null;
  }

  async listForResident(fiscalCode: string): Promise<AppointmentRecord[]> {
    const rows: AppointmentRow[] = await this.dataSource.query(
      `${APPOINTMENT_SELECT} WHERE a.fiscal_code = $1 ORDER BY a.status, a.starts_at DESC LIMIT 200`,
      [fiscalCode],
    );
    return rows.map(appointment);
  }

  async agenda(officeId: string, from: Date, to: Date): Promise<AppointmentRecord[]> {
    const rows: AppointmentRow[] = await this.dataSource.query(
      `${APPOINTMENT_SELECT} WHERE a.office_id = $1 AND a.status = 'booked' AND a.starts_at >= $2 AND a.starts_at < $3
        ORDER BY a.starts_at, a.seat`,
      [officeId, from, to],
    );
    return rows.map(appointment);
  }

  async updateSchedule(
    manager: EntityManager,
    officeId: string,
    schedule: { weeklyHours: OpeningPeriod[]; slotMinutes: number; capacity: number },
  ): Promise<void> {
    await manager.query(
      `UPDATE appointment_office SET weekly_hours = $2, slot_minutes = $3, capacity = $4, updated_at = now() WHERE id = $1`,
      [officeId, JSON.stringify(schedule.weeklyHours), schedule.slotMinutes, schedule.capacity],
    );
  }

  /** The new closure's id, or null when the day is already closed. */
  async insertClosure(
    manager: EntityManager,
    closure: { officeId: string; date: IsoDate; reason: string; createdBy: string },
  ): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO appointment_closure (office_id, day, reason, created_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING id`,
      [closure.officeId, closure.date, closure.reason, closure.createdBy],
    );
    return rows[0]?.id ?? null;
  }

  async deleteClosure(
    manager: EntityManager,
    officeId: string,
    closureId: string,
  ): Promise<ClosureRecord | null> {
    const rows: { id: string; office_id: string; day: string; reason: string }[] = await manager.query(
      `DELETE FROM appointment_closure WHERE id = $1 AND office_id = $2
       RETURNING id, office_id, to_char(day, 'YYYY-MM-DD') AS day, reason`,
      [closureId, officeId],
    );
    // A DELETE ... RETURNING answers [rows, count] through TypeORM's postgres driver.
    const deleted = (Array.isArray(rows[0]) ? rows[0] : rows) as typeof rows;
    const row = deleted[0];
    return row ? { id: row.id, officeId: row.office_id, date: row.day, reason: row.reason } : null;
  }

  /**
   * Marks up to `limit` bookings starting between two instants as reminded and returns them, in the caller's
   * transaction: the conditional UPDATE (`reminder_sent_at IS NULL`) with SKIP LOCKED lets every replica run the
   * job and still remind each appointment once.
   */
  async claimReminders(
    manager: EntityManager,
    from: Date,
    to: Date,
    limit: number,
  ): Promise<AppointmentRecord[]> {
    const claimed: { id: string }[] = await manager.query(
      `SELECT id FROM appointment
        WHERE status = 'booked' AND reminder_sent_at IS NULL AND starts_at >= $1 AND starts_at < $2
        ORDER BY starts_at LIMIT $3 FOR UPDATE SKIP LOCKED`,
      [from, to, limit],
    );
    if (claimed.length === 0) return [];
    const ids = claimed.map((row) => row.id);
    await manager.query('UPDATE appointment SET reminder_sent_at = now() WHERE id = ANY($1)', [ids]);
    const rows: AppointmentRow[] = await manager.query(`${APPOINTMENT_SELECT} WHERE a.id = ANY($1)`, [ids]);
    return rows.map(appointment);
  }

  private async freeSeat(
    manager: EntityManager,
    officeId: string,
    startsAt: Date,
    capacity: number,
  ): Promise<number | null> {
    const rows: { seat: number }[] = await manager.query(
      `SELECT s AS seat FROM generate_series(0, $3::int - 1) s
        WHERE NOT EXISTS (SELECT 1 FROM appointment
                           WHERE office_id = $1 AND starts_at = $2 AND seat = s AND status = 'booked')
        ORDER BY s LIMIT 1`,
      [officeId, startsAt, capacity],
    );
    return rows[0]?.seat ?? null;
  }
}

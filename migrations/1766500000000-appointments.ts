import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Appointment booking: the offices that receive the public (weekly opening hours, slot length, residents per
 * slot, the reasons one may book for, the staff role that manages them), their closures, and the bookings.
 * Slots are computed from the hours; what keeps two residents out of one seat is the partial UNIQUE index on
 * the booked rows, so no check done in application code can be raced past.
 */
export class Appointments1766500000000 implements MigrationInterface {
  name = 'Appointments1766500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE appointment_office (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(120) NOT NULL,
        address varchar(200) NOT NULL,
        email varchar(254),
        phone varchar(40),
        reasons jsonb NOT NULL DEFAULT '[]',
        weekly_hours jsonb NOT NULL DEFAULT '[]',
        slot_minutes smallint NOT NULL DEFAULT 15 CHECK (slot_minutes BETWEEN 5 AND 240),
        capacity smallint NOT NULL DEFAULT 1 CHECK (capacity BETWEEN 1 AND 20),
        staff_role varchar(16) NOT NULL CHECK (staff_role IN ('registry', 'permits', 'taxes')),
        position smallint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE appointment_closure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        office_id uuid NOT NULL REFERENCES appointment_office (id) ON DELETE CASCADE,
        day date NOT NULL,
        reason varchar(200) NOT NULL,
        created_by varchar(16),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (office_id, day)
      )`);
    await queryRunner.query(`
      CREATE TABLE appointment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        office_id uuid NOT NULL REFERENCES appointment_office (id),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        seat smallint NOT NULL DEFAULT 0,
        fiscal_code varchar(16) NOT NULL,
        given_name varchar(100) NOT NULL,
        family_name varchar(100) NOT NULL,
        email varchar(254),
        phone varchar(40),
        reason varchar(200) NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled')),
        sequence integer NOT NULL DEFAULT 0,
        reminder_sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        cancelled_at timestamptz
      )`);
    // The guarantee of the feature: one booked row per seat of a slot.
    await queryRunner.query(
      `CREATE UNIQUE INDEX appointment_seat_taken ON appointment (office_id, starts_at, seat) WHERE status = 'booked'`,
    );
    await queryRunner.query(
      `CREATE INDEX appointment_resident_idx ON appointment (fiscal_code, starts_at) WHERE status = 'booked'`,
    );
    await queryRunner.query(
      `CREATE INDEX appointment_reminder_due_idx ON appointment (starts_at) WHERE status = 'booked' AND reminder_sent_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE appointment');
    await queryRunner.query('DROP TABLE appointment_closure');
    await queryRunner.query('DROP TABLE appointment_office');
  }
}

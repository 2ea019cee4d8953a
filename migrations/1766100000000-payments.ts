import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * pagoPA payments (art. 5 CAD): debt positions registered on GPD, the certificate requests that wait for the
 * digital stamp, and the fees the building office charges on a practice with their tariff per practice type.
 */
export class Payments1766100000000 implements MigrationInterface {
  name = 'Payments1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // IUV base numbers: a sequence is unique and safe under concurrency across every replica.
    await queryRunner.query('CREATE SEQUENCE payment_iuv_seq MINVALUE 1 MAXVALUE 9999999999999 NO CYCLE');
    await queryRunner.query(`
      CREATE TABLE payment_position (
        id uuid PRIMARY KEY,
        kind varchar(32) NOT NULL CHECK (kind IN ('certificate-stamp', 'imu', 'practice-fee')),
        reference_type varchar(64) NOT NULL,
        reference_id varchar(128) NOT NULL,
        idempotency_key varchar(200) NOT NULL UNIQUE,
        payer_fiscal_code varchar(16) NOT NULL,
        payer_name varchar(140) NOT NULL,
        creditor_fiscal_code char(11) NOT NULL,
        creditor_name varchar(140) NOT NULL,
        iupd varchar(64) NOT NULL UNIQUE,
        iuv char(17) NOT NULL UNIQUE,
        notice_number char(18) NOT NULL UNIQUE,
        amount numeric(12, 2) NOT NULL CHECK (amount > 0),
        due_date date NOT NULL,
        purpose varchar(140) NOT NULL,
        stamp_hash varchar(72),
        stamp_province char(2),
        status varchar(16) NOT NULL CHECK (status IN ('pending', 'due', 'paid', 'expired', 'cancelled')),
        gpd_attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        last_error varchar(500),
        paid_at timestamptz,
        receipt_id varchar(64),
        psp_company varchar(140),
        payment_method varchar(64),
        iubd varchar(32),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status <> 'paid' OR paid_at IS NOT NULL)
      )`);
    await queryRunner.query(
      'CREATE INDEX payment_position_payer_idx ON payment_position (payer_fiscal_code, status, due_date)',
    );
    await queryRunner.query(
      `CREATE INDEX payment_position_work_idx ON payment_position (status, next_attempt_at)
         WHERE status IN ('pending', 'due')`,
    );
    await queryRunner.query(
      'CREATE INDEX payment_position_reference_idx ON payment_position (reference_type, reference_id)',
    );

    // The marca da bollo digitale (pagoPA) joins the paper marca as a way the duty was paid.
    await queryRunner.query(`
      ALTER TABLE issued_certificate
        DROP CONSTRAINT issued_certificate_stamp_duty_payment_method_check,
        ADD CONSTRAINT issued_certificate_stamp_duty_payment_method_check
          CHECK (stamp_duty_payment_method IN ('marca', 'pagopa'))`);
    await queryRunner.query(`
      CREATE TABLE certificate_request (
        id uuid PRIMARY KEY,
        requester_fiscal_code varchar(16) NOT NULL,
        requester_given_name varchar(128) NOT NULL,
        requester_family_name varchar(128) NOT NULL,
        requester_email varchar(320),
        subject_person_id uuid NOT NULL,
        types varchar(64)[] NOT NULL,
        fingerprint char(64) NOT NULL,
        idempotency_key varchar(128),
        status varchar(24) NOT NULL CHECK (status IN ('awaiting-payment', 'issued', 'cancelled', 'failed')),
        payment_id uuid NOT NULL,
        certificate_id uuid,
        failure varchar(500),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (requester_fiscal_code, idempotency_key)
      )`);
    await queryRunner.query(
      'CREATE INDEX certificate_request_requester_idx ON certificate_request (requester_fiscal_code, created_at)',
    );

    await queryRunner.query(`
      CREATE TABLE permit_fee_tariff (
        practice_type varchar(16) PRIMARY KEY,
        description varchar(140) NOT NULL,
        amount numeric(12, 2) NOT NULL CHECK (amount > 0),
        source varchar(300),
        updated_by varchar(16),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE permit_practice_charge (
        id uuid PRIMARY KEY,
        practice_id uuid NOT NULL REFERENCES permit_practice (id),
        kind varchar(32) NOT NULL,
        description varchar(140) NOT NULL,
        amount numeric(12, 2) NOT NULL CHECK (amount > 0),
        payment_id uuid NOT NULL,
        created_by varchar(16) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      'CREATE INDEX permit_practice_charge_practice_idx ON permit_practice_charge (practice_id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE permit_practice_charge');
    await queryRunner.query('DROP TABLE permit_fee_tariff');
    await queryRunner.query('DROP TABLE certificate_request');
    await queryRunner.query(`
      ALTER TABLE issued_certificate
        DROP CONSTRAINT issued_certificate_stamp_duty_payment_method_check,
        ADD CONSTRAINT issued_certificate_stamp_duty_payment_method_check
          CHECK (stamp_duty_payment_method IN ('marca'))`);
    await queryRunner.query('DROP TABLE payment_position');
    await queryRunner.query('DROP SEQUENCE payment_iuv_seq');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issued certificates (the resident's archive and the public verification register) and the rate-limit
 * counters shared by every backend replica.
 */
export class Certificates1764143000000 implements MigrationInterface {
  name = 'Certificates1764143000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // No foreign key to registry_person: a certificate is a document of its day and must outlive any later
    // change or re-import of the registry; the fiscal codes keep it traceable.
    // Stamp duty: `kind` says exempt or paid, `payment_method` says how it was paid. Only the marca da bollo
    // exists today; pagoPA (@e.bollo) will add its method to the CHECK and a column for the IUBD with its own
    // UNIQUE constraint, without touching the rows already issued.
    await queryRunner.query(`
      CREATE TABLE issued_certificate (
        id uuid PRIMARY KEY,
        code char(16) NOT NULL,
        types varchar(32)[] NOT NULL CHECK (cardinality(types) >= 1),
        subject_person_id uuid NOT NULL,
        subject_fiscal_code varchar(16) NOT NULL,
        requester_fiscal_code varchar(16) NOT NULL,
        issued_at timestamptz NOT NULL,
        issue_date date NOT NULL,
        stamp_duty_kind varchar(8) NOT NULL CHECK (stamp_duty_kind IN ('exempt', 'paid')),
        stamp_duty_exemption varchar(40),
        stamp_duty_note varchar(256),
        stamp_duty_payment_method varchar(8) CHECK (stamp_duty_payment_method IN ('marca')),
        stamp_duty_amount_cents integer,
        stamp_duty_marca_id char(14) CHECK (stamp_duty_marca_id ~ '^[0-9]{14}$'),
        seal_kid varchar(16) NOT NULL,
        seal_token text NOT NULL,
        content jsonb NOT NULL,
        pdf_sha256 char(64) NOT NULL,
        pdf bytea NOT NULL,
        CONSTRAINT issued_certificate_code_key UNIQUE (code),
        CONSTRAINT issued_certificate_marca_id_key UNIQUE (stamp_duty_marca_id),
        CONSTRAINT issued_certificate_stamp_duty_check CHECK (
          (stamp_duty_kind = 'exempt' AND stamp_duty_exemption IS NOT NULL AND stamp_duty_payment_method IS NULL
            AND stamp_duty_amount_cents IS NULL AND stamp_duty_marca_id IS NULL)
          OR (stamp_duty_kind = 'paid' AND stamp_duty_exemption IS NULL AND stamp_duty_note IS NULL
            AND stamp_duty_payment_method IS NOT NULL AND stamp_duty_amount_cents > 0
            AND (stamp_duty_payment_method <> 'marca' OR stamp_duty_marca_id IS NOT NULL)))
      )`);
    await queryRunner.query(
      'CREATE INDEX issued_certificate_requester_idx ON issued_certificate (requester_fiscal_code, issued_at DESC, id DESC)',
    );

    // Fixed-window counters of @nestjs/throttler. UNLOGGED: a crash may reset the limits, which is harmless,
    // and the counters cost no WAL.
    await queryRunner.query(`
      CREATE UNLOGGED TABLE rate_limit_bucket (
        key varchar(128) PRIMARY KEY,
        hits integer NOT NULL,
        window_ends_at timestamptz NOT NULL,
        blocked_until timestamptz
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE rate_limit_bucket');
    await queryRunner.query('DROP TABLE issued_certificate');
  }
}

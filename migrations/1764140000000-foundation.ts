import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Extensions and the tables every module shares: sessions and the append-only audit log. */
export class Foundation1764140000000 implements MigrationInterface {
  name = 'Foundation1764140000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pgcrypto');
    await queryRunner.query(`
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_fiscal_code varchar(16),
        actor_role varchar(32),
        action varchar(64) NOT NULL,
        subject_fiscal_code varchar(16),
        resource_type varchar(64) NOT NULL,
        resource_id varchar(128),
        purpose varchar(256),
        request_id varchar(64),
        details jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await queryRunner.query(
      'CREATE INDEX audit_event_subject_idx ON audit_event (subject_fiscal_code, occurred_at DESC)',
    );
    await queryRunner.query(
      'CREATE INDEX audit_event_actor_idx ON audit_event (actor_fiscal_code, occurred_at DESC)',
    );
    // The application may only append: updates and deletes are refused by the database itself.
    await queryRunner.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE audit_event');
    await queryRunner.query('DROP FUNCTION audit_event_append_only()');
  }
}

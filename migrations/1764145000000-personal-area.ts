import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The personal area: the inbox of every notification sent to a person (keyed by codice fiscale, written by the
 * notification writer in the transaction of the change), the language a person reads the portal in (from the
 * `lang` cookie at login, used for their e-mails), and the anonymous satisfaction answers AgID asks for.
 */
export class PersonalArea1764145000000 implements MigrationInterface {
  name = 'PersonalArea1764145000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE app_user ADD COLUMN preferred_locale varchar(2) NOT NULL DEFAULT 'it'
         CHECK (preferred_locale IN ('it', 'en'))`,
    );
    await queryRunner.query(`
      CREATE TABLE personal_message (
        id bigserial PRIMARY KEY,
        recipient_fiscal_code varchar(16) NOT NULL,
        kind varchar(64) NOT NULL,
        content jsonb NOT NULL,
        resource_type varchar(64),
        resource_id varchar(64),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await queryRunner.query(
      'CREATE INDEX personal_message_recipient_idx ON personal_message (recipient_fiscal_code, created_at DESC, id DESC)',
    );
    await queryRunner.query(
      'CREATE INDEX personal_message_unread_idx ON personal_message (recipient_fiscal_code) WHERE read_at IS NULL',
    );
    await queryRunner.query(`
      CREATE TABLE service_feedback (
        id bigserial PRIMARY KEY,
        service varchar(32) NOT NULL,
        rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
        comment varchar(200),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      'CREATE INDEX service_feedback_service_idx ON service_feedback (service, created_at)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE service_feedback');
    await queryRunner.query('DROP TABLE personal_message');
    await queryRunner.query('ALTER TABLE app_user DROP COLUMN preferred_locale');
  }
}

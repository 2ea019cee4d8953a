import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * App IO beside e-mail (issue 16):
 * - outbox rows know their topic (which IO service sends them), the id and status the other side gave them
 *   (an IO message is followed until processed), and may end `skipped` (the resident is not on IO);
 *   a `dedupe_key` makes a campaign's message unique per taxpayer and channel; the rows of one message on
 *   several channels share a `message_group`, so staff see per message which channels delivered it;
 * - each resident's choice of channels per topic (no row: the defaults, e-mail and App IO);
 * - the App IO call budget shared by the replicas (IO allows 150 calls per 5 seconds per key);
 * - the IMU reminder campaigns, one per year and instalment, with one row per taxpayer so that a campaign
 *   resumes after a crash and never reminds anyone twice;
 * - the identity cards already reminded of their expiry (`registry_person.id_document_expires_on`), once each.
 */
export class AppIo1766200000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE notification_outbox
        ADD COLUMN topic varchar(16),
        ADD COLUMN external_id varchar(64),
        ADD COLUMN external_status varchar(32),
        ADD COLUMN dedupe_key varchar(200),
        ADD COLUMN message_group uuid,
        ADD COLUMN recipient_fiscal_code varchar(16),
        DROP CONSTRAINT IF EXISTS notification_outbox_status_check,
        ADD CONSTRAINT notification_outbox_status_check CHECK (status IN ('pending', 'sent', 'failed', 'skipped'))`);
    await queryRunner.query(
      'CREATE UNIQUE INDEX notification_outbox_dedupe_idx ON notification_outbox (dedupe_key, channel) WHERE dedupe_key IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX notification_outbox_created_idx ON notification_outbox (created_at DESC, id DESC)',
    );
    await queryRunner.query(`
      CREATE TABLE notification_preference (
        fiscal_code varchar(16) NOT NULL,
        topic varchar(16) NOT NULL,
        email boolean NOT NULL,
        app_io boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (fiscal_code, topic)
      )`);
    await queryRunner.query(`
      CREATE TABLE app_io_call_budget (
        key_hash varchar(32) NOT NULL,
        second timestamptz NOT NULL,
        used integer NOT NULL,
        PRIMARY KEY (key_hash, second)
      )`);
    await queryRunner.query(`
      CREATE TABLE imu_reminder_campaign (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        year integer NOT NULL,
        instalment varchar(8) NOT NULL CHECK (instalment IN ('first', 'balance')),
        due_date date NOT NULL,
        status varchar(8) NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done')),
        started_by varchar(16),
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        UNIQUE (year, instalment)
      )`);
    await queryRunner.query(`
      CREATE TABLE imu_reminder_recipient (
        campaign_id bigint NOT NULL REFERENCES imu_reminder_campaign (id) ON DELETE CASCADE,
        taxpayer_fiscal_code varchar(16) NOT NULL,
        status varchar(12) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'reminded', 'nothing_due', 'failed')),
        amount_cents bigint,
        detail text,
        PRIMARY KEY (campaign_id, taxpayer_fiscal_code)
      )`);
    await queryRunner.query(
      "CREATE INDEX imu_reminder_recipient_pending_idx ON imu_reminder_recipient (campaign_id, taxpayer_fiscal_code) WHERE status = 'pending'",
    );
    await queryRunner.query(`
      CREATE TABLE identity_card_reminder (
        fiscal_code varchar(16) NOT NULL,
        expires_on date NOT NULL,
        reminded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (fiscal_code, expires_on)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE identity_card_reminder');
    await queryRunner.query('DROP TABLE imu_reminder_recipient');
    await queryRunner.query('DROP TABLE imu_reminder_campaign');
    await queryRunner.query('DROP TABLE app_io_call_budget');
    await queryRunner.query('DROP TABLE notification_preference');
    await queryRunner.query("DELETE FROM notification_outbox WHERE status = 'skipped'");
    await queryRunner.query(`
      ALTER TABLE notification_outbox
        DROP CONSTRAINT notification_outbox_status_check,
        ADD CONSTRAINT notification_outbox_status_check CHECK (status IN ('pending', 'sent', 'failed')),
        DROP COLUMN dedupe_key,
        DROP COLUMN message_group,
        DROP COLUMN recipient_fiscal_code,
        DROP COLUMN external_status,
        DROP COLUMN external_id,
        DROP COLUMN topic`);
  }
}

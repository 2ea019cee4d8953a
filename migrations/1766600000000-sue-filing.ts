import type { MigrationInterface, QueryRunner } from 'typeorm';

const TYPES = "'CIL', 'CILA', 'SCIA', 'SCIA_ALTERNATIVA', 'PDC', 'SCA'";

/**
 * SUE online (D.P.R. 380/2001 art. 5): the protocol register (one counter row per year, so numbers are
 * sequential with no gap), the drafts residents and technicians fill in, their signed attachments and the
 * technicians' professional profiles.
 */
export class SueFiling1766600000000 implements MigrationInterface {
  name = 'SueFiling1766600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Incremented inside the filing's transaction: the row lock orders concurrent filings, a rollback returns the
    // number (DPR 445/2000 art. 57: the protocol number is sequential and restarts every year).
    await queryRunner.query(`
      CREATE TABLE protocol_counter (
        year smallint PRIMARY KEY CHECK (year BETWEEN 2000 AND 9999),
        last_number integer NOT NULL CHECK (last_number > 0)
      )`);
    await queryRunner.query(`
      CREATE TABLE protocol_entry (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        year smallint NOT NULL,
        number integer NOT NULL CHECK (number > 0),
        direction varchar(8) NOT NULL CHECK (direction IN ('incoming', 'outgoing', 'internal')),
        subject text NOT NULL,
        office varchar(256) NOT NULL,
        correspondent varchar(256) NOT NULL,
        resource_type varchar(64),
        resource_id varchar(128),
        registered_at timestamptz NOT NULL,
        UNIQUE (year, number)
      )`);

    await queryRunner.query(`
      CREATE TABLE permit_draft (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type varchar(16) NOT NULL CHECK (type IN (${TYPES})),
        author_fiscal_code varchar(16) NOT NULL,
        author_name varchar(256) NOT NULL,
        sections jsonb NOT NULL DEFAULT '{}'::jsonb,
        practice_id uuid UNIQUE REFERENCES permit_practice (id),
        integration_request_id uuid REFERENCES permit_integration_request (id),
        protocol_number varchar(32),
        receipt_storage_key varchar(256),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz,
        CHECK ((submitted_at IS NULL) = (practice_id IS NULL))
      )`);
    await queryRunner.query(
      'CREATE INDEX permit_draft_author_idx ON permit_draft (author_fiscal_code, updated_at DESC)',
    );

    await queryRunner.query(`
      CREATE TABLE permit_draft_attachment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        draft_id uuid NOT NULL REFERENCES permit_draft (id) ON DELETE CASCADE,
        kind varchar(32) NOT NULL,
        file_name varchar(255) NOT NULL,
        media_type varchar(64) NOT NULL CHECK (media_type IN ('application/pdf', 'application/pkcs7-mime')),
        size_bytes bigint NOT NULL CHECK (size_bytes > 0),
        sha256 char(64) NOT NULL,
        storage_key varchar(256) NOT NULL,
        pdf_storage_key varchar(256) NOT NULL,
        pdf_sha256 char(64) NOT NULL,
        pdf_size_bytes bigint NOT NULL CHECK (pdf_size_bytes > 0),
        signature_format varchar(8) NOT NULL CHECK (signature_format IN ('pades', 'cades')),
        signer_name varchar(256) NOT NULL,
        signer_fiscal_code varchar(16),
        signed_at timestamptz NOT NULL,
        uploaded_by_fiscal_code varchar(16) NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (draft_id, sha256)
      )`);
    await queryRunner.query(
      'CREATE INDEX permit_draft_attachment_draft_idx ON permit_draft_attachment (draft_id, uploaded_at)',
    );

    await queryRunner.query(`
      CREATE TABLE technician_profile (
        fiscal_code varchar(16) PRIMARY KEY,
        professional_order varchar(128) NOT NULL,
        registration_number varchar(32) NOT NULL,
        province char(2) NOT NULL,
        pec varchar(320) NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE technician_profile');
    await queryRunner.query('DROP TABLE permit_draft_attachment');
    await queryRunner.query('DROP TABLE permit_draft');
    await queryRunner.query('DROP TABLE protocol_entry');
    await queryRunner.query('DROP TABLE protocol_counter');
  }
}

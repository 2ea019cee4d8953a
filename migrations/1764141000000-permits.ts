import type { MigrationInterface, QueryRunner } from 'typeorm';

const TYPES = "'CIL', 'CILA', 'SCIA', 'SCIA_ALTERNATIVA', 'PDC', 'SCA'";
const STATES =
  "'submitted', 'assigned', 'under_review', 'integration_requested', 'integrations_submitted', " +
  "'changes_requested', 'refusal_notice', 'effective', 'under_check', 'granted', 'rejected', 'archived', 'withdrawn'";

/**
 * Building-permit practices (pratiche edilizie) and the notification outbox their changes write to in the
 * same transaction.
 */
export class Permits1764141000000 implements MigrationInterface {
  name = 'Permits1764141000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');

    // Delivered by a worker with FOR UPDATE SKIP LOCKED: rows are claimed one at a time by one replica.
    await queryRunner.query(`
      CREATE TABLE notification_outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        channel varchar(16) NOT NULL CHECK (channel IN ('email', 'app_io')),
        recipient varchar(320) NOT NULL,
        recipient_name varchar(256),
        kind varchar(64) NOT NULL,
        content jsonb NOT NULL,
        resource_type varchar(64),
        resource_id varchar(128),
        status varchar(8) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await queryRunner.query(
      "CREATE INDEX notification_outbox_due_idx ON notification_outbox (next_attempt_at, id) WHERE status = 'pending'",
    );
    await queryRunner.query(
      'CREATE INDEX notification_outbox_resource_idx ON notification_outbox (resource_type, resource_id)',
    );

    await queryRunner.query(`
      CREATE TABLE permit_practice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type varchar(16) NOT NULL CHECK (type IN (${TYPES})),
        protocol_number varchar(32) NOT NULL UNIQUE,
        protocol_date date NOT NULL,
        address varchar(256) NOT NULL,
        cadastral_sheet varchar(8) NOT NULL,
        cadastral_parcel varchar(16) NOT NULL,
        cadastral_subaltern varchar(8),
        description text NOT NULL,
        state varchar(24) NOT NULL CHECK (state IN (${STATES})),
        version integer NOT NULL DEFAULT 1,
        case_officer_fiscal_code varchar(16),
        case_officer_name varchar(256),
        constraints varchar(8) NOT NULL DEFAULT 'none' CHECK (constraints IN ('none', 'cleared', 'pending')),
        doubled_terms boolean NOT NULL DEFAULT false,
        office_deadline date,
        search_text text GENERATED ALWAYS AS (
          lower(protocol_number || ' ' || address || ' ' || description)
        ) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      "COMMENT ON COLUMN permit_practice.office_deadline IS 'Last day of the legal term the office owes an act by in the current state; the practice is overdue after it. Recomputed on every change.'",
    );
    // The staff queue: overdue practices have the oldest deadlines, so this order puts them first.
    await queryRunner.query(
      'CREATE INDEX permit_practice_queue_idx ON permit_practice (office_deadline ASC NULLS LAST, protocol_date DESC, id)',
    );
    await queryRunner.query('CREATE INDEX permit_practice_state_idx ON permit_practice (state)');
    await queryRunner.query('CREATE INDEX permit_practice_type_idx ON permit_practice (type)');
    await queryRunner.query(
      'CREATE INDEX permit_practice_officer_idx ON permit_practice (case_officer_fiscal_code)',
    );
    await queryRunner.query(
      'CREATE INDEX permit_practice_search_idx ON permit_practice USING gin (search_text gin_trgm_ops)',
    );

    await queryRunner.query(`
      CREATE TABLE permit_party (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        practice_id uuid NOT NULL REFERENCES permit_practice (id) ON DELETE CASCADE,
        role varchar(16) NOT NULL CHECK (role IN ('applicant', 'co_applicant', 'technician')),
        fiscal_code varchar(16) NOT NULL,
        given_name varchar(128) NOT NULL,
        family_name varchar(128) NOT NULL,
        email varchar(320),
        UNIQUE (practice_id, role, fiscal_code)
      )`);
    await queryRunner.query(
      'CREATE INDEX permit_party_fiscal_code_idx ON permit_party (fiscal_code, practice_id)',
    );

    await queryRunner.query(`
      CREATE TABLE permit_transition (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        practice_id uuid NOT NULL REFERENCES permit_practice (id) ON DELETE CASCADE,
        seq integer NOT NULL,
        from_state varchar(24) CHECK (from_state IN (${STATES})),
        to_state varchar(24) NOT NULL CHECK (to_state IN (${STATES})),
        at timestamptz NOT NULL,
        actor_id varchar(64) NOT NULL,
        actor_role varchar(16) NOT NULL CHECK (actor_role IN ('applicant', 'technician', 'permits', 'system')),
        actor_name varchar(256) NOT NULL,
        public_note text,
        internal_note text,
        due_date date,
        decision_number varchar(64),
        decision_date date,
        decision_outcome varchar(8) CHECK (decision_outcome IN ('granted', 'rejected')),
        requested_documents jsonb NOT NULL DEFAULT '[]'::jsonb,
        case_officer_id varchar(64),
        case_officer_name varchar(256),
        UNIQUE (practice_id, seq),
        CHECK ((seq = 0) = (from_state IS NULL)),
        CHECK ((decision_number IS NULL) = (decision_date IS NULL))
      )`);

    await queryRunner.query(`
      CREATE TABLE permit_integration_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES permit_practice (id) ON DELETE CASCADE,
        transition_id bigint NOT NULL UNIQUE REFERENCES permit_transition (id),
        kind varchar(16) NOT NULL CHECK (kind IN ('integration', 'changes', 'observations')),
        requested_at timestamptz NOT NULL,
        due_date date,
        requested_documents jsonb NOT NULL DEFAULT '[]'::jsonb,
        answered_at timestamptz
      )`);
    await queryRunner.query(
      'CREATE INDEX permit_integration_request_practice_idx ON permit_integration_request (practice_id, requested_at)',
    );

    await queryRunner.query(`
      CREATE TABLE permit_document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES permit_practice (id) ON DELETE CASCADE,
        integration_request_id uuid REFERENCES permit_integration_request (id),
        file_name varchar(255) NOT NULL,
        media_type varchar(64) NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
        size_bytes bigint NOT NULL CHECK (size_bytes > 0),
        sha256 char(64) NOT NULL,
        storage_key varchar(256) NOT NULL,
        uploaded_by_fiscal_code varchar(16) NOT NULL,
        uploaded_by_role varchar(16) NOT NULL CHECK (uploaded_by_role IN ('applicant', 'technician', 'permits')),
        uploaded_by_name varchar(256) NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      'CREATE INDEX permit_document_practice_idx ON permit_document (practice_id, uploaded_at)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE permit_document');
    await queryRunner.query('DROP TABLE permit_integration_request');
    await queryRunner.query('DROP TABLE permit_transition');
    await queryRunner.query('DROP TABLE permit_party');
    await queryRunner.query('DROP TABLE permit_practice');
    await queryRunner.query('DROP TABLE notification_outbox');
  }
}

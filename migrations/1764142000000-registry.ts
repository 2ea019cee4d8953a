import type { MigrationInterface, QueryRunner } from 'typeorm';

const MARITAL_STATUSES = "'single', 'married', 'civil_union', 'divorced', 'widowed', 'civil_union_dissolved'";
const PERSON_STATUSES = "'resident', 'aire', 'deceased', 'emigrated'";
const EVENT_KINDS =
  "'birth', 'immigration', 'address_change', 'marriage', 'civil_union', 'divorce', 'death', 'emigration', " +
  "'aire_registration'";
const CORRECTION_FIELDS =
  "'family_name', 'given_name', 'sex', 'birth_date', 'birth_place', 'citizenship', 'marital_status', " +
  "'address', 'identity_document', 'household', 'other'";

/**
 * Accented letters folded for the name search key: `translate` is immutable (unlike `unaccent`), so the key
 * can be a stored generated column. The backend folds the query text with the same table.
 */
const FOLD_FROM = "àáâäãåèéêëìíîïòóôöõùúûüçñșşțţăčćšžłńőűýÀÁÂÄÃÅÈÉÊËÌÍÎÏÒÓÔÖÕÙÚÛÜÇÑȘŞȚŢĂČĆŠŽŁŃŐŰÝ'’.";
const FOLD_TO = 'aaaaaaeeeeiiiiooooouuuucnssttaccszlnouyAAAAAAEEEEIIIIOOOOOUUUUCNSSTTACCSZLNOUY';

/**
 * The registry (anagrafe): street register, persons, famiglie anagrafiche with the history of their members,
 * registry events, rettifica requests and the import jobs that load the comune's registry.
 *
 * The tables the importer fills (households, memberships, events) carry no foreign keys: the importer is their
 * only writer and resolves every reference by joining on natural keys inside its transaction, while a per-row
 * foreign-key check costs about 10 µs, 45 s of a million-resident import. Rettifica requests, written one at a
 * time by the application, keep theirs.
 */
export class Registry1764142000000 implements MigrationInterface {
  name = 'Registry1764142000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE registry_street (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        code varchar(20) NOT NULL UNIQUE,
        toponym varchar(30) NOT NULL,
        name varchar(100) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE registry_person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fiscal_code varchar(16) NOT NULL UNIQUE,
        source_person_id varchar(40),
        family_name varchar(80) NOT NULL,
        given_name varchar(80) NOT NULL,
        sex char(1) NOT NULL CHECK (sex IN ('M', 'F')),
        birth_date date NOT NULL,
        birth_place_code char(4) NOT NULL,
        birth_place_name varchar(100) NOT NULL,
        citizenship char(2) NOT NULL,
        marital_status varchar(24) NOT NULL CHECK (marital_status IN (${MARITAL_STATUSES})),
        status varchar(12) NOT NULL CHECK (status IN (${PERSON_STATUSES})),
        death_date date,
        id_document_kind varchar(8) CHECK (id_document_kind IN ('cie', 'paper')),
        id_document_number varchar(16),
        id_document_issued_on date,
        id_document_expires_on date,
        record_blocked boolean NOT NULL DEFAULT false,
        record_blocked_reason varchar(256),
        search_name varchar(161) GENERATED ALWAYS AS (
          upper(translate(family_name || ' ' || given_name, '${FOLD_FROM.replaceAll("'", "''")}', '${FOLD_TO}'))
        ) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT registry_person_death_check CHECK ((status = 'deceased') = (death_date IS NOT NULL)),
        CONSTRAINT registry_person_document_check CHECK (
          (id_document_kind IS NULL AND id_document_number IS NULL AND id_document_issued_on IS NULL
            AND id_document_expires_on IS NULL)
          OR (id_document_kind IS NOT NULL AND id_document_number IS NOT NULL AND id_document_issued_on IS NOT NULL
            AND id_document_expires_on IS NOT NULL)),
        CONSTRAINT registry_person_blocked_check CHECK (record_blocked = (record_blocked_reason IS NOT NULL))
      )`);
    // Prefix search on "SURNAME NAME" (and on the name alone, by rotating the words of the query).
    await queryRunner.query(
      'CREATE INDEX registry_person_search_name_idx ON registry_person (search_name text_pattern_ops)',
    );

    await queryRunner.query(`
      CREATE TABLE registry_household (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(30) NOT NULL UNIQUE,
        street_id integer,
        civic_number varchar(12),
        internal varchar(10),
        abroad_country_code char(4),
        abroad_locality varchar(100),
        abroad_address varchar(200),
        head_person_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT registry_household_address_check CHECK (
          (street_id IS NOT NULL AND civic_number IS NOT NULL AND abroad_country_code IS NULL AND abroad_locality IS NULL)
          OR (street_id IS NULL AND civic_number IS NULL AND internal IS NULL AND abroad_country_code IS NOT NULL
            AND abroad_locality IS NOT NULL))
      )`);
    await queryRunner.query(
      'CREATE INDEX registry_household_address_idx ON registry_household (street_id, civic_number)',
    );

    await queryRunner.query(`
      CREATE TABLE registry_household_member (
        person_id uuid NOT NULL,
        household_id uuid NOT NULL,
        relationship_code char(2) NOT NULL,
        entry_date date NOT NULL,
        exit_date date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, household_id, entry_date),
        CONSTRAINT registry_household_member_dates_check CHECK (exit_date IS NULL OR exit_date >= entry_date)
      )`);
    // A person belongs to one famiglia anagrafica at a time; earlier memberships stay as history.
    await queryRunner.query(
      'CREATE UNIQUE INDEX registry_household_member_current_idx ON registry_household_member (person_id) WHERE exit_date IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX registry_household_member_household_idx ON registry_household_member (household_id)',
    );

    await queryRunner.query(`
      CREATE TABLE registry_event (
        person_id uuid NOT NULL,
        kind varchar(24) NOT NULL CHECK (kind IN (${EVENT_KINDS})),
        event_date date NOT NULL,
        place_code char(4),
        place_name varchar(100),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, kind, event_date)
      )`);

    // Ids of rows the importer creates: time-ordered (UUID version 7 layout: the transaction's millisecond, then
    // the row's position in key order, then random bits), so a million new rows extend the primary-key indexes
    // at their right edge instead of touching random pages. Still unguessable enough: 20 random bits per id.
    await queryRunner.query(`
      CREATE FUNCTION registry_sequential_uuid(ordinal bigint) RETURNS uuid LANGUAGE sql VOLATILE AS $$
        SELECT (lpad(to_hex((extract(epoch FROM now()) * 1000)::bigint), 12, '0') || '70008'
          || lpad(to_hex((ordinal << 20) | floor(random() * 1048576)::bigint), 15, '0'))::uuid
      $$`);

    await queryRunner.query('CREATE SEQUENCE registry_correction_number_seq');
    await queryRunner.query(`
      CREATE TABLE registry_correction (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference varchar(24) NOT NULL UNIQUE,
        person_id uuid NOT NULL REFERENCES registry_person (id),
        requester_fiscal_code varchar(16) NOT NULL,
        field varchar(24) NOT NULL CHECK (field IN (${CORRECTION_FIELDS})),
        current_value varchar(200) NOT NULL,
        requested_value varchar(200) NOT NULL,
        reason varchar(2000) NOT NULL,
        attachment_key varchar(64),
        attachment_name varchar(200),
        attachment_media_type varchar(32),
        attachment_size integer,
        state varchar(12) NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'accepted', 'rejected')),
        answer varchar(2000),
        answered_by varchar(16),
        answered_at timestamptz,
        due_on date NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT registry_correction_answer_check CHECK (
          (state = 'open' AND answer IS NULL AND answered_at IS NULL)
          OR (state <> 'open' AND answer IS NOT NULL AND answered_at IS NOT NULL))
      )`);
    await queryRunner.query(
      'CREATE INDEX registry_correction_queue_idx ON registry_correction (state, created_at)',
    );
    await queryRunner.query(
      'CREATE INDEX registry_correction_person_idx ON registry_correction (person_id, created_at DESC)',
    );

    await queryRunner.query(`
      CREATE TABLE registry_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source varchar(8) NOT NULL CHECK (source IN ('upload', 'demo', 'cli')),
        state varchar(12) NOT NULL DEFAULT 'queued'
          CHECK (state IN ('queued', 'running', 'completed', 'rejected', 'failed')),
        phase varchar(12) NOT NULL DEFAULT 'waiting' CHECK (phase IN ('waiting', 'reading', 'merging', 'done')),
        file_name varchar(200),
        file_size bigint,
        file_sha256 char(64),
        started_by varchar(16),
        rows_read integer NOT NULL DEFAULT 0,
        rows_valid integer NOT NULL DEFAULT 0,
        rows_rejected integer NOT NULL DEFAULT 0,
        error_count integer NOT NULL DEFAULT 0,
        errors jsonb NOT NULL DEFAULT '[]'::jsonb,
        changes jsonb,
        failure varchar(500),
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX registry_import_created_idx ON registry_import (created_at DESC)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE registry_import');
    await queryRunner.query('DROP TABLE registry_correction');
    await queryRunner.query('DROP SEQUENCE registry_correction_number_seq');
    await queryRunner.query('DROP TABLE registry_event');
    await queryRunner.query('DROP TABLE registry_household_member');
    await queryRunner.query('DROP TABLE registry_household');
    await queryRunner.query('DROP TABLE registry_person');
    await queryRunner.query('DROP TABLE registry_street');
    await queryRunner.query('DROP FUNCTION registry_sequential_uuid(bigint)');
  }
}

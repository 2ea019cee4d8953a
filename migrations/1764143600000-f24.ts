import type { MigrationInterface, QueryRunner } from 'typeorm';

const INSTALMENTS = "'first', 'balance', 'single'";

/**
 * IMU and F24: properties with their owners and possession periods, the rates the council adopts each
 * year, the legal interest rates for ravvedimento, the precompiled F24s and the bulk jobs that generate them.
 * Amounts are integer cents; rates and shares are exact decimals (percent).
 */
export class F24Imu1764143600000 implements MigrationInterface {
  name = 'F24Imu1764143600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // For the exclusion constraint on possession periods (equality on uuid and text inside a GiST index).
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS btree_gist');

    await queryRunner.query(`
      CREATE TABLE imu_property (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind varchar(12) NOT NULL CHECK (kind IN ('building', 'land', 'buildingLand')),
        cadastral_category varchar(4),
        cadastral_income_cents bigint CHECK (cadastral_income_cents >= 0),
        dominical_income_cents bigint CHECK (dominical_income_cents >= 0),
        market_value_cents bigint CHECK (market_value_cents >= 0),
        foglio varchar(8) NOT NULL,
        particella varchar(16) NOT NULL,
        subalterno varchar(8),
        address varchar(256),
        rural_instrumental boolean NOT NULL DEFAULT false,
        reductions jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(reductions) = 'object'),
        created_by varchar(16),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT imu_property_values_check CHECK (
          (kind = 'building' AND cadastral_category IS NOT NULL
            AND dominical_income_cents IS NULL AND market_value_cents IS NULL)
          OR (kind = 'land' AND cadastral_category IS NULL AND cadastral_income_cents IS NULL
            AND dominical_income_cents IS NOT NULL AND market_value_cents IS NULL)
          OR (kind = 'buildingLand' AND cadastral_category IS NULL AND cadastral_income_cents IS NULL
            AND dominical_income_cents IS NULL AND market_value_cents IS NOT NULL))
      )`);
    // One record per cadastral unit: buildings in the Catasto fabbricati, land and plots in the Catasto terreni.
    await queryRunner.query(`
      CREATE UNIQUE INDEX imu_property_cadastral_idx
        ON imu_property ((kind = 'building'), foglio, particella, coalesce(subalterno, ''))`);

    await queryRunner.query(`
      CREATE TABLE imu_ownership (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        property_id uuid NOT NULL REFERENCES imu_property (id) ON DELETE CASCADE,
        owner_fiscal_code varchar(16) NOT NULL,
        share_percent numeric(9, 6) NOT NULL CHECK (share_percent > 0 AND share_percent <= 100),
        valid_from date NOT NULL,
        valid_to date,
        main_residence boolean NOT NULL DEFAULT false,
        created_by varchar(16),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT imu_ownership_period_check CHECK (valid_to IS NULL OR valid_to >= valid_from),
        -- The service checks this first with an Italian message; the constraint holds under concurrent writes.
        CONSTRAINT imu_ownership_no_overlap EXCLUDE USING gist (
          property_id WITH =,
          owner_fiscal_code WITH =,
          daterange(valid_from, valid_to, '[]') WITH &&)
      )`);
    await queryRunner.query(
      'CREATE INDEX imu_ownership_owner_idx ON imu_ownership (owner_fiscal_code, valid_from)',
    );
    await queryRunner.query('CREATE INDEX imu_ownership_property_idx ON imu_ownership (property_id)');

    await queryRunner.query(`
      CREATE TABLE imu_rates (
        year integer PRIMARY KEY CHECK (year BETWEEN 2020 AND 2100),
        label varchar(200) NOT NULL,
        main_residence numeric(9, 6) NOT NULL,
        rural_instrumental numeric(9, 6) NOT NULL,
        land numeric(9, 6) NOT NULL,
        building_land numeric(9, 6) NOT NULL,
        group_d numeric(9, 6) NOT NULL,
        other_buildings numeric(9, 6) NOT NULL,
        main_residence_deduction_cents bigint NOT NULL CHECK (main_residence_deduction_cents >= 0),
        minimum_amount_cents bigint NOT NULL CHECK (minimum_amount_cents >= 0),
        former_tasi_surcharge boolean NOT NULL DEFAULT false,
        updated_by varchar(16),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    // Filled at start from the table in backend/src/f24/domain/legal-interest-rates.ts (existing rows win).
    await queryRunner.query(`
      CREATE TABLE legal_interest_rate (
        year integer PRIMARY KEY,
        rate_percent numeric(7, 4) NOT NULL CHECK (rate_percent >= 0 AND rate_percent < 100)
      )`);

    await queryRunner.query(`
      CREATE TABLE f24_bulk_job (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        year integer NOT NULL,
        instalment varchar(8) NOT NULL CHECK (instalment IN (${INSTALMENTS})),
        status varchar(10) NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'completed')),
        total integer NOT NULL CHECK (total >= 0),
        chunk_size integer NOT NULL CHECK (chunk_size > 0),
        started_by varchar(16) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        CONSTRAINT f24_bulk_job_finished_check CHECK ((status = 'completed') = (finished_at IS NOT NULL))
      )`);
    // One running job per year and instalment: two would race to replace each other's documents.
    await queryRunner.query(
      "CREATE UNIQUE INDEX f24_bulk_job_running_idx ON f24_bulk_job (year, instalment) WHERE status = 'running'",
    );
    await queryRunner.query('CREATE INDEX f24_bulk_job_created_idx ON f24_bulk_job (created_at DESC)');

    // Claimed with FOR UPDATE SKIP LOCKED inside the transaction that stores its documents: a chunk is
    // either wholly done or still pending, and a replica that dies releases it at once.
    await queryRunner.query(`
      CREATE TABLE f24_bulk_chunk (
        job_id uuid NOT NULL REFERENCES f24_bulk_job (id) ON DELETE CASCADE,
        number integer NOT NULL,
        taxpayers varchar(16)[] NOT NULL,
        status varchar(8) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        retry_at timestamptz NOT NULL DEFAULT now(),
        last_error varchar(1000),
        documents integer NOT NULL DEFAULT 0,
        nothing_due integer NOT NULL DEFAULT 0,
        failed integer NOT NULL DEFAULT 0,
        processed_by varchar(64),
        finished_at timestamptz,
        PRIMARY KEY (job_id, number)
      )`);
    await queryRunner.query(
      "CREATE INDEX f24_bulk_chunk_pending_idx ON f24_bulk_chunk (retry_at) WHERE status = 'pending'",
    );

    await queryRunner.query(`
      CREATE TABLE f24_bulk_failure (
        job_id uuid NOT NULL REFERENCES f24_bulk_job (id) ON DELETE CASCADE,
        taxpayer_fiscal_code varchar(16) NOT NULL,
        code varchar(64) NOT NULL,
        detail varchar(1000) NOT NULL,
        PRIMARY KEY (job_id, taxpayer_fiscal_code)
      )`);

    await queryRunner.query(`
      CREATE TABLE f24_document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        taxpayer_fiscal_code varchar(16) NOT NULL,
        year integer NOT NULL,
        instalment varchar(8) NOT NULL CHECK (instalment IN (${INSTALMENTS})),
        bulk_job_id uuid REFERENCES f24_bulk_job (id) ON DELETE SET NULL,
        total_cents bigint NOT NULL CHECK (total_cents > 0),
        lines jsonb NOT NULL,
        file_key varchar(64) NOT NULL,
        sha256 char(64) NOT NULL,
        size_bytes integer NOT NULL,
        generated_at timestamptz NOT NULL DEFAULT now(),
        -- A resumed or repeated run replaces the taxpayer's form: never two for one instalment.
        CONSTRAINT f24_document_key UNIQUE (taxpayer_fiscal_code, year, instalment)
      )`);
    await queryRunner.query(
      'CREATE INDEX f24_document_job_idx ON f24_document (bulk_job_id, taxpayer_fiscal_code)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE f24_document');
    await queryRunner.query('DROP TABLE f24_bulk_failure');
    await queryRunner.query('DROP TABLE f24_bulk_chunk');
    await queryRunner.query('DROP TABLE f24_bulk_job');
    await queryRunner.query('DROP TABLE legal_interest_rate');
    await queryRunner.query('DROP TABLE imu_rates');
    await queryRunner.query('DROP TABLE imu_ownership');
    await queryRunner.query('DROP TABLE imu_property');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The decrees known when the legal interest rates became data entered by the taxes office (art. 1284 c.c.;
 * each December the Ministry of Economy sets the next year's rate). A database whose rates were loaded at
 * start by earlier versions keeps its values and only gains their source.
 */
const KNOWN_LEGAL_INTEREST_RATES: ReadonlyArray<[number, string, string]> = [
  [2015, '0.5', 'decreto MEF del dicembre 2014 (Gazzetta Ufficiale)'],
  [2016, '0.2', 'decreto MEF del dicembre 2015 (Gazzetta Ufficiale)'],
  [2017, '0.1', 'decreto MEF del dicembre 2016 (Gazzetta Ufficiale)'],
  [2018, '0.3', 'decreto MEF del dicembre 2017 (Gazzetta Ufficiale)'],
  [2019, '0.8', 'decreto MEF del dicembre 2018 (Gazzetta Ufficiale)'],
  [2020, '0.05', 'decreto MEF del dicembre 2019 (Gazzetta Ufficiale)'],
  [2021, '0.01', 'decreto MEF del dicembre 2020 (Gazzetta Ufficiale)'],
  [2022, '1.25', 'decreto MEF del dicembre 2021 (Gazzetta Ufficiale)'],
  [2023, '5', 'decreto MEF del dicembre 2022 (Gazzetta Ufficiale)'],
  [2024, '2.5', 'D.M. 29/11/2023 (Gazzetta Ufficiale)'],
  [2025, '2', 'D.M. 10/12/2024 (Gazzetta Ufficiale)'],
  [2026, '1.6', 'D.M. 10/12/2025 (Gazzetta Ufficiale)'],
];

/**
 * Yearly legal data as data, and the IMU rules a differential reading of L. 160/2019 art. 1 found missing:
 * - legal interest rates gain their source and who entered them; the known years are the initial data;
 * - ownerships gain the exemptions that follow the owner: land of a coltivatore diretto or IAP (c. 758
 *   lett. a) and beni merce held for sale by their builder (c. 751);
 * - the agreed-rent reduction (c. 760) is for dwellings only: stored on any other category it was never
 *   due, so it is removed, with one audit event per property keeping what was there.
 */
export class ImuLegalData1765000200000 implements MigrationInterface {
  name = 'ImuLegalData1765000200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE legal_interest_rate
        ADD COLUMN source varchar(300),
        ADD COLUMN updated_by varchar(16),
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD CONSTRAINT legal_interest_rate_year_check CHECK (year BETWEEN 2000 AND 2100)`);
    for (const [year, rate, source] of KNOWN_LEGAL_INTEREST_RATES) {
      await queryRunner.query(
        `INSERT INTO legal_interest_rate (year, rate_percent, source) VALUES ($1, $2, $3)
         ON CONFLICT (year) DO UPDATE SET source = EXCLUDED.source
          WHERE legal_interest_rate.source IS NULL AND legal_interest_rate.rate_percent = EXCLUDED.rate_percent`,
        [year, rate, source],
      );
    }
    // A rate someone changed by hand before there was a form keeps its value, labelled as such.
    await queryRunner.query(
      "UPDATE legal_interest_rate SET source = 'dato presente prima della gestione da parte dell''ufficio tributi' WHERE source IS NULL",
    );
    await queryRunner.query('ALTER TABLE legal_interest_rate ALTER COLUMN source SET NOT NULL');

    await queryRunner.query(`
      ALTER TABLE imu_ownership
        ADD COLUMN professional_farmer boolean NOT NULL DEFAULT false,
        ADD COLUMN held_for_sale_by_builder boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT imu_ownership_goods_for_sale_check CHECK (NOT (held_for_sale_by_builder AND main_residence))`);

    const dwelling = "cadastral_category LIKE 'A/%' AND cadastral_category <> 'A/10'";
    await queryRunner.query(`
      INSERT INTO audit_event (actor_role, action, resource_type, resource_id, details)
      SELECT 'system', 'f24.property.agreedRentRemoved', 'imu_property', id::text,
             jsonb_build_object('cadastralCategory', cadastral_category, 'agreedRent', reductions -> 'agreedRent',
                                'reason', 'L. 160/2019 art. 1 c. 760: riduzione solo per le abitazioni')
        FROM imu_property
       WHERE kind = 'building' AND reductions ? 'agreedRent' AND NOT (${dwelling})`);
    await queryRunner.query(`
      UPDATE imu_property SET reductions = reductions - 'agreedRent'
       WHERE kind = 'building' AND reductions ? 'agreedRent' AND NOT (${dwelling})`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE imu_ownership
        DROP CONSTRAINT imu_ownership_goods_for_sale_check,
        DROP COLUMN held_for_sale_by_builder,
        DROP COLUMN professional_farmer`);
    await queryRunner.query(`
      ALTER TABLE legal_interest_rate
        DROP CONSTRAINT legal_interest_rate_year_check,
        DROP COLUMN updated_at,
        DROP COLUMN updated_by,
        DROP COLUMN source`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * REGISTRY_SOURCE=anpr: the registry is read from ANPR and the local person tables stay empty, while rettifica
 * requests remain the comune's own workflow. A request therefore keeps its subject (codice fiscale and name,
 * as on the request) instead of pointing at a local person row; `person_id` stays, without the foreign key,
 * as the id the resident's pages use for that person.
 */
export class RegistrySource1766300000000 implements MigrationInterface {
  name = 'RegistrySource1766300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE registry_correction
        ADD COLUMN subject_fiscal_code varchar(16),
        ADD COLUMN subject_given_name varchar(200),
        ADD COLUMN subject_family_name varchar(200)`);
    await queryRunner.query(`
      UPDATE registry_correction c
         SET subject_fiscal_code = p.fiscal_code, subject_given_name = p.given_name,
             subject_family_name = p.family_name
        FROM registry_person p WHERE p.id = c.person_id`);
    await queryRunner.query(`
      ALTER TABLE registry_correction
        ALTER COLUMN subject_fiscal_code SET NOT NULL,
        ALTER COLUMN subject_given_name SET NOT NULL,
        ALTER COLUMN subject_family_name SET NOT NULL,
        DROP CONSTRAINT registry_correction_person_id_fkey`);
    await queryRunner.query(
      'CREATE INDEX registry_correction_subject_idx ON registry_correction (subject_fiscal_code, created_at DESC)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX registry_correction_subject_idx');
    await queryRunner.query(`
      ALTER TABLE registry_correction
        ADD CONSTRAINT registry_correction_person_id_fkey FOREIGN KEY (person_id) REFERENCES registry_person (id),
        DROP COLUMN subject_fiscal_code, DROP COLUMN subject_given_name, DROP COLUMN subject_family_name`);
  }
}

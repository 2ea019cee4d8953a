import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The office registers a practice by the parties' codici fiscali: for a person the registry source knows, the name
 * is the registry's, not the one typed. The party keeps whether its name came from the registry, so the staff view
 * can say so.
 */
export class PartyRegistryNames1766800000000 implements MigrationInterface {
  name = 'PartyRegistryNames1766800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE permit_party ADD COLUMN name_from_registry boolean NOT NULL DEFAULT false',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE permit_party DROP COLUMN name_from_registry');
  }
}

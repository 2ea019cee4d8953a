import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = "'CIL', 'CILA', 'SCIA', 'SCIA_ALTERNATIVA', 'PDC', 'SCA'";
const AFTER = `${BEFORE}, 'CFL'`;

/**
 * The comunicazione di fine lavori becomes a practice type of its own (`CFL`, art. 6-bis c. 5 and art. 23 c. 7
 * D.P.R. 380/2001), filed online like the others: the two tables that constrain the type accept it.
 */
export class SueEndOfWorks1767000000000 implements MigrationInterface {
  name = 'SueEndOfWorks1767000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.constrain(queryRunner, AFTER);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.constrain(queryRunner, BEFORE);
  }

  private async constrain(queryRunner: QueryRunner, types: string): Promise<void> {
    for (const table of ['permit_practice', 'permit_draft']) {
      await queryRunner.query(
        `ALTER TABLE ${table} DROP CONSTRAINT ${table}_type_check,
           ADD CONSTRAINT ${table}_type_check CHECK (type IN (${types}))`,
      );
    }
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every rettifica takes an incoming protocol number when it is filed (DPR 445/2000 art. 53), and the term of the
 * procedure runs from that registration (L. 241/1990 art. 2 c. 6). Requests filed before this migration keep no
 * number: their due day stays the one computed on filing.
 */
export class RequestProtocol1766700000000 implements MigrationInterface {
  name = 'RequestProtocol1766700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE registry_correction
        ADD COLUMN protocol_number varchar(32) UNIQUE,
        ADD COLUMN taken_in_charge_at timestamptz,
        ADD CONSTRAINT registry_correction_protocol_check
          CHECK ((protocol_number IS NULL) = (taken_in_charge_at IS NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE registry_correction
        DROP CONSTRAINT registry_correction_protocol_check,
        DROP COLUMN taken_in_charge_at,
        DROP COLUMN protocol_number`);
  }
}

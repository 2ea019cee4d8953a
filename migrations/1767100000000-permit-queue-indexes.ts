import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes that answer the staff queue's filters from the index alone (index-only scans), measured at 200,000
 * practices (bench/permits-staff.mjs):
 * - (state, deadline, protocol date, id) gives one state's practices already in the queue's order, so a page
 *   deep in the archive (page 40 of the practices in force) reads 800 index entries instead of 20,000 rows,
 *   and counts them (up to the queue's cap) with type and case officer filtered in the index;
 * - (type, deadline) counts and lists a type's overdue practices (48 ms → 0.4 ms for overdue PDCs).
 * They replace the single-column indexes on state and type, which are their prefixes, so a transition
 * updates as many indexes as before.
 */
export class PermitQueueIndexes1767100000000 implements MigrationInterface {
  name = 'PermitQueueIndexes1767100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX permit_practice_state_queue_idx
        ON permit_practice (state, office_deadline ASC NULLS LAST, protocol_date DESC, id)
        INCLUDE (type, case_officer_fiscal_code)`);
    await queryRunner.query(`
      CREATE INDEX permit_practice_type_deadline_idx
        ON permit_practice (type, office_deadline) INCLUDE (state, case_officer_fiscal_code)`);
    await queryRunner.query('DROP INDEX permit_practice_state_idx');
    await queryRunner.query('DROP INDEX permit_practice_type_idx');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX permit_practice_type_idx ON permit_practice (type)');
    await queryRunner.query('CREATE INDEX permit_practice_state_idx ON permit_practice (state)');
    await queryRunner.query('DROP INDEX permit_practice_type_deadline_idx');
    await queryRunner.query('DROP INDEX permit_practice_state_queue_idx');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The staff queue's text search, measured at 200,000 practices (bench/permits-staff.mjs, `q=via roma`, 4,000
 * matches):
 * - **The page.** The planner reads the queue's order index and keeps the rows whose `search_text` matches: for
 *   a word in 2% of the practices, 2,100 index entries for a page of 50, and as many heap rows fetched only to
 *   read `search_text` (10.5 ms). With `search_text` included in the two order indexes, the filter runs on the
 *   index entries (an index-only scan, 0.5 ms; a text search within one state, 8.7 → 0.3 ms).
 * - **The estimate.** Whether to walk the order index or collect the trigram index's matches and sort them is
 *   the planner's choice from the estimated share of matching rows. For `LIKE '%…%'` it is read from the
 *   column's histogram, 100 values by default: 2 expected hits for a 2% word, so one ANALYZE estimated 4,040
 *   rows and the next 20, and the plan flipped. With 1,000 values (the statistics target of this column only)
 *   the estimate is stable (4,605 for 3,963).
 * The included column makes the two indexes larger (12 → 27 MB and 20 → 32 MB at 200,000 practices); a
 * transition updates as many indexes as before.
 */
export class PermitQueueSearchCovering1767500000000 implements MigrationInterface {
  name = 'PermitQueueSearchCovering1767500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One transaction: nobody sees the table between the drop and the new index of the same name.
    await queryRunner.query('DROP INDEX permit_practice_queue_idx');
    await queryRunner.query('DROP INDEX permit_practice_state_queue_idx');
    await queryRunner.query(`
      CREATE INDEX permit_practice_queue_idx
        ON permit_practice (office_deadline ASC NULLS LAST, protocol_date DESC, id) INCLUDE (search_text)`);
    await queryRunner.query(`
      CREATE INDEX permit_practice_state_queue_idx
        ON permit_practice (state, office_deadline ASC NULLS LAST, protocol_date DESC, id)
        INCLUDE (type, case_officer_fiscal_code, search_text)`);
    await queryRunner.query('ALTER TABLE permit_practice ALTER COLUMN search_text SET STATISTICS 1000');
    await queryRunner.query('ANALYZE permit_practice');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE permit_practice ALTER COLUMN search_text SET STATISTICS -1');
    await queryRunner.query('DROP INDEX permit_practice_queue_idx');
    await queryRunner.query('DROP INDEX permit_practice_state_queue_idx');
    await queryRunner.query(
      'CREATE INDEX permit_practice_queue_idx ON permit_practice (office_deadline ASC NULLS LAST, protocol_date DESC, id)',
    );
    await queryRunner.query(`
      CREATE INDEX permit_practice_state_queue_idx
        ON permit_practice (state, office_deadline ASC NULLS LAST, protocol_date DESC, id)
        INCLUDE (type, case_officer_fiscal_code)`);
    await queryRunner.query('ANALYZE permit_practice');
  }
}

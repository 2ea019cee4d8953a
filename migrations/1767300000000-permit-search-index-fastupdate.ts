import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The staff queue's text search reads the trigram index of `permit_practice.search_text`. With GIN's default
 * `fastupdate`, new and changed practices (every state transition writes a new row version) first go to the
 * index's pending list, up to `gin_pending_list_limit` (4 MB), which every search then scans in full until a
 * vacuum moves it into the index: measured at 200,000 practices, the capped count of `via roma` took 16.5 ms
 * with a 3 MB pending list and 5.5 ms without. Practices change a few times a day per office, searches are
 * what the clerks wait for: the index takes each change at once (PostgreSQL's own advice when response time
 * matters more than update speed), and the list already pending is moved in now.
 */
export class PermitSearchIndexFastupdate1767300000000 implements MigrationInterface {
  name = 'PermitSearchIndexFastupdate1767300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER INDEX permit_practice_search_idx SET (fastupdate = off)');
    await queryRunner.query("SELECT gin_clean_pending_list('permit_practice_search_idx')");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER INDEX permit_practice_search_idx RESET (fastupdate)');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The model's rating component is stored per page, with its follow-up answer. Rows of the earlier 1-5
 * question keep their `service` and get the path of the page that asked it, so the report still reads them.
 */
export class ServiceFeedback1766400000000 implements MigrationInterface {
  name = 'ServiceFeedback1766400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE service_feedback ADD COLUMN page varchar(120)');
    await queryRunner.query(`
      UPDATE service_feedback SET page = CASE service
        WHEN 'certificates' THEN '/certificati'
        WHEN 'permits' THEN '/pratiche'
        WHEN 'payments' THEN '/pagamenti/imu'
        WHEN 'my-data' THEN '/i-miei-dati'
        WHEN 'messages' THEN '/messaggi'
        WHEN 'verification' THEN '/verifica'
        ELSE '/' END`);
    await queryRunner.query('ALTER TABLE service_feedback ALTER COLUMN page SET NOT NULL');
    await queryRunner.query('ALTER TABLE service_feedback ALTER COLUMN service DROP NOT NULL');
    await queryRunner.query('ALTER TABLE service_feedback ADD COLUMN answer varchar(32)');
    await queryRunner.query('CREATE INDEX service_feedback_page_idx ON service_feedback (page, created_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX service_feedback_page_idx');
    await queryRunner.query('ALTER TABLE service_feedback DROP COLUMN answer');
    await queryRunner.query("UPDATE service_feedback SET service = 'personal-area' WHERE service IS NULL");
    await queryRunner.query('ALTER TABLE service_feedback ALTER COLUMN service SET NOT NULL');
    await queryRunner.query('ALTER TABLE service_feedback DROP COLUMN page');
  }
}

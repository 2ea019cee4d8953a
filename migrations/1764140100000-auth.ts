import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Server-side sessions (connect-pg-simple's schema), portal users and their role grants. */
export class Auth1764140100000 implements MigrationInterface {
  name = 'Auth1764140100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE user_session (
        sid varchar PRIMARY KEY,
        sess json NOT NULL,
        expire timestamp(6) NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX user_session_expire_idx ON user_session (expire)');
    await queryRunner.query(`
      CREATE TABLE app_user (
        fiscal_code varchar(16) PRIMARY KEY,
        given_name varchar(128) NOT NULL,
        family_name varchar(128) NOT NULL,
        email varchar(320),
        last_provider varchar(8),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_login_at timestamptz
      )`);
    await queryRunner.query(`
      CREATE TABLE role_grant (
        fiscal_code varchar(16) NOT NULL,
        role varchar(16) NOT NULL CHECK (role IN ('registry', 'permits', 'taxes', 'admin')),
        granted_by varchar(16),
        granted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (fiscal_code, role)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE role_grant');
    await queryRunner.query('DROP TABLE app_user');
    await queryRunner.query('DROP TABLE user_session');
  }
}

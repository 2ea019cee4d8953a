import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every backend process keeps the sessions it served, with their person and roles, for a few seconds
 * (`backend/src/auth/session/session-cache.ts`). These triggers announce at commit, on the channel
 * `portal_session_changes`, every change those entries were read from, whoever makes it (a replica, the CLI, an
 * administrator's SQL): `s:<sid>` for a session changed or ended, `p:<fiscal code>` for a person or their roles,
 * `*` when a table is emptied. A notification is sent only if its transaction commits, and after it.
 */
export class SessionChangeNotifications1767400000000 implements MigrationInterface {
  name = 'SessionChangeNotifications1767400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION portal_session_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_LEVEL = 'STATEMENT' THEN
          PERFORM pg_notify('portal_session_changes', '*');
        ELSIF TG_TABLE_NAME = 'user_session' THEN
          PERFORM pg_notify('portal_session_changes', 's:' || OLD.sid);
        ELSE
          IF TG_OP IN ('UPDATE', 'DELETE') THEN
            PERFORM pg_notify('portal_session_changes', 'p:' || OLD.fiscal_code);
          END IF;
          IF TG_OP IN ('INSERT', 'UPDATE') THEN
            PERFORM pg_notify('portal_session_changes', 'p:' || NEW.fiscal_code);
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    // A new session row is in no cache; a changed or deleted one may be. Renewing the idle timeout (`touch`,
    // once a minute per session and process) only moves the expiry later, which no cache needs to hear: an
    // entry never outlives the expiry it was read with. An expiry moved earlier (a forced logout by SQL) does.
    await queryRunner.query(`
      CREATE TRIGGER user_session_changed AFTER UPDATE ON user_session
        FOR EACH ROW WHEN (OLD.sess::text IS DISTINCT FROM NEW.sess::text OR NEW.expire < OLD.expire)
        EXECUTE FUNCTION portal_session_changed()`);
    await queryRunner.query(`
      CREATE TRIGGER user_session_ended AFTER DELETE ON user_session
        FOR EACH ROW EXECUTE FUNCTION portal_session_changed()`);
    // A person's name or e-mail, and their roles: a session read before a grant may already hold the person.
    for (const table of ['app_user', 'role_grant']) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_changed AFTER INSERT OR UPDATE OR DELETE ON ${table}
          FOR EACH ROW EXECUTE FUNCTION portal_session_changed()`);
    }
    for (const table of ['user_session', 'app_user', 'role_grant']) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_emptied AFTER TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION portal_session_changed()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER user_session_ended ON user_session');
    for (const table of ['user_session', 'app_user', 'role_grant']) {
      await queryRunner.query(`DROP TRIGGER ${table}_emptied ON ${table}`);
      await queryRunner.query(`DROP TRIGGER ${table}_changed ON ${table}`);
    }
    await queryRunner.query('DROP FUNCTION portal_session_changed()');
  }
}

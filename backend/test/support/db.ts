import pg from 'pg';
import { inject } from 'vitest';

let pool: pg.Pool | undefined;

/** A connection pool to the e2e run's database, for factories and assertions on stored rows. */
export function testDb(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: inject('stack').databaseUrl, max: 4 });
  return pool;
}

/** Staff roles are granted by fiscal code in the database, as an admin would. */
export async function grantRoles(fiscalCode: string, roles: ('registry' | 'permits' | 'taxes' | 'admin')[]) {
  for (const role of roles) {
    await testDb().query(
      'INSERT INTO role_grant (fiscal_code, role) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [fiscalCode, role],
    );
  }
}

import pg from 'pg';
import { inject } from 'vitest';
import { newIdentity } from './factories.js';
import { loginAs, type TestSession } from './session.js';

let pool: pg.Pool | undefined;

/** A connection pool to the e2e run's database, for factories and assertions on stored rows. */
export function testDb(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: inject('stack').databaseUrl, max: 4 });
  return pool;
}

type StaffRole = 'registry' | 'permits' | 'taxes' | 'admin';

/** How many grants one administrator makes before another takes over: well under the write limit a minute. */
const GRANTS_PER_ADMIN = 50;
let admin: { session: Promise<TestSession>; grants: number } | undefined;

/** An administrator of this test file, whose own role is granted in the database before they log in. */
function administrator(): Promise<TestSession> {
  if (!admin || admin.grants >= GRANTS_PER_ADMIN) {
    const identity = newIdentity();
    admin = {
      grants: 0,
      session: testDb()
        .query("INSERT INTO role_grant (fiscal_code, role) VALUES ($1, 'admin')", [identity.fiscalCode])
        .then(() => loginAs(identity)),
    };
  }
  admin.grants++;
  return admin.session;
}

/**
 * Adds staff roles to a person as an administrator does, through the roles API. Not by SQL: a session the
 * person already used may be kept by the backend (auth/session/session-cache.ts), which hears of a change made
 * by SQL through PostgreSQL's notification, a moment later; the API drops it before answering.
 */
export async function grantRoles(fiscalCode: string, roles: StaffRole[]) {
  const session = await administrator();
  const { rows } = await testDb().query<{ role: StaffRole }>(
    'SELECT role FROM role_grant WHERE fiscal_code = $1',
    [fiscalCode],
  );
  const response = await session.fetch(`/api/admin/roles/${fiscalCode}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ roles: [...new Set([...rows.map((row) => row.role), ...roles])] }),
  });
  if (!response.ok)
    throw new Error(`granting ${roles.join(', ')}: ${response.status} ${await response.text()}`);
}

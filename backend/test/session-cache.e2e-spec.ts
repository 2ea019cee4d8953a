import { randomInt } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureDatabase } from '../src/database/resolve-database.js';
import { type Replica, startReplica } from './security/support/replica.js';
import { newIdentity } from './support/factories.js';
import { loginThrough, type ReplicaSession, sessionIdOf } from './support/session.js';

const LISTENER = "application_name = 'portal-session-listener' AND datname = current_database()";
/** A listening connection that has run its LISTEN (a fresh one shows no query yet). */
const LISTENING = `${LISTENER} AND state = 'idle' AND query <> ''`;

/**
 * The session cache (backend/src/auth/session/session-cache.ts) on replicas of a database of their own, so the
 * listening connections in pg_stat_activity are theirs. Changes are made by SQL, as another process would: the
 * replicas hear of them only through PostgreSQL's notifications. "Unannounced" changes are made with triggers
 * off (session_replication_role = replica): what a replica still answers then, it answered from its cache.
 */
describe('session cache kept in step with the database by LISTEN/NOTIFY', () => {
  let db: pg.Pool;
  let first: Replica;
  let second: Replica;
  let uncached: Replica;

  beforeAll(async () => {
    const databaseUrl = await ensureDatabase(inject('stack').databaseUrl, `session_cache_${randomInt(1e9)}`);
    db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    // Longer than any wait below: what is seen here comes from notifications, not from entries ageing out.
    const cached = { SESSION_CACHE_SECONDS: '300' };
    [first, second, uncached] = await Promise.all([
      startReplica(cached, { databaseUrl }),
      startReplica(cached, { databaseUrl }),
      startReplica({ SESSION_CACHE_SECONDS: '0' }, { databaseUrl }),
    ]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop(), uncached?.stop()]);
    await db?.end();
  });

  const status = async (session: ReplicaSession, replica: Replica) =>
    (await session.fetchAt(replica.url, '/api/me')).status;
  const roles = async (session: ReplicaSession, replica: Replica) =>
    ((await (await session.fetchAt(replica.url, '/api/me')).json()) as { roles: string[] }).roles;
  /** Runs `sql` without firing triggers: nobody is told. */
  const unannounced = async (sql: string, values: unknown[]) => {
    const client = await db.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL session_replication_role = replica');
      await client.query(sql, values);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  };
  const listeners = async () =>
    (await db.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE ${LISTENING}`)).rows.map(
      (row) => row.pid,
    );

  it('should answer from the cache what it read, and drop it when the change is announced', async () => {
    const person = newIdentity();
    const session = await loginThrough(first.url, person);
    // The login's own announcements (the person's row) may reach the replica after its first read and drop
    // what it kept: read until a role granted unannounced makes no difference, i.e. the session comes from memory.
    const servedFromMemory = async () => {
      const before = await roles(session, first);
      await unannounced(
        "INSERT INTO role_grant (fiscal_code, role) VALUES ($1, 'taxes') ON CONFLICT DO NOTHING",
        [person.fiscalCode],
      );
      const after = await roles(session, first);
      await unannounced('DELETE FROM role_grant WHERE fiscal_code = $1', [person.fiscalCode]);
      return after.join() === before.join() ? 'unchanged' : 'read again';
    };
    await expect.poll(servedFromMemory, { timeout: 5_000 }).toBe('unchanged');
    await unannounced('DELETE FROM user_session WHERE sid = $1', [sessionIdOf(session)]);
    // The row is gone but nobody said so: the replica still has the session.
    expect(await status(session, first)).toBe(200);
    // The replica without a cache reads the database on every request.
    expect(await status(session, uncached)).toBe(401);
    await db.query("SELECT pg_notify('portal_session_changes', 's:' || $1::text)", [sessionIdOf(session)]);
    await expect.poll(() => status(session, first), { timeout: 5_000 }).toBe(401);
  });

  it('should report in the metrics whether the cache serves and what it saved', async () => {
    const gauge = async (replica: Replica, name: string) => {
      const text = await (await fetch(`${replica.url}/api/metrics`)).text();
      return Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]);
    };
    const session = await loginThrough(first.url, newIdentity());
    const hitsBefore = await gauge(first, 'portal_session_cache_hits');
    for (let i = 0; i < 3; i++) expect(await status(session, first)).toBe(200);
    expect(await gauge(first, 'portal_session_cache_live')).toBe(1);
    expect(await gauge(first, 'portal_session_cache_hits')).toBeGreaterThanOrEqual(hitsBefore + 2);
    expect(await gauge(uncached, 'portal_session_cache_live')).toBe(0);
    expect(await gauge(uncached, 'portal_session_cache_entries')).toBe(0);
  });

  it('should apply roles granted and revoked by SQL on every replica that holds the session', async () => {
    const clerk = newIdentity();
    const session = await loginThrough(first.url, clerk);
    expect(await roles(session, first)).toEqual(['resident']);
    expect(await roles(session, second)).toEqual(['resident']);
    await db.query("INSERT INTO role_grant (fiscal_code, role) VALUES ($1, 'permits')", [clerk.fiscalCode]);
    for (const replica of [first, second]) {
      await expect.poll(() => roles(session, replica), { timeout: 5_000 }).toEqual(['resident', 'permits']);
    }
    await db.query('DELETE FROM role_grant WHERE fiscal_code = $1', [clerk.fiscalCode]);
    for (const replica of [first, second]) {
      await expect.poll(() => roles(session, replica), { timeout: 5_000 }).toEqual(['resident']);
    }
  });

  it('should end on every replica a session logged out on one', async () => {
    const session = await loginThrough(first.url, newIdentity());
    expect(await status(session, second)).toBe(200);
    const cookie = session.cookie();
    const logout = await session.fetchAt(first.url, '/api/auth/logout', { method: 'POST' });
    expect(logout.status).toBeLessThan(400);
    // The old cookie, replayed on the replica that had cached the session.
    const replay = () =>
      fetch(`${second.url}/api/me`, { headers: { cookie } }).then((response) => response.status);
    await expect.poll(replay, { timeout: 5_000 }).toBe(401);
  });

  it('should stop serving from the cache when its connection is lost, and resume once it listens again', async () => {
    const clerk = newIdentity();
    const session = await loginThrough(first.url, clerk);
    expect(await roles(session, first)).toEqual(['resident']);
    await expect.poll(listeners, { timeout: 10_000 }).toHaveLength(2);
    const before = await listeners();
    await db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE ${LISTENER}`);
    // A role nobody announces: only a replica that reads the database sees it, i.e. one whose cache is off.
    await unannounced("INSERT INTO role_grant (fiscal_code, role) VALUES ($1, 'taxes')", [clerk.fiscalCode]);
    await expect.poll(() => roles(session, first), { timeout: 5_000 }).toEqual(['resident', 'taxes']);
    // Both replicas listen again, on new connections.
    await expect
      .poll(async () => (await listeners()).filter((pid) => !before.includes(pid)), { timeout: 15_000 })
      .toHaveLength(2);
    // Live again: what it reads now it keeps, until told otherwise.
    expect(await roles(session, first)).toEqual(['resident', 'taxes']);
    await unannounced('DELETE FROM role_grant WHERE fiscal_code = $1', [clerk.fiscalCode]);
    expect(await roles(session, first)).toEqual(['resident', 'taxes']);
    await db.query("SELECT pg_notify('portal_session_changes', 'p:' || $1::text)", [clerk.fiscalCode]);
    await expect.poll(() => roles(session, first), { timeout: 5_000 }).toEqual(['resident']);
  });
});

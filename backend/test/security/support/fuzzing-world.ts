import { randomInt } from 'node:crypto';
import pg from 'pg';
import { expect, inject } from 'vitest';
import { ensureDatabase } from '../../../src/database/resolve-database.js';
import { newIdentity, type TestIdentity } from '../../support/factories.js';
import { loginThrough, type ReplicaSession } from '../../support/session.js';
import { type Replica, startReplica } from './replica.js';

/** What a hostile-input suite sends its requests to, and the ids its path parameters may name. */
export interface FuzzingWorld {
  replica: Replica;
  db: pg.Pool;
  /** Holds every office role and admin, so every route is reachable past the access guard. */
  fuzzer: TestIdentity;
  session: ReplicaSession;
  ids: { practiceId: string; messageId: string };
  stop(): Promise<void>;
}

/**
 * A backend replica on a database of its own (generated bodies that happen to be valid create rows nobody else
 * should see, and "no row changed" stays exact), with the write limit lifted, a clerk holding every role, one
 * building practice and one message to aim path parameters at.
 */
export async function startFuzzingWorld(
  databasePrefix: string,
  env: Record<string, string> = {},
): Promise<FuzzingWorld> {
  const databaseUrl = await ensureDatabase(
    inject('stack').databaseUrl,
    `${databasePrefix}_${randomInt(1e9)}`,
  );
  const replica = await startReplica({ RATE_LIMIT_WRITES: '100000', ...env }, { databaseUrl });
  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const fuzzer = newIdentity();
  for (const role of ['registry', 'permits', 'taxes', 'admin'])
    await db.query('INSERT INTO role_grant (fiscal_code, role) VALUES ($1, $2)', [fuzzer.fiscalCode, role]);
  const session = await loginThrough(replica.url, fuzzer);

  const today = new Date().toISOString().slice(0, 10);
  const registered = await session.fetch('/api/staff/permits', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'PDC',
      protocolNumber: `${randomInt(1, 1e9)}/${today.slice(0, 4)}`,
      protocolDate: today,
      address: 'Via Roma 1',
      cadastral: { sheet: '5', parcel: '120' },
      description: 'Nuova costruzione',
      parties: [
        {
          role: 'applicant',
          fiscalCode: fuzzer.fiscalCode,
          givenName: fuzzer.givenName,
          familyName: fuzzer.familyName,
          email: 'fuzzer@example.test',
        },
      ],
    }),
  });
  expect(registered.status, await registered.clone().text()).toBe(201);
  const practiceId = ((await registered.json()) as { id: string }).id;
  const inbox = (await (await session.fetch('/api/messages')).json()) as { items: { id: string }[] };
  return {
    replica,
    db,
    fuzzer,
    session,
    ids: { practiceId, messageId: inbox.items[0]?.id ?? '1' },
    stop: async () => {
      await replica.stop();
      await db.end();
    },
  };
}

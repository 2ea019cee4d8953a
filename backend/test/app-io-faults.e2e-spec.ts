import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort, type Service, startService } from '../../scripts/services.mjs';
import { repoRoot } from '../src/config/paths.js';
import { ensureDatabase } from '../src/database/resolve-database.js';
import type { MessageContent } from '../src/notifications/content/message-content.js';
import { ioMessages, ioSwitches, withinIoLimits } from './support/app-io-sandbox.js';
import { newIdentity } from './support/factories.js';
import { appIoSandboxEnv } from './support/stack.js';

/**
 * App IO's failures, on an IO sandbox of this file's own (its switches are global) and a database of its own
 * (its outbox is delivered only by the replicas started here).
 */
const { databaseUrl, tmpDir } = inject('stack');
const cleanup: (() => Promise<void>)[] = [];
let federationUrl: string;

afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

beforeAll(async () => {
  const port = await freePort();
  federationUrl = `http://127.0.0.1:${port}`;
  const identitiesFile = path.join(tmpDir, `identities-${port}.json`);
  await writeFile(identitiesFile, '[]');
  const federation = startService(
    `io-federation-${port}`,
    process.execPath,
    ['test-federation/dist/test-federation/src/main.js'],
    {
      cwd: repoRoot,
      quiet: true,
      env: {
        TESTFED_PORT: String(port),
        TESTFED_PUBLIC_URL: federationUrl,
        TESTFED_RP_ENTITY_IDS: 'http://127.0.0.1:1',
        TESTFED_IDENTITIES_FILE: identitiesFile,
      },
      readyUrl: `${federationUrl}/io/`,
    },
  );
  cleanup.push(() => federation.stop());
  await federation.ready();
});

async function ownDatabase(): Promise<pg.Pool> {
  const server = new URL(databaseUrl);
  server.pathname = '/postgres';
  const url = await ensureDatabase(server.toString(), `io_${randomUUID().replaceAll('-', '').slice(0, 12)}`);
  const db = new pg.Pool({ connectionString: url, max: 2 });
  cleanup.push(() => db.end());
  return Object.assign(db, { url });
}

/** A backend replica delivering the outbox of `db` to this file's IO sandbox. */
async function replica(db: pg.Pool & { url?: string }, env: Record<string, string> = {}): Promise<Service> {
  const port = await freePort();
  const name = `io-backend-${port}`;
  const backend = startService(name, process.execPath, ['backend/dist/backend/src/main.js'], {
    cwd: repoRoot,
    quiet: true,
    env: {
      NODE_ENV: 'test',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: (db as { url: string }).url,
      DATABASE_POOL_SIZE: '4',
      DATA_DIR: path.join(tmpDir, name),
      DEMO_DATA: 'false',
      LOG_LEVEL: 'error',
      NOTIFICATIONS_POLL_INTERVAL_MS: '100',
      NOTIFICATIONS_RETRY_BASE_MS: '200',
      NOTIFICATIONS_RETRY_MAX_MS: '400',
      NOTIFICATIONS_MAX_ATTEMPTS: '20',
      OIDC_TRUST_ANCHOR: `${federationUrl}/ta`,
      OIDC_TEST_FEDERATION_URL: federationUrl,
      ...appIoSandboxEnv(federationUrl),
      APP_IO_STATUS_CHECK_MS: '200',
      ...env,
    },
    readyUrl: `http://127.0.0.1:${port}/api/health/ready`,
  });
  cleanup.push(() => backend.stop());
  await backend.ready();
  return backend;
}

function content(token: string): MessageContent {
  return {
    locale: 'it',
    subject: `Pratica edilizia ${token.slice(0, 8)}: avviata`,
    sender: "Comune di Spino d'Adda – Sportello Unico per l'Edilizia",
    blocks: [{ kind: 'paragraph', text: `La pratica ${token} è stata avviata.` }],
    action: { label: 'Apri la pratica', url: 'https://portale.example.test/pratiche/1' },
  };
}

/** App IO rows as `NotificationOutbox.enqueue` writes them, one per fresh fiscal code. */
async function enqueueIo(db: pg.Pool, count: number, topic = 'permits'): Promise<string[]> {
  const fiscalCodes = Array.from({ length: count }, () => newIdentity().fiscalCode);
  const token = randomUUID();
  await db.query(
    `INSERT INTO notification_outbox (channel, recipient, recipient_fiscal_code, kind, content, topic, message_group)
     SELECT 'app_io', cf, cf, 'permits.state_changed', $2::jsonb, $3, gen_random_uuid() FROM unnest($1::text[]) AS cf`,
    [fiscalCodes, JSON.stringify(content(token)), topic],
  );
  return fiscalCodes;
}

async function rows(db: pg.Pool, fiscalCodes: string[]) {
  const { rows } = await db.query<{
    recipient: string;
    status: string;
    attempts: number;
    last_error: string | null;
  }>(
    'SELECT recipient, status, attempts, last_error FROM notification_outbox WHERE recipient = ANY($1) ORDER BY id',
    [fiscalCodes],
  );
  return rows;
}

async function stats(): Promise<
  Record<string, { total: number; limited: number; windows: { requests: number }[] }>
> {
  return ((await (await fetch(`${federationUrl}/io/_sandbox/stats`)).json()) as { keys: never }).keys;
}

describe('App IO faults', () => {
  it('should send each message once with two replicas, keeping their calls within one shared budget', async () => {
    const db = await ownDatabase();
    // A fifth of IO's limit (6 seconds × 5 calls: any 5 s, aligned or not, touch at most 6 budget seconds),
    // so that two replicas each spending a budget of their own (10 calls a second) would be refused.
    await ioSwitches(federationUrl, { rateLimit: { limit: 30, windowMs: 5_000 } });
    const before = (await stats())['sandbox-io-key-edilizia']?.limited ?? 0;
    await Promise.all([
      replica(db, { APP_IO_CALLS_PER_SECOND: '5' }),
      replica(db, { APP_IO_CALLS_PER_SECOND: '5' }),
    ]);
    const fiscalCodes = await enqueueIo(db, 20);
    await expect
      .poll(async () => (await rows(db, fiscalCodes)).filter((row) => row.status === 'sent').length, {
        timeout: 60_000,
        interval: 500,
      })
      .toBe(20);
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const fiscalCode of fiscalCodes) {
      const messages = await ioMessages(federationUrl, fiscalCode);
      expect(messages, fiscalCode).toHaveLength(1);
      expect(withinIoLimits(messages[0])).toBe(true);
    }
    const edilizia = (await stats())['sandbox-io-key-edilizia'];
    expect(edilizia.limited).toBe(before);
    expect(Math.max(...edilizia.windows.map((window) => window.requests))).toBeLessThanOrEqual(30);
    await ioSwitches(federationUrl, { rateLimit: { limit: 150, windowMs: 5_000 } });
  });

  it('should wait as told after a 429 and after 5xx answers retry with back-off, sending once', async () => {
    const db = await ownDatabase();
    await replica(db);
    await ioSwitches(federationUrl, { failure: { status: 429, times: 2, retryAfterSeconds: 1 } });
    const [limited] = await enqueueIo(db, 1);
    await expect
      .poll(async () => (await rows(db, [limited]))[0].last_error, { timeout: 10_000, interval: 50 })
      .toMatch(/^App IO 429/);
    await expect.poll(async () => (await rows(db, [limited]))[0].status, { timeout: 20_000 }).toBe('sent');
    // A 429 is not the message's fault: only the successful delivery counts as an attempt.
    expect((await rows(db, [limited]))[0]).toMatchObject({ attempts: 1, last_error: null });
    expect(await ioMessages(federationUrl, limited)).toHaveLength(1);

    await ioSwitches(federationUrl, { failure: { status: 503, times: 2 } });
    const [failing] = await enqueueIo(db, 1);
    await expect.poll(async () => (await rows(db, [failing]))[0].status, { timeout: 20_000 }).toBe('sent');
    expect((await rows(db, [failing]))[0].attempts).toBe(3);
    expect(await ioMessages(federationUrl, failing)).toHaveLength(1);

    await ioSwitches(federationUrl, { failure: { status: 500, operations: ['getMessage'], times: 1 } });
    const [followed] = await enqueueIo(db, 1);
    await expect.poll(async () => (await rows(db, [followed]))[0].status, { timeout: 20_000 }).toBe('sent');
    expect(await ioMessages(federationUrl, followed)).toHaveLength(1);
  });

  it('should record a permanent refusal at once with its reason, and IO failing a message', async () => {
    const db = await ownDatabase();
    await fetch(`${federationUrl}/io/_sandbox/services`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        key: 'sandbox-io-key-trial',
        serviceId: 'trial',
        limited: true,
        authorizedRecipients: [],
      }),
    });
    await replica(db, {
      APP_IO_API_KEYS: 'permits:sandbox-io-key-edilizia,documents:sandbox-io-key-trial',
    });
    const [refused] = await enqueueIo(db, 1, 'documents');
    await expect.poll(async () => (await rows(db, [refused]))[0].status, { timeout: 20_000 }).toBe('failed');
    expect((await rows(db, [refused]))[0]).toMatchObject({ attempts: 1 });
    expect((await rows(db, [refused]))[0].last_error).toMatch(/^App IO 403: Recipient forbidden/);
    expect(await ioMessages(federationUrl, refused)).toEqual([]);

    const citizen = newIdentity().fiscalCode;
    await ioSwitches(federationUrl, { citizens: { [citizen]: { outcome: 'FAILED' } } });
    await db.query(
      `INSERT INTO notification_outbox (channel, recipient, recipient_fiscal_code, kind, content, topic)
       VALUES ('app_io', $1, $1, 'permits.state_changed', $2::jsonb, 'permits')`,
      [citizen, JSON.stringify(content(randomUUID()))],
    );
    await expect.poll(async () => (await rows(db, [citizen]))[0].status, { timeout: 20_000 }).toBe('failed');
    expect((await rows(db, [citizen]))[0].last_error).toContain('FAILED');
  });
});

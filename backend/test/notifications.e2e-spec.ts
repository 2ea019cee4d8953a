import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort, type Service, startService } from '../../scripts/services.mjs';
import { repoRoot } from '../src/config/paths.js';
import { ensureDatabase } from '../src/database/resolve-database.js';
import type { MessageContent } from '../src/notifications/content/message-content.js';
import { startTestSmtpServer, type TestSmtpServer } from './support/test-smtp-server.js';

const { databaseUrl, federationUrl, tmpDir } = inject('stack');

const cleanup: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

/**
 * A portal of its own: a fresh database on the run's PostgreSQL server, so its outbox is not delivered by the
 * shared backend, whose SMTP server is always up.
 */
async function ownDatabase(): Promise<{ url: string; db: pg.Pool }> {
  const server = new URL(databaseUrl);
  server.pathname = '/postgres';
  const url = await ensureDatabase(
    server.toString(),
    `outbox_${randomUUID().replaceAll('-', '').slice(0, 12)}`,
  );
  const db = new pg.Pool({ connectionString: url, max: 2 });
  cleanup.push(() => db.end());
  return { url, db };
}

/** Another backend process, as a second replica would run, delivering through `smtp://127.0.0.1:smtpPort`. */
async function startBackend(databaseUrl: string, smtpPort: number): Promise<Service> {
  const port = await freePort();
  const name = `backend-${port}`;
  const backend = startService(name, process.execPath, ['backend/dist/backend/src/main.js'], {
    cwd: repoRoot,
    quiet: true,
    env: {
      NODE_ENV: 'test',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: '4',
      DATA_DIR: path.join(tmpDir, name),
      DEMO_DATA: 'false',
      LOG_LEVEL: 'error',
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      NOTIFICATIONS_POLL_INTERVAL_MS: '100',
      NOTIFICATIONS_RETRY_BASE_MS: '200',
      NOTIFICATIONS_RETRY_MAX_MS: '400',
      NOTIFICATIONS_MAX_ATTEMPTS: '50',
      OIDC_TRUST_ANCHOR: `${federationUrl}/ta`,
      OIDC_TEST_FEDERATION_URL: federationUrl,
    },
    readyUrl: `http://127.0.0.1:${port}/api/health/ready`,
  });
  cleanup.push(() => backend.stop());
  await backend.ready();
  return backend;
}

async function smtpServer(port: number): Promise<{ server: TestSmtpServer; maildir: string }> {
  const maildir = await mkdtemp(path.join(tmpDir, 'mail-'));
  const server = await startTestSmtpServer(maildir, port);
  cleanup.push(() => server.close());
  return { server, maildir };
}

function content(token: string): MessageContent {
  return {
    locale: 'it',
    subject: `Prova di consegna ${token}`,
    sender: 'Comune di Prova - Sportello Unico per l Edilizia',
    blocks: [{ kind: 'paragraph', text: `Messaggio di prova ${token}.` }],
    action: { label: 'Apri la pratica', url: 'https://portale.example.test/pratiche/1' },
  };
}

/** Writes messages the way `NotificationOutbox.enqueue` does, all in one transaction. */
async function enqueue(db: pg.Pool, token: string, count: number): Promise<string[]> {
  const recipients = Array.from({ length: count }, (_, index) => `dest-${index}-${token}@example.test`);
  await db.query(
    `INSERT INTO notification_outbox (channel, recipient, kind, content, resource_type, resource_id)
     SELECT 'email', recipient, 'test.delivery', $2::jsonb, 'test', $3 FROM unnest($1::text[]) AS recipient`,
    [recipients, JSON.stringify(content(token)), token],
  );
  return recipients;
}

async function outboxRows(db: pg.Pool, token: string) {
  const { rows } = await db.query<{
    recipient: string;
    status: string;
    attempts: number;
    last_error: string | null;
  }>(
    'SELECT recipient, status, attempts, last_error FROM notification_outbox WHERE resource_id = $1 ORDER BY id',
    [token],
  );
  return rows;
}

async function delivered(maildir: string): Promise<string[]> {
  const files = await readdir(maildir);
  return Promise.all(files.map((file) => readFile(path.join(maildir, file), 'utf8')));
}

describe('notification outbox', () => {
  it('should keep messages while the SMTP server is down and deliver each once when it is back', async () => {
    const { url, db } = await ownDatabase();
    const smtpPort = await freePort();
    await startBackend(url, smtpPort);
    const token = randomUUID();
    const recipients = await enqueue(db, token, 3);

    await expect
      .poll(async () => (await outboxRows(db, token)).every((row) => row.attempts >= 2), { timeout: 20_000 })
      .toBe(true);
    for (const row of await outboxRows(db, token)) {
      expect(row.status).toBe('pending');
      expect(row.last_error).toMatch(/ECONNREFUSED|connect/i);
    }

    const { maildir } = await smtpServer(smtpPort);
    await expect
      .poll(async () => (await outboxRows(db, token)).map((row) => row.status), { timeout: 20_000 })
      .toEqual(['sent', 'sent', 'sent']);
    // A few more polling rounds: a message sent twice would show up now.
    await new Promise((resolve) => setTimeout(resolve, 600));
    const mails = await delivered(maildir);
    expect(mails).toHaveLength(3);
    expect(mails.map((mail) => mail.split(/\r?\n/, 1)[0].replace('X-Envelope-To: ', '')).sort()).toEqual(
      [...recipients].sort(),
    );
    for (const mail of mails) {
      expect(mail).toContain(`Prova di consegna ${token}`);
      expect(mail).toMatch(/^Message-ID: <outbox-\d+-\d+@comune\.spinodadda\.cr\.it>$/m);
    }
  });

  it('should give a message up as failed after its last allowed attempt', async () => {
    const { url, db } = await ownDatabase();
    await startBackend(url, await freePort());
    const token = randomUUID();
    await enqueue(db, token, 1);
    await db.query('UPDATE notification_outbox SET attempts = 49 WHERE resource_id = $1', [token]);
    await expect
      .poll(async () => (await outboxRows(db, token))[0].status, { timeout: 20_000 })
      .toBe('failed');
    expect((await outboxRows(db, token))[0].attempts).toBe(50);
  });

  it('should never send a message twice when several replicas deliver the same outbox', async () => {
    const { url, db } = await ownDatabase();
    const smtpPort = await freePort();
    const { maildir } = await smtpServer(smtpPort);
    await Promise.all([
      startBackend(url, smtpPort),
      startBackend(url, smtpPort),
      startBackend(url, smtpPort),
    ]);
    const token = randomUUID();
    const recipients = await enqueue(db, token, 60);

    await expect
      .poll(async () => (await outboxRows(db, token)).filter((row) => row.status === 'sent').length, {
        timeout: 30_000,
      })
      .toBe(60);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const mails = await delivered(maildir);
    expect(mails).toHaveLength(60);
    const addressed = mails.map((mail) => mail.split(/\r?\n/, 1)[0].replace('X-Envelope-To: ', ''));
    expect(new Set(addressed).size).toBe(60);
    expect(addressed.sort()).toEqual([...recipients].sort());
    expect((await outboxRows(db, token)).every((row) => row.attempts === 1)).toBe(true);
  });
});

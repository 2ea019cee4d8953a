import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../scripts/services.mjs';
import { putBaseRates } from '../f24-fixtures.js';
import { newIdentity } from '../support/factories.js';
import { startTestSmtpServer, type TestSmtpServer } from '../support/test-smtp-server.js';
import { type RoundRobinProxy, startRoundRobinProxy } from './support/round-robin-proxy.js';
import { loginThrough, type SystemSession, SystemStack } from './support/system-stack.js';

const WRITES_PER_WINDOW = 12;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function json(method: string, body: unknown): RequestInit {
  return { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/**
 * Two backend processes on one database and one files folder, behind one frontend, with a round-robin
 * balancer between them: what a person does through the portal behaves as with a single backend.
 */
describe('two backends behind one frontend', () => {
  let stack: SystemStack;
  let db: pg.Pool;
  let smtp: TestSmtpServer;
  let maildir: string;
  let balancer: RoundRobinProxy;
  let backends: { url: string; pid: number }[];
  let frontendUrl: string;
  let admin: SystemSession;
  const adminIdentity = newIdentity();

  beforeAll(async () => {
    stack = await SystemStack.create();
    const databaseUrl = await stack.database('portal_replicas');
    db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    maildir = path.join(stack.tmpDir, 'mail');
    await mkdir(maildir);
    smtp = await startTestSmtpServer(maildir);
    const [frontendPort, portA, portB] = await Promise.all([freePort(), freePort(), freePort()]);
    const publicUrl = `http://127.0.0.1:${frontendPort}`;
    const federationUrl = await stack.startFederation(publicUrl);
    const started = [];
    // One after the other: the first start of a development DATA_DIR generates the keys, which two
    // processes starting together would both try to create.
    for (const [index, port] of [portA, portB].entries()) {
      const backend = stack.startBackend({
        name: `backend-${index + 1}`,
        port,
        databaseUrl,
        publicUrl,
        federationUrl,
        env: {
          INITIAL_ADMIN_FISCAL_CODE: adminIdentity.fiscalCode,
          SMTP_URL: smtp.url,
          NOTIFICATIONS_POLL_INTERVAL_MS: '100',
          F24_BULK_POLL_INTERVAL_MS: '200',
          F24_BULK_CHUNK_SIZE: '20',
          RATE_LIMIT_WRITES: String(WRITES_PER_WINDOW),
          RATE_LIMIT_WRITES_WINDOW_SECONDS: '600',
        },
      });
      await backend.ready();
      started.push(backend);
    }
    backends = started.map((backend) => ({ url: backend.url, pid: backend.child.pid ?? 0 }));
    balancer = await startRoundRobinProxy(backends.map((backend) => backend.url));
    frontendUrl = await stack.startFrontend(frontendPort, balancer.url);
    admin = await loginThrough(frontendUrl, adminIdentity);
  });

  afterAll(async () => {
    await db?.end();
    await stack?.stop();
    await balancer?.close();
    await smtp?.close();
  });

  /** A person logged in through the frontend, holding `roles` granted by the administrator. */
  async function staffMember(roles: string[]): Promise<SystemSession> {
    const identity = newIdentity();
    const granted = await admin.fetch(`/api/admin/roles/${identity.fiscalCode}`, json('PUT', { roles }));
    expect(granted.status, await granted.clone().text()).toBe(200);
    return loginThrough(frontendUrl, identity);
  }

  it('should keep a session made on one backend valid on the other', async () => {
    // The login itself started on one backend and landed on the other (round robin).
    for (const backend of backends) {
      const me = await admin.fetchAt(backend.url, '/api/me');
      expect(me.status).toBe(200);
      expect(((await me.json()) as { fiscalCode: string }).fiscalCode).toBe(adminIdentity.fiscalCode);
    }
    const before = new Map(balancer.served);
    const answers = await Promise.all(Array.from({ length: 6 }, () => admin.fetch('/api/me')));
    expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(200));
    for (const backend of backends) {
      expect(balancer.served.get(backend.url)! - before.get(backend.url)!).toBeGreaterThanOrEqual(2);
    }
  });

  it('should count a person’s writes on both backends against one limit', async () => {
    const clerk = await staffMember(['admin']);
    const target = newIdentity().fiscalCode;
    const statuses: number[] = [];
    for (let i = 0; i < WRITES_PER_WINDOW + 4; i++) {
      const answer = await clerk.fetch(
        `/api/admin/roles/${target}`,
        json('PUT', { roles: i % 2 ? ['permits'] : ['taxes'] }),
      );
      statuses.push(answer.status);
      if (answer.status === 429) {
        expect(await answer.json()).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
        expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
      }
    }
    // Each backend counting alone would have allowed twice as many.
    expect(statuses).toEqual([...Array(WRITES_PER_WINDOW).fill(200), ...Array(4).fill(429)]);
  });

  it('should run a bulk F24 job once, its chunks shared by the backends and none done twice', async () => {
    const year = 2036;
    const taxpayers = 200;
    const clerk = await staffMember(['taxes']);
    await putBaseRates(clerk, year - 1);
    await putBaseRates(clerk, year);
    const people = Array.from({ length: taxpayers }, () => newIdentity());
    await db.query(
      `INSERT INTO app_user (fiscal_code, given_name, family_name)
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[])`,
      [people.map((p) => p.fiscalCode), people.map((p) => p.givenName), people.map((p) => p.familyName)],
    );
    await db.query(
      `WITH owners AS (
         SELECT fiscal_code, n FROM unnest($1::varchar[]) WITH ORDINALITY AS o(fiscal_code, n)
       ), properties AS (
         INSERT INTO imu_property (kind, cadastral_category, cadastral_income_cents, foglio, particella)
         SELECT 'building', 'A/2', 30000 + n * 7, '7036', 'M' || n FROM owners
         RETURNING id, particella
       )
       INSERT INTO imu_ownership (property_id, owner_fiscal_code, share_percent, valid_from, valid_to)
       SELECT p.id, o.fiscal_code, 100, $2, $3 FROM properties p JOIN owners o ON p.particella = 'M' || o.n`,
      [people.map((p) => p.fiscalCode), `${year}-01-01`, `${year}-12-31`],
    );

    const started = await clerk.fetch(
      '/api/staff/taxes/bulk-jobs',
      json('POST', { year, instalment: 'saldo' }),
    );
    expect(started.status, await started.clone().text()).toBe(202);
    const { id } = (await started.json()) as { id: string };
    // The next request lands on the other backend, which knows the job is running.
    const twice = await clerk.fetch(
      '/api/staff/taxes/bulk-jobs',
      json('POST', { year, instalment: 'saldo' }),
    );
    expect(twice.status).toBe(409);
    expect(await twice.json()).toMatchObject({ code: 'BULK_JOB_ALREADY_RUNNING', jobId: id });

    await expect
      .poll(
        async () =>
          ((await (await clerk.fetch(`/api/staff/taxes/bulk-jobs/${id}`)).json()) as { status: string })
            .status,
        { timeout: 120_000, interval: 250 },
      )
      .toBe('completed');
    const jobs = await db.query('SELECT count(*)::int AS count FROM f24_bulk_job WHERE year = $1', [year]);
    expect(jobs.rows[0].count).toBe(1);
    const chunks = await db.query<{
      status: string;
      attempts: number;
      documents: number;
      processed_by: string;
    }>('SELECT status, attempts, documents, processed_by FROM f24_bulk_chunk WHERE job_id = $1', [id]);
    expect(chunks.rows).toHaveLength(taxpayers / 20);
    expect(chunks.rows.every((chunk) => chunk.status === 'done' && chunk.attempts === 1)).toBe(true);
    expect(chunks.rows.reduce((sum, chunk) => sum + chunk.documents, 0)).toBe(taxpayers);
    const workers = new Set(chunks.rows.map((chunk) => Number(chunk.processed_by.split(':')[1])));
    expect([...workers].every((pid) => backends.some((backend) => backend.pid === pid))).toBe(true);
    const documents = await db.query(
      `SELECT count(*)::int AS rows, count(DISTINCT taxpayer_fiscal_code)::int AS taxpayers
         FROM f24_document WHERE year = $1 AND instalment = 'balance'`,
      [year],
    );
    expect(documents.rows[0]).toEqual({ rows: taxpayers, taxpayers });
  });

  it('should deliver each outbox e-mail once, whichever backend picks it up', async () => {
    const token = `replicas-${Date.now()}`;
    const recipients = Array.from({ length: 40 }, (_, index) => `dest-${index}-${token}@example.test`);
    await db.query(
      `INSERT INTO notification_outbox (channel, recipient, kind, content, resource_type, resource_id)
       SELECT 'email', recipient, 'test.delivery', $2::jsonb, 'test', $3 FROM unnest($1::text[]) AS recipient`,
      [
        recipients,
        JSON.stringify({
          locale: 'it',
          subject: `Prova ${token}`,
          sender: 'Comune di Prova',
          blocks: [{ kind: 'paragraph', text: `Messaggio di prova ${token}.` }],
          action: { label: 'Apri il portale', url: 'https://portale.example.test/' },
        }),
        token,
      ],
    );
    const sent = async () =>
      (
        await db.query<{ count: number }>(
          "SELECT count(*)::int AS count FROM notification_outbox WHERE resource_id = $1 AND status = 'sent'",
          [token],
        )
      ).rows[0].count;
    await expect.poll(sent, { timeout: 30_000 }).toBe(recipients.length);
    await sleep(500);
    const mails = await Promise.all(
      (await readdir(maildir)).map((file) => readFile(path.join(maildir, file), 'utf8')),
    );
    const addressed = mails
      .map((mail) => mail.split(/\r?\n/, 1)[0].replace('X-Envelope-To: ', ''))
      .filter((address) => address.includes(token));
    expect(addressed.sort()).toEqual([...recipients].sort());
    const attempts = await db.query<{ attempts: number }>(
      'SELECT attempts FROM notification_outbox WHERE resource_id = $1',
      [token],
    );
    expect(attempts.rows.every((row) => row.attempts === 1)).toBe(true);
  });
});

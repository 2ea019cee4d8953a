import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort, type Service, startService } from '../../scripts/services.mjs';
import { repoRoot } from '../src/config/paths.js';
import {
  createProperty,
  insertRegistryPerson,
  pdfText,
  problemOf,
  putBaseRates,
  taxesClerk,
} from './f24-fixtures.js';
import { testDb } from './support/db.js';
import { newIdentity, type TestIdentity } from './support/factories.js';
import { loginAs, type TestSession } from './support/session.js';

const { databaseUrl, federationUrl, tmpDir } = inject('stack');

interface BulkJob {
  id: string;
  status: 'running' | 'completed';
  total: number;
  done: number;
  failed: number;
  documents: number;
  nothingDue: number;
  archive: string;
  failures: { fiscalCode: string; code: string; detail: string }[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startJob(clerk: TestSession, year: number, instalment: string): Promise<string> {
  const response = await clerk.fetch('/api/staff/taxes/bulk-jobs', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ year, instalment }),
  });
  expect(response.status, await response.clone().text()).toBe(202);
  return ((await response.json()) as { id: string }).id;
}

async function waitForCompletion(clerk: TestSession, id: string, timeoutMs: number): Promise<BulkJob> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = (await (await clerk.fetch(`/api/staff/taxes/bulk-jobs/${id}`)).json()) as BulkJob;
    if (job.status === 'completed') return job;
    if (Date.now() > deadline) throw new Error(`bulk job not completed in time: ${JSON.stringify(job)}`);
    await sleep(200);
  }
}

/** The entries of a zip, by Info-ZIP's zipinfo. */
async function zipEntries(zip: Buffer): Promise<string[]> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'f24-archive-'));
  const file = path.join(folder, 'archive.zip');
  await writeFile(file, zip);
  return execFileSync('zipinfo', ['-1', file]).toString().trim().split('\n').filter(Boolean);
}

let clerk: TestSession;

beforeAll(async () => {
  clerk = await taxesClerk();
});

describe('bulk precompiled F24', () => {
  // Only this block's taxpayers hold property in 2032.
  const YEAR = 2032;
  const during = { from: `${YEAR}-01-01`, to: `${YEAR}-12-31` };
  let inRegistry: TestIdentity;
  let portalUser: TestIdentity;
  let exempt: TestIdentity;
  let belowMinimum: TestIdentity;
  let unknown: TestIdentity;

  beforeAll(async () => {
    await putBaseRates(clerk, YEAR - 1);
    await putBaseRates(clerk, YEAR);
    [inRegistry, portalUser, exempt, belowMinimum, unknown] = Array.from({ length: 5 }, () => newIdentity());
    await insertRegistryPerson(inRegistry);
    for (const person of [portalUser, exempt, belowMinimum]) {
      await testDb().query(
        'INSERT INTO app_user (fiscal_code, given_name, family_name) VALUES ($1, $2, $3)',
        [person.fiscalCode, person.givenName, person.familyName],
      );
    }
    const flat = (person: TestIdentity, income: string, mainResidence = false) =>
      createProperty(clerk, {
        kind: 'building',
        cadastralCategory: mainResidence ? 'A/3' : 'A/2',
        cadastralIncome: income,
        owners: [{ fiscalCode: person.fiscalCode, sharePercent: '100', ...during, mainResidence }],
      });
    await flat(inRegistry, '500.00');
    await flat(portalUser, '650.00');
    await createProperty(clerk, {
      kind: 'land',
      dominicalIncome: '90.00',
      owners: [{ fiscalCode: portalUser.fiscalCode, sharePercent: '100', ...during }],
    });
    await flat(exempt, '800.00', true);
    // 5 × 1,05 × 160 × 0,86% = € 7,22 a year: under the € 12 minimum.
    await flat(belowMinimum, '5.00');
    await flat(unknown, '400.00');
  });

  it('should generate one PDF per taxpayer with something to pay, and count the others', async () => {
    const id = await startJob(clerk, YEAR, 'acconto');
    const job = await waitForCompletion(clerk, id, 30_000);
    expect(job).toMatchObject({ total: 5, done: 5, documents: 2, nothingDue: 2, failed: 1 });
    expect(job.failures).toEqual([
      expect.objectContaining({ fiscalCode: unknown.fiscalCode, code: 'TAXPAYER_NOT_FOUND' }),
    ]);

    const entries = await zipEntries(Buffer.from(await (await clerk.fetch(job.archive)).arrayBuffer()));
    expect(entries.sort()).toEqual(
      [inRegistry, portalUser].map((p) => `F24-IMU-${YEAR}-acconto-${p.fiscalCode}.pdf`).sort(),
    );
  });

  it('should let residents find and download their own precompiled F24, and only theirs', async () => {
    const owner = await loginAs(portalUser);
    const listed = await owner.fetch('/api/f24/documents');
    expect(listed.status, await listed.clone().text()).toBe(200);
    const list = (await listed.json()) as {
      id: string;
      year: number;
      instalment: string;
      total: string;
      download: string;
    }[];
    const mine = list.find((d) => d.year === YEAR && d.instalment === 'acconto');
    expect(mine).toBeDefined();
    // 650 × 1,05 × 160 × 0,86% / 2 = 469,56 → 470; land 90 × 1,25 × 135 × 0,76% / 2 = 57,71 → 58.
    expect(mine?.total).toBe('528.00');
    const pdf = await owner.fetch(mine!.download);
    expect(pdf.status).toBe(200);
    const text = pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(text.replace(/\s+/g, '')).toContain(portalUser.fiscalCode);
    expect(text).toContain('528,00');

    const other = await loginAs(inRegistry);
    const foreign = await other.fetch(mine!.download);
    expect(foreign.status, await foreign.clone().text()).toBe(404);
    expect((await problemOf(foreign)).code).toBe('F24_DOCUMENT_NOT_FOUND');
  });

  it('should replace, never duplicate, the forms when the same instalment is generated again', async () => {
    const id = await startJob(clerk, YEAR, 'acconto');
    await waitForCompletion(clerk, id, 30_000);
    const { rows } = await testDb().query(
      `SELECT taxpayer_fiscal_code, bulk_job_id FROM f24_document WHERE year = $1 AND instalment = 'first'`,
      [YEAR],
    );
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.bulk_job_id === id)).toBe(true);
  });

  it('should refuse a year whose rates are missing', async () => {
    const response = await clerk.fetch('/api/staff/taxes/bulk-jobs', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ year: 2091, instalment: 'saldo' }),
    });
    expect(response.status).toBe(422);
    expect(await problemOf(response)).toMatchObject({ code: 'IMU_RATES_NOT_AVAILABLE', field: 'year' });
  });
});

describe('bulk run interrupted by a crash', () => {
  // Only this block's taxpayers hold property in 2034.
  const YEAR = 2034;
  const TAXPAYERS = 1_200;
  const replicas: Service[] = [];

  /** A second backend on the same database and data folder, as another replica would be. */
  async function startReplica(): Promise<Service> {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const replica = startService('backend-replica', process.execPath, ['backend/dist/backend/src/main.js'], {
      cwd: repoRoot,
      quiet: true,
      env: {
        NODE_ENV: 'test',
        PORT: String(port),
        PUBLIC_URL: url,
        DATABASE_URL: databaseUrl,
        DATA_DIR: path.join(tmpDir, 'data'),
        DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
        OIDC_TRUST_ANCHOR: `${federationUrl}/ta`,
        OIDC_TEST_FEDERATION_URL: federationUrl,
        F24_BULK_POLL_INTERVAL_MS: '200',
      },
      readyUrl: `${url}/api/health/ready`,
    });
    replicas.push(replica);
    await replica.ready();
    return replica;
  }

  beforeAll(async () => {
    await putBaseRates(clerk, YEAR - 1);
    await putBaseRates(clerk, YEAR);
    const people = Array.from({ length: TAXPAYERS }, () => newIdentity());
    await testDb().query(
      `INSERT INTO app_user (fiscal_code, given_name, family_name)
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[]) ON CONFLICT DO NOTHING`,
      [people.map((p) => p.fiscalCode), people.map((p) => p.givenName), people.map((p) => p.familyName)],
    );
    await testDb().query(
      `WITH owners AS (
         SELECT fiscal_code, n FROM unnest($1::varchar[]) WITH ORDINALITY AS o(fiscal_code, n)
       ), properties AS (
         INSERT INTO imu_property (kind, cadastral_category, cadastral_income_cents, foglio, particella)
         SELECT 'building', 'A/2', 30000 + n * 7, '7034', 'B' || n FROM owners
         RETURNING id, particella
       )
       INSERT INTO imu_ownership (property_id, owner_fiscal_code, share_percent, valid_from, valid_to)
       SELECT p.id, o.fiscal_code, 100, $2, $3 FROM properties p JOIN owners o ON p.particella = 'B' || o.n`,
      [people.map((p) => p.fiscalCode), `${YEAR}-01-01`, `${YEAR}-12-31`],
    );
  });

  afterAll(async () => {
    for (const replica of replicas) await replica.stop();
  });

  it('should resume after a replica is killed mid-chunk and finish with one document per taxpayer', async () => {
    const first = await startReplica();
    const id = await startJob(clerk, YEAR, 'saldo');

    const again = await clerk.fetch('/api/staff/taxes/bulk-jobs', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ year: YEAR, instalment: 'saldo' }),
    });
    expect(again.status).toBe(409);
    expect(await problemOf(again)).toMatchObject({ code: 'BULK_JOB_ALREADY_RUNNING', jobId: id });

    // Kill the replica while it holds a chunk, after some chunks have been committed.
    const holding = `f24-bulk:${first.child.pid}:%`;
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { rows } = await testDb().query(
        `SELECT (SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE $2) AS holding,
                (SELECT count(*) FROM f24_bulk_chunk WHERE job_id = $1 AND status = 'done') AS done`,
        [id, holding],
      );
      if (Number(rows[0].holding) > 0 && Number(rows[0].done) > 0) break;
      if (Date.now() > deadline) throw new Error('the replica never took a chunk');
      await sleep(20);
    }
    first.child.kill('SIGKILL');
    await first.exited;

    const atCrash = (await (await clerk.fetch(`/api/staff/taxes/bulk-jobs/${id}`)).json()) as BulkJob;
    expect(atCrash.status).toBe('running');
    expect(atCrash.done).toBeLessThan(TAXPAYERS);

    await startReplica();
    const job = await waitForCompletion(clerk, id, 150_000);
    expect(job).toMatchObject({
      total: TAXPAYERS,
      done: TAXPAYERS,
      documents: TAXPAYERS,
      failed: 0,
      nothingDue: 0,
    });

    const documents = await testDb().query(
      `SELECT count(*) AS rows, count(DISTINCT taxpayer_fiscal_code) AS taxpayers,
              count(*) FILTER (WHERE bulk_job_id = $2) AS of_this_job
         FROM f24_document WHERE year = $1 AND instalment = 'balance'`,
      [YEAR, id],
    );
    expect(documents.rows[0]).toEqual({
      rows: String(TAXPAYERS),
      taxpayers: String(TAXPAYERS),
      of_this_job: String(TAXPAYERS),
    });
    // Each chunk committed exactly once: the killed attempt left no trace, not even an attempt.
    const chunks = await testDb().query(
      `SELECT status, attempts, documents FROM f24_bulk_chunk WHERE job_id = $1 ORDER BY number`,
      [id],
    );
    expect(chunks.rows.every((chunk) => chunk.status === 'done' && chunk.attempts === 1)).toBe(true);
    expect(chunks.rows.reduce((sum, chunk) => sum + chunk.documents, 0)).toBe(TAXPAYERS);

    const entries = await zipEntries(Buffer.from(await (await clerk.fetch(job.archive)).arrayBuffer()));
    expect(entries).toHaveLength(TAXPAYERS);
    expect(new Set(entries).size).toBe(TAXPAYERS);
  }, 240_000);
});

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../scripts/services.mjs';
import { newIdentity } from '../support/factories.js';
import { loginThrough, type SystemSession, SystemStack } from './support/system-stack.js';

type Phase = 'up' | 'down' | 'restarting' | 'recovered';

interface Outcome {
  phase: Phase;
  kind: 'write' | 'read' | 'ready';
  status: number;
  ms: number;
  /** The problem code, for failures. */
  code?: string;
}

const ROLE_SETS = [['permits'], ['registry', 'taxes'], [], ['permits', 'registry', 'taxes']];
/** Bounds of the load loop, whatever happens: no request loop runs unbounded. */
const MAX_REQUESTS_PER_WORKER = 2_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('PostgreSQL stopped in the middle of load', () => {
  let stack: SystemStack;
  let backendUrl: string;
  let databaseUrl: string;
  let admin: SystemSession;
  let backendOutput: () => string;
  const adminIdentity = newIdentity();

  beforeAll(async () => {
    stack = await SystemStack.create();
    databaseUrl = await stack.database('portal_outage');
    const port = await freePort();
    backendUrl = `http://127.0.0.1:${port}`;
    const federationUrl = await stack.startFederation(backendUrl);
    const backend = stack.startBackend({
      port,
      databaseUrl,
      federationUrl,
      // One clerk drives the whole load: the per-person write limit would answer 429 long before the outage.
      env: { INITIAL_ADMIN_FISCAL_CODE: adminIdentity.fiscalCode, RATE_LIMIT_WRITES: '100000' },
    });
    await backend.ready();
    // Shown when an assertion fails: the backend's own account of any unexpected error.
    backendOutput = () =>
      backend
        .output()
        .split('\n')
        .filter((line) => line.includes('INTERNAL_ERROR'))
        .join('\n');
    admin = await loginThrough(backendUrl, adminIdentity);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('should answer 503 fast, recover by itself when PostgreSQL is back, and leave no half-written change', async () => {
    const targets = Array.from({ length: 3 }, () => newIdentity().fiscalCode);
    const outcomes: Outcome[] = [];
    let phase: Phase = 'up';
    let loadRunning = true;

    const timed = async (kind: Outcome['kind'], request: () => Promise<Response>) => {
      const startedIn = phase;
      const started = performance.now();
      let response: Response;
      let body: string;
      try {
        response = await request();
        body = await response.text();
      } catch (error) {
        // No HTTP answer at all (connection reset, hang until the client timeout): recorded, then asserted on.
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        const outcome: Outcome = {
          phase: startedIn,
          kind,
          status: 0,
          ms: performance.now() - started,
          code: `${new Date().toISOString()} ${cause?.code ?? ''} ${cause?.message ?? (error as Error).message}`,
        };
        outcomes.push(outcome);
        return outcome;
      }
      const outcome: Outcome = {
        phase: startedIn,
        kind,
        status: response.status,
        ms: performance.now() - started,
      };
      if (response.status >= 400) outcome.code = (JSON.parse(body) as { code?: string }).code;
      outcomes.push(outcome);
      return outcome;
    };

    // Each worker rewrites one person's roles (role_grant and audit_event in one transaction) and reads /api/me.
    const worker = async (target: string) => {
      for (let i = 0; loadRunning && i < MAX_REQUESTS_PER_WORKER; i++) {
        await timed('write', () =>
          admin.fetch(`/api/admin/roles/${target}`, {
            method: 'PUT',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ roles: ROLE_SETS[i % ROLE_SETS.length] }),
            signal: AbortSignal.timeout(10_000),
          }),
        );
        await timed('read', () => admin.fetch('/api/me', { signal: AbortSignal.timeout(10_000) }));
        await timed('ready', () =>
          fetch(`${backendUrl}/api/health/ready`, { signal: AbortSignal.timeout(10_000) }),
        );
      }
    };
    const load = Promise.all(targets.map(worker));

    await sleep(1_500);
    await stack.stopPostgres();
    phase = 'down';
    await sleep(3_000);
    phase = 'restarting';
    await stack.startPostgres();
    // Recovery is the backend's own business: nothing is restarted or told; the pool reconnects on demand.
    await expect
      .poll(async () => (await fetch(`${backendUrl}/api/health/ready`)).status, {
        timeout: 20_000,
        interval: 100,
      })
      .toBe(200);
    phase = 'recovered';
    await sleep(1_500);
    loadRunning = false;
    await load;

    const during = (p: Phase) => outcomes.filter((outcome) => outcome.phase === p);
    // While the database is down: every request is refused with 503 at once, none hangs.
    const down = during('down');
    expect(down.length).toBeGreaterThan(30);
    expect(down.filter((outcome) => outcome.status !== 503)).toEqual([]);
    expect(new Set(down.map((outcome) => outcome.code))).toEqual(
      new Set(['DATABASE_UNAVAILABLE', 'NOT_READY']),
    );
    expect(down.filter((outcome) => outcome.kind === 'ready').length).toBeGreaterThan(5);
    expect(Math.max(...down.map((outcome) => outcome.ms))).toBeLessThan(1_000);
    // Never a 500, never an answer slower than the 2 s connection timeout, whatever the phase.
    expect(
      outcomes.filter((outcome) => outcome.status !== 200 && outcome.status !== 503),
      backendOutput(),
    ).toEqual([]);
    expect(Math.max(...outcomes.map((outcome) => outcome.ms))).toBeLessThan(2_000);
    // Before and after: the portal serves, with the same session (sessions live in PostgreSQL).
    expect(during('up').filter((outcome) => outcome.status === 200).length).toBeGreaterThan(10);
    const recovered = during('recovered');
    expect(recovered.length).toBeGreaterThan(10);
    expect(recovered.filter((outcome) => outcome.status !== 200)).toEqual([]);
    expect((await admin.fetch('/api/me')).status).toBe(200);

    // No half-written change: each person's grants are exactly what their last audited change says, and every
    // acknowledged write is there.
    const acknowledged = outcomes.filter(
      (outcome) => outcome.kind === 'write' && outcome.status === 200,
    ).length;
    const attempted = outcomes.filter((outcome) => outcome.kind === 'write').length;
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const audited = await client.query<{ subject: string; after: string[] }>(
        `SELECT DISTINCT ON (subject_fiscal_code) subject_fiscal_code AS subject, details->'after' AS after
           FROM audit_event WHERE action = 'auth.roles.set' AND subject_fiscal_code = ANY($1)
          ORDER BY subject_fiscal_code, id DESC`,
        [targets],
      );
      expect(audited.rows).toHaveLength(targets.length);
      for (const { subject, after } of audited.rows) {
        const grants = await client.query<{ role: string }>(
          'SELECT role FROM role_grant WHERE fiscal_code = $1 ORDER BY role',
          [subject],
        );
        expect(grants.rows.map((row) => row.role)).toEqual([...after].sort());
      }
      const { rows } = await client.query<{ count: string }>(
        "SELECT count(*) FROM audit_event WHERE action = 'auth.roles.set' AND subject_fiscal_code = ANY($1)",
        [targets],
      );
      expect(Number(rows[0].count)).toBeGreaterThanOrEqual(acknowledged);
      expect(Number(rows[0].count)).toBeLessThanOrEqual(attempted);
    } finally {
      await client.end();
    }
  });
});

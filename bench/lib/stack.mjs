// The throwaway portal a benchmark runs against: an embedded PostgreSQL under the OS temp folder (or
// BENCH_DATABASE_URL), the local test federation and one or more processes of the BUILT backend, all on free
// loopback ports, plus logins through the test OP and the backends' peak memory.
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, startService } from '../../scripts/services.mjs';

export const root = path.resolve(import.meta.dirname, '../..');
const backendDist = path.join(root, 'backend/dist/backend/src');
const federationDist = path.join(root, 'test-federation/dist/test-federation/src');

/** Imports a module of the built backend, e.g. `importBackend('common/italian/fiscal-code.js')`. */
export async function importBackend(relativePath) {
  return import(built(path.join(backendDist, relativePath)));
}

function built(file) {
  if (!existsSync(file)) {
    console.error(
      `Missing ${path.relative(root, file)}: run \`npm run build -w backend -w test-federation\` first.`,
    );
    process.exit(1);
  }
  return file;
}

/**
 * Starts PostgreSQL (unless `databaseUrl` or BENCH_DATABASE_URL is given), the test federation and `backends`
 * backend processes sharing the database and the data folder; the first one is the relying party that logs in.
 * `env` adds to the backends' environment (or a function of `{ federationUrl }` returning it); `cpuProfileDir`
 * writes a V8 CPU profile of each backend there; `captureSql` loads ./sql-capture-preload.mjs into the first backend,
 * for `stack.recordSql(request)`; `frontend` also starts the BUILT frontend (`next start`) in front of the first
 * backend (`stack.frontendUrl`).
 * `prepare({ federationUrl, tmpDir })` may return more `{ federation, backend }` variables before anything starts.
 */
export async function startBenchStack({
  backends = 1,
  env = {},
  prepare = async () => ({ federation: {}, backend: {} }),
  databaseUrl: givenUrl = process.env.BENCH_DATABASE_URL,
  cpuProfileDir,
  captureSql = false,
  frontend = false,
} = {}) {
  const { startEmbeddedPostgres } = await importBackend('database/embedded-postgres.js');
  const { ensureDatabase } = await importBackend('database/resolve-database.js');
  const { completeTestLogin } = await import(built(path.join(federationDist, 'index.js')));
  const tmpDir = await mkdtemp(path.join(os.tmpdir(), 'portale-bench-'));
  // As root, PostgreSQL runs as `postgres`, which must be able to enter the folder.
  await chmod(tmpDir, 0o755);
  const services = [];
  const backendServices = [];
  let postgres;
  let pool;
  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      process.off('SIGTERM', onSignal).off('SIGINT', onSignal);
      for (const service of [...services].reverse()) await service.stop();
      await pool?.end();
      await postgres?.stop();
      await rm(tmpDir, { recursive: true, force: true });
    })();
    return stopping;
  };
  // The runner stops a benchmark that overruns with SIGTERM: leave no PostgreSQL or backend behind.
  const onSignal = (signal) => {
    console.error(`${signal}: stopping the benchmark stack`);
    stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.on('SIGTERM', onSignal).on('SIGINT', onSignal);
  try {
    let databaseUrl = givenUrl;
    if (!databaseUrl) {
      postgres = await startEmbeddedPostgres({
        dataDir: path.join(tmpDir, 'postgres'),
        port: await freePort(),
      });
      databaseUrl = await ensureDatabase(postgres.url, 'portal_bench');
    }
    const ports = await Promise.all(Array.from({ length: backends }, () => freePort()));
    const backendUrls = ports.map((port) => `http://127.0.0.1:${port}`);
    const federationUrl = `http://127.0.0.1:${await freePort()}`;
    const identitiesFile = path.join(tmpDir, 'identities.json');
    await writeFile(identitiesFile, '[]');
    const prepared = await prepare({ federationUrl, tmpDir });
    const federation = startService(
      'test-federation',
      process.execPath,
      [built(path.join(federationDist, 'main.js'))],
      {
        cwd: root,
        quiet: true,
        env: {
          TESTFED_PORT: new URL(federationUrl).port,
          TESTFED_PUBLIC_URL: federationUrl,
          TESTFED_RP_ENTITY_IDS: backendUrls[0],
          TESTFED_IDENTITIES_FILE: identitiesFile,
          ...prepared.federation,
        },
        readyUrl: `${federationUrl}/ta/.well-known/openid-federation`,
      },
    );
    services.push(federation);
    await federation.ready();
    const profile = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(cpuProfileDir)}`] : [];
    const captureFile = path.join(tmpDir, 'sql-capture.json');
    const capture = (i) =>
      captureSql && i === 0 ? ['--import', path.join(import.meta.dirname, 'sql-capture-preload.mjs')] : [];
    // One after the other: the first applies the migrations (the others would wait on its lock anyway).
    for (const [i, url] of backendUrls.entries()) {
      const backend = startService(
        backends > 1 ? `backend-${i + 1}` : 'backend',
        process.execPath,
        [...profile, ...capture(i), built(path.join(backendDist, 'main.js'))],
        {
          cwd: root,
          quiet: true,
          env: {
            NODE_ENV: 'test',
            PORT: String(ports[i]),
            PUBLIC_URL: url,
            DATABASE_URL: databaseUrl,
            DATA_DIR: path.join(tmpDir, 'data'),
            DEMO_DATA: 'false',
            LOG_LEVEL: 'warn',
            OIDC_TRUST_ANCHOR: `${federationUrl}/ta`,
            OIDC_TEST_FEDERATION_URL: federationUrl,
            NOTIFICATIONS_WORKER: 'false',
            // Sessions of a long benchmark must not expire in the middle of it.
            SESSION_IDLE_MINUTES: '240',
            // One benchmark user writes far more than a person could: the per-user write limit (120 a minute by
            // default) would turn the measurement into a count of 429s. The limiter still runs on every request.
            RATE_LIMIT_WRITES: '100000',
            ...prepared.backend,
            // The recording backend runs no bulk F24 worker: its polling would slip into a recorded request.
            ...(captureSql && i === 0
              ? { BENCH_SQL_CAPTURE_FILE: captureFile, F24_BULK_WORKER: 'false' }
              : {}),
            ...(typeof env === 'function' ? env({ federationUrl }) : env),
          },
          readyUrl: `${url}/api/health/ready`,
          timeoutMs: 180_000,
        },
      );
      services.push(backend);
      backendServices.push(backend);
      await backend.ready();
    }
    let frontendUrl;
    if (frontend) {
      if (!existsSync(path.join(root, 'frontend/.next/BUILD_ID'))) {
        throw new Error('Missing frontend/.next: run `npm run build -w frontend` first.');
      }
      frontendUrl = `http://127.0.0.1:${await freePort()}`;
      // Next's own binary (not npx), so stopping the service stops the server itself.
      const next = startService(
        'frontend',
        process.execPath,
        [
          path.join(root, 'node_modules/next/dist/bin/next'),
          'start',
          '-p',
          new URL(frontendUrl).port,
          '-H',
          '127.0.0.1',
        ],
        {
          cwd: path.join(root, 'frontend'),
          quiet: true,
          env: { BACKEND_URL: backendUrls[0], NEXT_TELEMETRY_DISABLED: '1' },
          readyUrl: `${frontendUrl}/`,
          timeoutMs: 120_000,
        },
      );
      services.push(next);
      await next.ready();
    }
    pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
    // The throwaway server stops at the end: its goodbye to idle clients is not an error of the run.
    pool.on('error', () => undefined);

    /** The journey a browser without JavaScript makes: portal → test OP → callback → session cookie. */
    const login = async (identity) => {
      const cookies = new Map();
      const keep = (response) => {
        for (const header of response.headers.getSetCookie()) {
          const [pair] = header.split(';');
          const at = pair.indexOf('=');
          cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
        }
      };
      const cookie = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
      const start = await fetch(`${backendUrls[0]}/api/auth/login?provider=spid&idp=test-a`, {
        redirect: 'manual',
      });
      keep(start);
      const callback = await completeTestLogin(start.headers.get('location'), {
        fiscalNumber: identity.fiscalCode,
        givenName: identity.givenName,
        familyName: identity.familyName,
        email: identity.email ?? 'bench@example.test',
      });
      keep(await fetch(callback, { redirect: 'manual', headers: { cookie: cookie() } }));
      const me = await fetch(`${backendUrls[0]}/api/me`, { headers: { cookie: cookie() } });
      if (me.status !== 200) throw new Error(`login of ${identity.fiscalCode} failed: /api/me ${me.status}`);
      keep(me);
      return { cookie: cookie(), csrf: cookies.get('csrf_token') };
    };

    /** A person with `role` (besides resident), logged in. */
    const loginWithRole = async (identity, role) => {
      await pool.query('INSERT INTO role_grant (fiscal_code, role) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
        identity.fiscalCode,
        role,
      ]);
      return login(identity);
    };

    /** The highest resident set size any backend process reached so far (VmHWM), in MiB. */
    const peakRssMiB = async () => {
      let peak = 0;
      for (const service of backendServices) peak = Math.max(peak, await highWaterMark(service.child.pid));
      return peak / 1024;
    };

    /**
     * The statements the first backend sent to PostgreSQL while `request()` ran (and `settleMs` after it, for
     * writes a request leaves behind; none by default, so no background job slips in), as recorded by
     * ./sql-capture-preload.mjs.
     */
    const recordSql = async (request, { settleMs = 0 } = {}) => {
      if (!captureSql) throw new Error('startBenchStack({ captureSql: true }) records SQL');
      const pid = backendServices[0].child.pid;
      const waitFor = async (file) => {
        for (let tries = 0; !existsSync(file); tries++) {
          if (tries > 200) throw new Error(`the backend did not write ${file}`);
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
      };
      process.kill(pid, 'SIGUSR2');
      await waitFor(`${captureFile}.on`);
      const result = await request();
      if (settleMs > 0) await new Promise((resolve) => setTimeout(resolve, settleMs));
      process.kill(pid, 'SIGUSR2');
      await waitFor(captureFile);
      const statements = JSON.parse(await readFile(captureFile, 'utf8'));
      await Promise.all([unlink(captureFile), unlink(`${captureFile}.on`)]);
      return { result, statements };
    };

    /**
     * Lets the database settle before a measured run, so that neither side of a portal-versus-bare comparison
     * pays for work the other does not: with `vacuum`, a VACUUM (ANALYZE) of what was just loaded (as a
     * comune's database is, by autovacuum, long before anyone reads it); then a CHECKPOINT, and a wait (at most
     * two minutes) until no autovacuum worker is running. Freshly loaded tables otherwise get their first
     * autovacuum in the middle of whichever run comes first.
     */
    const settle = async ({ vacuum = false } = {}) => {
      if (vacuum) await pool.query('VACUUM (ANALYZE)');
      await pool.query('CHECKPOINT');
      const until = Date.now() + 120_000;
      for (;;) {
        const { rows } = await pool.query(
          "SELECT count(*)::int AS workers FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'",
        );
        if (rows[0].workers === 0 || Date.now() > until) return;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    };

    const backendOutput = () =>
      backendServices.map((service) => `--- ${service.name} ---\n${service.output()}`).join('\n');

    return {
      tmpDir,
      databaseUrl,
      backendUrl: backendUrls[0],
      backendUrls,
      frontendUrl,
      federationUrl,
      pool,
      login,
      loginWithRole,
      peakRssMiB,
      recordSql,
      settle,
      backendOutput,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** VmHWM of a live process in KiB (0 once it is gone). */
async function highWaterMark(pid) {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    return Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

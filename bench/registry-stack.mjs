// The throwaway portal the registry benchmarks run against: an embedded PostgreSQL under the OS temp folder
// (or BENCH_DATABASE_URL), the local test federation and the built backend, plus a login helper and the
// generator of demo import files. Shared by bench/registry-import.mjs and bench/registry-visura.mjs.
import { createWriteStream, existsSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { freePort, startService } from '../scripts/services.mjs';

export const root = path.resolve(import.meta.dirname, '..');
const dist = {
  backend: path.join(root, 'backend/dist/backend/src/main.js'),
  postgres: path.join(root, 'backend/dist/backend/src/database/embedded-postgres.js'),
  database: path.join(root, 'backend/dist/backend/src/database/resolve-database.js'),
  migrations: path.join(root, 'backend/dist/backend/src/database/run-migrations.js'),
  population: path.join(root, 'backend/dist/backend/src/registry/domain/demo-population.js'),
  identities: path.join(root, 'backend/dist/backend/src/registry/domain/demo-identities.js'),
  fiscalCode: path.join(root, 'backend/dist/backend/src/registry/domain/fiscal-code.js'),
  demoCsv: path.join(root, 'backend/dist/backend/src/demo/demo-population-csv.js'),
  referenceDate: path.join(root, 'backend/dist/backend/src/demo/demo-reference-date.js'),
  federation: path.join(root, 'test-federation/dist/main.js'),
  federationClient: path.join(root, 'test-federation/dist/index.js'),
};

for (const file of Object.values(dist)) {
  if (!existsSync(file)) {
    console.error(
      `Missing ${path.relative(root, file)}: run \`npm run build -w backend -w test-federation\` first.`,
    );
    process.exit(1);
  }
}

/** Starts PostgreSQL (unless `databaseUrl` is given), the test federation and the backend. */
export async function startRegistryStack({ databaseUrl: givenUrl } = {}) {
  const { startEmbeddedPostgres } = await import(dist.postgres);
  const { ensureDatabase } = await import(dist.database);
  const { runMigrations } = await import(dist.migrations);
  const tmpDir = await mkdtemp(path.join(os.tmpdir(), 'portale-bench-'));
  await chmod(tmpDir, 0o755);
  const services = [];
  let postgres;
  let pool;
  const stop = async () => {
    for (const service of services.reverse()) await service.stop();
    await pool?.end();
    await postgres?.stop();
    await rm(tmpDir, { recursive: true, force: true });
  };
  try {
    let databaseUrl = givenUrl;
    if (!databaseUrl) {
      postgres = await startEmbeddedPostgres({
        dataDir: path.join(tmpDir, 'postgres'),
        port: await freePort(),
      });
      databaseUrl = await ensureDatabase(postgres.url, 'portal_bench');
    }
    await runMigrations(databaseUrl);
    const [backendPort, federationPort] = await Promise.all([freePort(), freePort()]);
    const backendUrl = `http://127.0.0.1:${backendPort}`;
    const federationUrl = `http://127.0.0.1:${federationPort}`;
    const identitiesFile = path.join(tmpDir, 'identities.json');
    await writeFile(identitiesFile, '[]');
    const federation = startService('test-federation', process.execPath, [dist.federation], {
      cwd: root,
      quiet: true,
      env: {
        TESTFED_PORT: String(federationPort),
        TESTFED_PUBLIC_URL: federationUrl,
        TESTFED_RP_ENTITY_IDS: backendUrl,
        TESTFED_IDENTITIES_FILE: identitiesFile,
      },
      readyUrl: `${federationUrl}/ta/.well-known/openid-federation`,
    });
    services.push(federation);
    await federation.ready();
    const backend = startService('backend', process.execPath, [dist.backend], {
      cwd: root,
      quiet: true,
      env: {
        NODE_ENV: 'test',
        PORT: String(backendPort),
        PUBLIC_URL: backendUrl,
        DATABASE_URL: databaseUrl,
        DATA_DIR: path.join(tmpDir, 'data'),
        DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
        OIDC_TRUST_ANCHOR: `${federationUrl}/ta`,
        OIDC_TEST_FEDERATION_URL: federationUrl,
        NOTIFICATIONS_WORKER: 'false',
        // Sessions of a long benchmark must not expire in the middle of it.
        SESSION_IDLE_MINUTES: '240',
      },
      readyUrl: `${backendUrl}/api/health/ready`,
      timeoutMs: 120_000,
    });
    services.push(backend);
    await backend.ready();
    pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    return { backendUrl, databaseUrl, tmpDir, pool, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The same journey a browser without JavaScript makes: portal → test OP → callback → session cookie. */
export async function login(backendUrl, identity) {
  const { completeTestLogin } = await import(dist.federationClient);
  const cookies = new Map();
  const keep = (response) => {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  };
  const cookie = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const start = await fetch(`${backendUrl}/api/auth/login?provider=spid&idp=test-a`, { redirect: 'manual' });
  keep(start);
  const callback = await completeTestLogin(start.headers.get('location'), {
    fiscalNumber: identity.fiscalCode,
    givenName: identity.givenName,
    familyName: identity.familyName,
    email: 'bench@example.test',
  });
  keep(await fetch(callback, { redirect: 'manual', headers: { cookie: cookie() } }));
  keep(await fetch(`${backendUrl}/api/me`, { headers: { cookie: cookie() } }));
  return { cookie: cookie(), csrf: cookies.get('csrf_token') };
}

/** A registry clerk (not a resident) with the `registry` role, logged in. */
export async function registryClerk(stack) {
  const { computeFiscalCode } = await import(dist.fiscalCode);
  const identity = {
    givenName: 'Giulia',
    familyName: 'Bernardi',
    sex: 'F',
    birthDate: '1985-04-12',
    birthPlaceCode: 'E648',
  };
  const fiscalCode = computeFiscalCode(identity);
  await stack.pool.query(
    "INSERT INTO role_grant (fiscal_code, role) VALUES ($1, 'registry') ON CONFLICT DO NOTHING",
    [fiscalCode],
  );
  return login(stack.backendUrl, { ...identity, fiscalCode });
}

/** Writes the demo population of `size` persons as an import file (with the `events` column). */
export async function writeDemoImportFile(file, size, seed) {
  const { generateDemoPopulation } = await import(dist.population);
  const { demoPopulationCsv } = await import(dist.demoCsv);
  const { DEMO_REFERENCE_DATE } = await import(dist.referenceDate);
  await pipeline(
    Readable.from(
      demoPopulationCsv(generateDemoPopulation({ seed, size, referenceDate: DEMO_REFERENCE_DATE })),
    ),
    createWriteStream(file),
  );
}

/** The demo identity with spouse and children of the population generated with `seed`. */
export async function demoResident(seed) {
  const { pickDemoIdentities } = await import(dist.identities);
  const { DEMO_REFERENCE_DATE } = await import(dist.referenceDate);
  return pickDemoIdentities({ seed, referenceDate: DEMO_REFERENCE_DATE }).resident_with_family.person;
}

/** Uploads an import file and waits for the job to end; returns the job and the wall-clock seconds. */
export async function importFile(stack, session, file, { onProgress } = {}) {
  const { createReadStream, statSync } = await import('node:fs');
  const started = performance.now();
  const response = await fetch(
    `${stack.backendUrl}/api/staff/registry/imports?fileName=${path.basename(file)}`,
    {
      method: 'POST',
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrf,
        'content-type': 'text/csv',
        'content-length': String(statSync(file).size),
      },
      body: Readable.toWeb(createReadStream(file)),
      duplex: 'half',
    },
  );
  if (response.status !== 202) throw new Error(`upload refused: ${response.status} ${await response.text()}`);
  const uploaded = performance.now();
  let job = await response.json();
  while (!['completed', 'rejected', 'failed'].includes(job.state)) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    job = await (
      await fetch(`${stack.backendUrl}/api/staff/registry/imports/${job.id}`, {
        headers: { cookie: session.cookie },
      })
    ).json();
    onProgress?.(job);
  }
  return { job, seconds: (performance.now() - started) / 1000, uploadSeconds: (uploaded - started) / 1000 };
}

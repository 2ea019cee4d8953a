// The bulk generation of precompiled F24s (IMU acconto) for every taxpayer of a year, end to end: from the
// taxes office's POST /api/staff/taxes/bulk-jobs to the job marked completed, with every PDF rendered, stored
// and recorded. Prints minutes for each population size; it is not a test.
//
//   npm run build -w backend -w test-federation
//   node bench/f24-bulk.mjs [--taxpayers 7000,100000] [--replicas 1] [--chunk 200] [--profile DIR]
//
// Sizes: `--taxpayers`, else 2,000 with BENCH_PROFILE=quick (the runner's default, about a minute) and
// 7,000 then 100,000 otherwise (about 12 minutes on 2 cores). One JSON line per figure on stdout
// (bench/README.md); progress on stderr.
//
// For each size it starts a throwaway stack (embedded PostgreSQL under the OS temp folder, the local test
// federation, `replicas` backend processes sharing the database and the data folder), seeds a population
// with the demo property generator (homes, garages, let flats, land, shops ...) and the demo rates, logs a
// taxes clerk in through the test federation, starts the job and polls its progress.
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { freePort, startService } from '../scripts/services.mjs';

const root = path.resolve(import.meta.dirname, '..');
const dist = {
  backend: path.join(root, 'backend/dist/backend/src/main.js'),
  postgres: path.join(root, 'backend/dist/backend/src/database/embedded-postgres.js'),
  database: path.join(root, 'backend/dist/backend/src/database/resolve-database.js'),
  fiscalCode: path.join(root, 'backend/dist/backend/src/registry/domain/fiscal-code.js'),
  seedProperties: path.join(root, 'backend/dist/backend/src/f24/demo/seed-demo-properties.js'),
  generator: path.join(root, 'backend/dist/backend/src/f24/demo/demo-property-generator.js'),
  federation: path.join(root, 'test-federation/dist/main.js'),
  federationClient: path.join(root, 'test-federation/dist/index.js'),
};

const { values: options } = parseArgs({
  options: {
    taxpayers: { type: 'string', default: process.env.BENCH_PROFILE === 'quick' ? '2000' : '7000,100000' },
    replicas: { type: 'string', default: '1' },
    chunk: { type: 'string', default: '200' },
    // Writes a V8 CPU profile of each backend into this folder (open it in Chrome DevTools).
    profile: { type: 'string' },
  },
});
const sizes = options.taxpayers.split(',').map(Number);
const replicas = Number(options.replicas);

for (const file of Object.values(dist)) {
  if (!existsSync(file)) {
    console.error(
      `Missing ${path.relative(root, file)}: run \`npm run build -w backend -w test-federation\` first.`,
    );
    process.exit(1);
  }
}
const { startEmbeddedPostgres } = await import(dist.postgres);
const { ensureDatabase } = await import(dist.database);
const { computeFiscalCode } = await import(dist.fiscalCode);
const { seedDemoProperties } = await import(dist.seedProperties);
const { generateDemoProperties } = await import(dist.generator);
const { completeTestLogin } = await import(dist.federationClient);

/** The goal: a year's F24s for Spino d'Adda (about 7,000 taxpayers) in under 2 minutes. */
const TARGET_MINUTES_FOR_7000 = 2;

/** One figure as the bench runner reads it (bench/README.md). */
function report(figure) {
  console.log(JSON.stringify(figure));
}

const SYLLABLES = [
  'BA',
  'CO',
  'DI',
  'FE',
  'GA',
  'LU',
  'MA',
  'NO',
  'PI',
  'RO',
  'SA',
  'TE',
  'VI',
  'ZE',
  'RI',
  'LO',
];
const today = new Date().toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));

/** A deterministic population: person i has a name and birth date of its own, hence its own codice fiscale. */
function person(i) {
  const name = (n, parts) => {
    let text = '';
    for (let k = 0; k < parts; k++) {
      text += SYLLABLES[n % SYLLABLES.length];
      n = Math.floor(n / SYLLABLES.length);
    }
    return text.charAt(0) + text.slice(1).toLowerCase();
  };
  const sex = i % 2 === 0 ? 'M' : 'F';
  const birthDate = `${1940 + (i % 60)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const identity = {
    givenName: name(i * 7 + 3, 3),
    familyName: name(i, 5),
    sex,
    birthDate,
    birthPlaceCode: 'I914',
  };
  return { ...identity, fiscalCode: computeFiscalCode(identity) };
}

/** Households of a head and, in two out of three, a spouse. */
function households(count) {
  const people = new Map();
  const list = [];
  for (let h = 0; h < count; h++) {
    const head = person(2 * h);
    const spouse = h % 3 === 2 ? null : person(2 * h + 1);
    for (const p of [head, spouse]) if (p) people.set(p.fiscalCode, p);
    list.push({
      headFiscalCode: head.fiscalCode,
      memberFiscalCodes: spouse ? [spouse.fiscalCode] : [],
      address: `Via Milano ${(h % 120) + 1}`,
    });
  }
  return { list, people: [...people.values()] };
}

/** How many households give about `taxpayers` owners, measured on a sample of the generator's output. */
function householdsFor(taxpayers) {
  const sample = households(Math.min(taxpayers, 5_000)).list;
  const { ownerships } = generateDemoProperties({ seed: 7, today, households: sample });
  const owners = new Set(ownerships.map((o) => o.ownerFiscalCode)).size;
  return Math.round((taxpayers * sample.length) / owners);
}

async function login(backendUrl, identity) {
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

async function run(taxpayersWanted) {
  const tmpDir = await mkdtemp(path.join(os.tmpdir(), 'portale-bench-f24-'));
  await chmod(tmpDir, 0o755);
  const services = [];
  let postgres;
  let pool;
  try {
    postgres = await startEmbeddedPostgres({
      dataDir: path.join(tmpDir, 'postgres'),
      port: await freePort(),
    });
    const databaseUrl = await ensureDatabase(postgres.url, 'portal_bench');
    const federationPort = await freePort();
    const ports = await Promise.all(Array.from({ length: replicas }, () => freePort()));
    const urls = ports.map((port) => `http://127.0.0.1:${port}`);
    const federationUrl = `http://127.0.0.1:${federationPort}`;
    const identitiesFile = path.join(tmpDir, 'identities.json');
    await writeFile(identitiesFile, '[]');
    const federation = startService('test-federation', process.execPath, [dist.federation], {
      cwd: root,
      quiet: true,
      env: {
        TESTFED_PORT: String(federationPort),
        TESTFED_PUBLIC_URL: federationUrl,
        TESTFED_RP_ENTITY_IDS: urls[0],
        TESTFED_IDENTITIES_FILE: identitiesFile,
      },
      readyUrl: `${federationUrl}/ta/.well-known/openid-federation`,
    });
    services.push(federation);
    await federation.ready();
    const profile = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(options.profile)}`] : [];
    // One after the other: the first runs the migrations.
    for (const [i, port] of ports.entries()) {
      const backend = startService(`backend-${i + 1}`, process.execPath, [...profile, dist.backend], {
        cwd: root,
        quiet: true,
        env: {
          NODE_ENV: 'test',
          PORT: String(port),
          PUBLIC_URL: urls[i],
          DATABASE_URL: databaseUrl,
          DATA_DIR: path.join(tmpDir, 'data'),
          DEMO_DATA: 'false',
          LOG_LEVEL: 'warn',
          OIDC_TRUST_ANCHOR: `${federationUrl}/ta`,
          OIDC_TEST_FEDERATION_URL: federationUrl,
          NOTIFICATIONS_WORKER: 'false',
          F24_BULK_CHUNK_SIZE: options.chunk,
          F24_BULK_POLL_INTERVAL_MS: '500',
        },
        readyUrl: `${urls[i]}/api/health/ready`,
      });
      services.push(backend);
      await backend.ready();
    }

    pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    // The throwaway server stops at the end: its goodbye to idle clients is not an error of the run.
    pool.on('error', () => undefined);
    const seedStarted = performance.now();
    const { list, people } = households(householdsFor(taxpayersWanted));
    await pool.query(
      `INSERT INTO registry_person (fiscal_code, family_name, given_name, sex, birth_date, birth_place_code,
                                    birth_place_name, citizenship, marital_status, status)
       SELECT fiscal_code, family_name, given_name, sex, birth_date, 'I914', 'Spino d''Adda', 'IT', 'single', 'resident'
         FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::char[], $5::date[])
              AS p(fiscal_code, family_name, given_name, sex, birth_date)
       ON CONFLICT (fiscal_code) DO NOTHING`,
      [
        people.map((p) => p.fiscalCode),
        people.map((p) => p.familyName),
        people.map((p) => p.givenName),
        people.map((p) => p.sex),
        people.map((p) => p.birthDate),
      ],
    );
    const manager = { query: async (sql, params) => (await pool.query(sql, params)).rows };
    const properties = await seedDemoProperties(manager, { seed: 7, today, households: list });
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    const clerk = person(10_000_000);
    await pool.query("INSERT INTO role_grant (fiscal_code, role) VALUES ($1, 'taxes')", [clerk.fiscalCode]);
    const session = await login(urls[0], clerk);
    const started = performance.now();
    const response = await fetch(`${urls[0]}/api/staff/taxes/bulk-jobs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
      body: JSON.stringify({ year, instalment: 'acconto' }),
    });
    if (response.status !== 202) throw new Error(`start: HTTP ${response.status} ${await response.text()}`);
    const { id } = await response.json();
    let job;
    let lastReport = 0;
    for (;;) {
      job = await (
        await fetch(`${urls[0]}/api/staff/taxes/bulk-jobs/${id}`, { headers: { cookie: session.cookie } })
      ).json();
      if (job.status === 'completed') break;
      if (performance.now() - lastReport > 15_000) {
        lastReport = performance.now();
        const elapsed = (performance.now() - started) / 1000;
        console.error(`  … ${job.done}/${job.total} after ${elapsed.toFixed(0)} s`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const seconds = (performance.now() - started) / 1000;
    const { rows } = await pool.query(
      'SELECT count(*)::int AS count, avg(size_bytes)::int AS bytes FROM f24_document WHERE bulk_job_id = $1',
      [id],
    );
    const bench = `f24-bulk-${taxpayersWanted}`;
    const note = `${job.total} taxpayers, ${job.documents} PDFs, ${replicas} backend(s)`;
    report({
      bench,
      metric: 'duration',
      value: Number((seconds / 60).toFixed(2)),
      unit: 'min',
      ...(taxpayersWanted <= 7_000
        ? {
            target: Number(((TARGET_MINUTES_FOR_7000 * taxpayersWanted) / 7_000).toFixed(2)),
            better: 'lower',
          }
        : {}),
      note,
    });
    report({
      bench,
      metric: 'throughput',
      value: Math.round(job.total / seconds),
      unit: 'taxpayers/s',
      note,
    });
    console.log(
      `Bulk precompiled F24, ${job.total} taxpayers (${replicas} backend process${replicas > 1 ? 'es' : ''}, ${os.cpus().length} CPU, Node ${process.version})`,
    );
    console.log(`  seeded               ${properties} properties in ${seedSeconds.toFixed(1)} s`);
    console.log(
      `  generation           ${(seconds / 60).toFixed(2)} min (${seconds.toFixed(1)} s), ${(job.total / seconds).toFixed(0)} taxpayers/s`,
    );
    console.log(
      `  outcome              ${job.documents} PDFs, ${job.nothingDue} with nothing due, ${job.failed} failed`,
    );
    console.log(
      `  stored               ${rows[0].count} documents, ${((rows[0].bytes ?? 0) / 1024).toFixed(1)} KiB each on average`,
    );
    if (job.failed > 0) process.exitCode = 1;
  } catch (error) {
    for (const service of services) {
      if (service.child.exitCode !== null || service.child.signalCode !== null) {
        console.error(
          `--- ${service.name} exited (${service.child.exitCode ?? service.child.signalCode}) ---`,
        );
        console.error(service.output().split('\n').slice(-40).join('\n'));
      }
    }
    throw error;
  } finally {
    for (const service of services.reverse()) await service.stop();
    await pool?.end();
    await postgres?.stop();
    await rm(tmpDir, { recursive: true, force: true });
  }
}

try {
  for (const size of sizes) await run(size);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}

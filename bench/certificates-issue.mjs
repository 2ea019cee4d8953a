// Certificates issued per second, end to end (HTTP request → subject read → PDF rendered, sealed, PAdES-signed
// → stored in PostgreSQL with its audit event → 201), and the latency distribution, for ONE backend process.
//
//   npm run build -w backend -w test-federation
//   node bench/certificates-issue.mjs [--concurrency 4] [--duration 20] [--warmup 3] [--profile DIR]
//
// It starts its own throwaway stack (embedded PostgreSQL under the OS temp folder, the local test federation,
// the built backend), seeds a household, logs in through the test federation and keeps `concurrency`
// requests in flight. It prints figures; it is not a test and asserts nothing but a clean run.
import { randomInt } from 'node:crypto';
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
  federation: path.join(root, 'test-federation/dist/main.js'),
  federationClient: path.join(root, 'test-federation/dist/index.js'),
};

const { values: options } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '4' },
    duration: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    // Writes a V8 CPU profile of the backend into this folder (open it in Chrome DevTools).
    profile: { type: 'string' },
  },
});
const concurrency = Number(options.concurrency);
const durationMs = Number(options.duration) * 1000;
const warmupMs = Number(options.warmup) * 1000;

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
const { completeTestLogin } = await import(dist.federationClient);

const tmpDir = await mkdtemp(path.join(os.tmpdir(), 'portale-bench-'));
await chmod(tmpDir, 0o755);
const services = [];
let postgres;
let pool;

async function stop() {
  for (const service of services.reverse()) await service.stop();
  await pool?.end();
  await postgres?.stop();
  await rm(tmpDir, { recursive: true, force: true });
}

/** The same journey a browser without JavaScript makes: portal → test OP → callback → session cookie. */
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

async function seedHousehold() {
  const person = async (givenName, familyName, sex, birthDate, maritalStatus) => {
    const identity = { givenName, familyName, sex, birthDate, birthPlaceCode: 'I914' };
    const fiscalCode = computeFiscalCode(identity);
    const { rows } = await pool.query(
      `INSERT INTO registry_person (fiscal_code, family_name, given_name, sex, birth_date, birth_place_code,
         birth_place_name, citizenship, marital_status, status)
       VALUES ($1, $2, $3, $4, $5, 'I914', 'Spino d''Adda', 'IT', $6, 'resident') RETURNING id`,
      [fiscalCode, familyName, givenName, sex, birthDate, maritalStatus],
    );
    return { id: rows[0].id, fiscalCode, givenName, familyName };
  };
  const head = await person('Mario', 'Rossi', 'M', '1975-04-21', 'married');
  const spouse = await person('Anna', 'Bianchi', 'F', '1978-09-03', 'married');
  const child = await person('Luca', 'Rossi', 'M', '2009-02-14', 'single');
  const street = await pool.query(
    `INSERT INTO registry_street (code, toponym, name) VALUES ('B1', 'Via', 'Roma') RETURNING id`,
  );
  const household = await pool.query(
    `INSERT INTO registry_household (code, street_id, civic_number, head_person_id) VALUES ('BENCH', $1, '12', $2)
     RETURNING id`,
    [street.rows[0].id, head.id],
  );
  for (const [member, code] of [
    [head, '01'],
    [spouse, '02'],
    [child, '03'],
  ]) {
    await pool.query(
      `INSERT INTO registry_household_member (household_id, person_id, relationship_code, entry_date)
       VALUES ($1, $2, $3, '2004-06-01')`,
      [household.rows[0].id, member.id, code],
    );
  }
  for (const member of [head, spouse]) {
    await pool.query(
      `INSERT INTO registry_event (person_id, kind, event_date, place_code, place_name)
       VALUES ($1, 'marriage', '2004-05-15', 'I914', 'Spino d''Adda')`,
      [member.id],
    );
  }
  return { head, spouse, child };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

try {
  postgres = await startEmbeddedPostgres({ dataDir: path.join(tmpDir, 'postgres'), port: await freePort() });
  const databaseUrl = await ensureDatabase(postgres.url, 'portal_bench');
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
  const profile = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(options.profile)}`] : [];
  const backend = startService('backend', process.execPath, [...profile, dist.backend], {
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
    },
    readyUrl: `${backendUrl}/api/health/ready`,
  });
  services.push(backend);
  await backend.ready();

  pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const family = await seedHousehold();
  const session = await login(backendUrl, family.head);

  // A realistic mix: single certificates for self and family, and a certificato contestuale.
  const requests = [
    { type: 'residence', subjectId: family.head.id },
    { type: 'household_relationships', subjectId: family.head.id },
    { type: 'existence', subjectId: family.spouse.id },
    { types: ['residence', 'household', 'citizenship'], subjectId: family.child.id },
  ];
  const exemptions = ['pension', 'tax', 'court_proceedings', 'electoral'];

  const latencies = [];
  let errors = 0;
  const measureFrom = performance.now() + warmupMs;
  const endsAt = measureFrom + durationMs;

  async function worker() {
    while (performance.now() < endsAt) {
      const body = {
        ...requests[randomInt(requests.length)],
        stampDuty: { exemption: exemptions[randomInt(exemptions.length)] },
      };
      const sent = performance.now();
      const response = await fetch(`${backendUrl}/api/certificates`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
        body: JSON.stringify(body),
      });
      await response.arrayBuffer();
      const done = performance.now();
      // Only requests sent and answered inside the measured window count.
      if (sent < measureFrom || done > endsAt) continue;
      if (response.status === 201) latencies.push(done - sent);
      else if (++errors <= 3) console.error(`HTTP ${response.status}: ${JSON.stringify(body)}`);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, () => worker()));
  const issued = latencies.length;
  const measuredSeconds = durationMs / 1000;

  const { rows } = await pool.query(
    'SELECT count(*)::int AS count, avg(octet_length(pdf))::int AS bytes FROM issued_certificate',
  );
  latencies.sort((a, b) => a - b);
  const format = (ms) => `${ms.toFixed(1)} ms`;
  console.log(
    `Certificates issued end to end, one backend process (${os.cpus().length} CPU, Node ${process.version})`,
  );
  console.log(
    `  concurrency          ${concurrency} requests in flight, ${options.duration} s after ${options.warmup} s warm-up`,
  );
  console.log(`  issued               ${issued} (${errors} errors)`);
  console.log(`  throughput           ${(issued / measuredSeconds).toFixed(1)} certificates/s`);
  console.log(
    `  latency              p50 ${format(percentile(latencies, 50))}, p95 ${format(percentile(latencies, 95))}, p99 ${format(percentile(latencies, 99))}, max ${format(latencies.at(-1))}`,
  );
  console.log(
    `  stored               ${rows[0].count} rows, sealed PDF ${(rows[0].bytes / 1024).toFixed(1)} KiB on average`,
  );
  if (errors > 0) process.exitCode = 1;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await stop();
}

// `GET /api/registry/me` with REGISTRY_SOURCE=anpr: the visura read from the local ANPR sandbox through PDND
// (AR001 + FS001 per visura, with the ModI headers), at a steady rate, by several residents at once. Reports the
// latency and the vouchers PDND issued against the voucher cache's promise: with AUDIT_REST_01 (the default) one
// voucher per purpose per voucher lifetime, whoever reads; with AUDIT_REST_02 one per purpose per user.
//
//   npm run build -w backend -w test-federation
//   node bench/visura-anpr.mjs [--size 20000] [--rate 40] [--duration 60] [--lifespan 60] [--users 10]
//                              [--pattern AUDIT_REST_01|AUDIT_REST_02]
//
// `--lifespan` is the sandbox's voucher lifetime in seconds (PDND's is usually 600): the portal renews a voucher
// 30 s before it ends, so the run sees duration / (lifespan - 30) renewals per purpose (per user with
// AUDIT_REST_02). `--users` residents of the demo population, each in a household of their own, share the rate.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runOpenLoop } from './lib/open-loop.mjs';
import { sized } from './lib/profile.mjs';
import { report } from './lib/report.mjs';
import { importBackend, startBenchStack } from './lib/stack.mjs';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: String(sized({ quick: 2_000, full: 20_000 })) },
    seed: { type: 'string', default: '42' },
    rate: { type: 'string', default: String(sized({ quick: 12, full: 40 })) },
    duration: { type: 'string', default: String(sized({ quick: 25, full: 120 })) },
    lifespan: { type: 'string', default: String(sized({ quick: 40, full: 60 })) },
    connections: { type: 'string', default: '12' },
    users: { type: 'string', default: String(sized({ quick: 4, full: 10 })) },
    pattern: { type: 'string', default: 'AUDIT_REST_01' },
  },
});
const [size, seed, rate, duration, lifespan, connections, users] = [
  values.size,
  values.seed,
  values.rate,
  values.duration,
  values.lifespan,
  values.connections,
  values.users,
].map(Number);
const pattern = values.pattern;
if (pattern !== 'AUDIT_REST_01' && pattern !== 'AUDIT_REST_02') {
  throw new Error(`--pattern must be AUDIT_REST_01 or AUDIT_REST_02, got «${pattern}»`);
}
const PURPOSES = 2; // residence verification (AR001) and family status (FS001)

const { writeAnprSandboxFiles } = await importBackend('demo/registry/anpr-sandbox-files.js');
let populationFile = '';
let pdnd = { clientId: '', verification: '', consultation: '' };
const stack = await startBenchStack({
  prepare: async ({ federationUrl, tmpDir }) => {
    const files = await writeAnprSandboxFiles({
      dataDir: path.join(tmpDir, 'data'),
      keysDir: path.join(tmpDir, 'data', 'keys'),
      federationUrl,
      seed,
      size,
    });
    populationFile = files.federation.ANPR_SANDBOX_POPULATION_FILE;
    pdnd = {
      clientId: files.backend.PDND_CLIENT_ID,
      verification: files.backend.PDND_PURPOSE_VERIFICATION,
      consultation: files.backend.PDND_PURPOSE_CONSULTATION,
    };
    return {
      federation: { ...files.federation, PDND_SANDBOX_VOUCHER_LIFESPAN_SECONDS: String(lifespan) },
      backend: { ...files.backend, PDND_AUDIT_PATTERN: pattern },
    };
  },
});

/** The portal's vouchers so far: in all, and per purpose. */
async function vouchers() {
  const stats = await (await fetch(`${stack.federationUrl}/pdnd/_sandbox/stats`)).json();
  return {
    total: stats.byClient[pdnd.clientId] ?? 0,
    verification: stats.byPurpose[pdnd.verification] ?? 0,
    consultation: stats.byPurpose[pdnd.consultation] ?? 0,
  };
}

/** `count` residents of the sandbox's population, each the first member of a different household. */
async function residents(count) {
  const rows = JSON.parse(await readFile(populationFile, 'utf8'));
  const seen = new Set();
  const chosen = [];
  for (const row of rows) {
    if (row.status !== 'resident' || row.exit_date || seen.has(row.household_code)) continue;
    seen.add(row.household_code);
    chosen.push({ fiscalCode: row.fiscal_code, givenName: row.given_name, familyName: row.family_name });
    if (chosen.length === count) return chosen;
  }
  throw new Error(`the population has fewer than ${count} households of residents`);
}

try {
  const url = `${stack.backendUrl}/api/registry/me`;
  const sessions = [];
  for (const identity of await residents(users)) {
    const session = await stack.login(identity);
    const check = await fetch(url, { headers: { cookie: session.cookie } });
    if (check.status !== 200) throw new Error(`visura answered ${check.status}: ${await check.text()}`);
    sessions.push(session);
  }

  const before = await vouchers();
  // One open loop per resident, each at its share of the rate: together a steady `rate` of visure by `users`.
  const loops = await Promise.all(
    sessions.map((session) =>
      runOpenLoop({
        url,
        headers: { cookie: session.cookie },
        rate: rate / users,
        durationMs: duration * 1000,
        warmupMs: 0,
        connections: Math.max(1, Math.ceil(connections / users)),
      }),
    ),
  );
  const after = await vouchers();
  const failed = loops.reduce((sum, loop) => sum + loop.failed, 0);
  if (failed > 0) throw new Error(`${failed} failed visure at ${rate} req/s`);
  const worst = (key) => Math.max(...loops.map((loop) => loop[key]));
  const visure = Math.round(loops.reduce((sum, loop) => sum + loop.throughput, 0) * duration);
  report({
    bench: 'visura-anpr',
    metric: `p99 at ${rate} req/s`,
    value: worst('p99'),
    unit: 'ms',
    better: 'lower',
    p50: worst('p50'),
    p99: worst('p99'),
    peakRssMiB: await stack.peakRssMiB(),
    note: `${size.toLocaleString('en')} persons in the ANPR sandbox, ${visure} visure (AR001 + FS001 each) by ${users} residents, worst resident's percentiles, max ${Math.round(worst('max'))} ms`,
  });

  // The first vouchers were asked by the check before the run; each lifetime then brings one renewal per purpose
  // (per user with AUDIT_REST_02), and one more may fall on the edge of the run.
  const renewals = Math.floor(duration / (lifespan - 30));
  const holders = pattern === 'AUDIT_REST_01' ? 1 : users;
  const expected = PURPOSES * holders * renewals;
  report({
    bench: 'visura-anpr',
    metric: `PDND vouchers issued (${pattern})`,
    value: after.total - before.total,
    unit: 'vouchers',
    target: PURPOSES * holders * (renewals + 1),
    better: 'lower',
    note: `${visure} visure by ${users} residents in ${duration} s, vouchers living ${lifespan} s: expected ${expected} (${PURPOSES} purposes x ${holders === 1 ? 'every user' : `${users} users`} x ${renewals} renewals), issued AR001 ${after.verification - before.verification}, FS001 ${after.consultation - before.consultation}`,
  });
} catch (error) {
  console.error(error);
  console.error(stack.backendOutput());
  process.exitCode = 1;
} finally {
  await stack.stop();
}

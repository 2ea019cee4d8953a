// Certificates issued per second, end to end (HTTP request → subject read → PDF rendered, sealed, PAdES-signed
// → stored in PostgreSQL with its audit event → 201), and the latency distribution, for ONE backend process, over
// --households families (cold caches: each request picks a random household and a random kind of certificate);
// then a bare server running the SQL the portal ran for such requests (recorded from the backend, new ids and
// codes per request, a PDF-sized blob) with the same concurrency. Targets: ≥ 100 per second, p95 < 60 ms.
//
// The per-user write limit is the production one (RATE_LIMIT_WRITES default, 120 a minute) when there are
// households enough for the load to stay under it (the full profile); the quick profile's few households would
// only count 429s, so it lifts the limit and says so in the row's note.
//
//   npm run build -w backend -w test-federation
//   node bench/certificates-issue.mjs [--households 200] [--concurrency 4] [--duration 20] [--warmup 3] [--profile DIR]
import { randomInt } from 'node:crypto';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { runClosedLoop } from './lib/closed-loop.mjs';
import { seedHouseholds } from './lib/households.mjs';
import { startBareServer } from './lib/http-bench.mjs';
import { sized } from './lib/profile.mjs';
import { report } from './lib/report.mjs';
import { captureToVariant, describeVariant } from './lib/sql-capture.mjs';
import { startBenchStack } from './lib/stack.mjs';

const { values: options } = parseArgs({
  options: {
    households: { type: 'string', default: String(sized({ quick: 8, full: 200 })) },
    concurrency: { type: 'string', default: '4' },
    duration: { type: 'string', default: String(sized({ quick: 5, full: 20 })) },
    warmup: { type: 'string', default: String(sized({ quick: 2, full: 3 })) },
    // Writes a V8 CPU profile of the backend into this folder (open it in Chrome DevTools).
    profile: { type: 'string' },
  },
});
const householdCount = Number(options.households);
const concurrency = Number(options.concurrency);
const durationMs = Number(options.duration) * 1000;
const warmupMs = Number(options.warmup) * 1000;

/** The certificate requests a family makes: for self and family, and a certificato contestuale. */
function requestsOf(family) {
  return [
    { type: 'residence', subjectId: family.head.id },
    { type: 'household_relationships', subjectId: family.head.id },
    { type: 'existence', subjectId: family.spouse.id },
    { types: ['residence', 'household', 'citizenship'], subjectId: family.child.id },
  ];
}
const EXEMPTIONS = ['pension', 'tax', 'court_proceedings', 'electoral'];

function issue(stack, family, request, exemption) {
  return fetch(`${stack.backendUrl}/api/certificates`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: family.session.cookie,
      'x-csrf-token': family.session.csrf,
    },
    body: JSON.stringify({ ...request, stampDuty: { exemption } }),
  });
}

/**
 * The SQL the portal ran for each kind of request of the first `sampled` families (session reads aside),
 * recorded from the backend; the id and code of the certificate become fresh values per bare request.
 */
async function certificateVariants(stack, families, sampled) {
  const variants = [];
  for (const family of families.slice(0, sampled)) {
    for (const [index, request] of requestsOf(family).entries()) {
      const { result, statements } = await stack.recordSql(() =>
        issue(stack, family, request, EXEMPTIONS[index]),
      );
      const body = await result.json();
      if (result.status !== 201) throw new Error(`recording: ${result.status} ${JSON.stringify(body)}`);
      variants.push(captureToVariant(statements, { fresh: [body.id, body.code.replaceAll('-', '')] }));
    }
  }
  return variants;
}

// The quick profile's few households would hit the production per-user write limit (see the header).
const productionWriteLimit = householdCount >= 100;
const stack = await startBenchStack({
  captureSql: true,
  cpuProfileDir: options.profile,
  // Logging the households in is preparation, not measurement: the login limit per address is lifted.
  env: { RATE_LIMIT_LOGIN: '100000', ...(productionWriteLimit ? { RATE_LIMIT_WRITES: '120' } : {}) },
});
try {
  const families = [];
  for (const family of await seedHouseholds(stack.pool, householdCount)) {
    families.push({ ...family, session: await stack.login(family.head) });
  }
  console.error(`${householdCount} households seeded and logged in`);
  const variants = await certificateVariants(stack, families, Math.min(householdCount, 10));
  const failures = [];
  const send = async () => {
    const family = families[randomInt(families.length)];
    const requests = requestsOf(family);
    const response = await issue(
      stack,
      family,
      requests[randomInt(requests.length)],
      EXEMPTIONS[randomInt(EXEMPTIONS.length)],
    );
    const text = await response.text();
    if (response.status !== 201 && failures.length < 3)
      failures.push(`${response.status} ${text.slice(0, 200)}`);
    return response.status;
  };
  const portal = await runClosedLoop({ concurrency, durationMs, warmupMs, send, expected: 201 });
  if (portal.unexpected.length > 0) {
    throw new Error(`${portal.unexpected.length} certificates refused: ${failures.join('; ')}`);
  }
  const peakRssMiB = await stack.peakRssMiB();
  const { rows } = await stack.pool.query(
    'SELECT count(*)::int AS count, avg(octet_length(pdf))::int AS bytes FROM issued_certificate',
  );
  const bare = await startBareServer({ databaseUrl: stack.databaseUrl, variants });
  let limit;
  try {
    let next = 0;
    limit = await runClosedLoop({
      concurrency,
      durationMs,
      warmupMs,
      send: async () => {
        const response = await fetch(`${bare.url}/${next++ % variants.length}`);
        const text = await response.text();
        if (response.status !== 200) throw new Error(`bare server: ${response.status} ${text.slice(0, 300)}`);
        return response.status;
      },
    });
  } finally {
    await bare.stop();
  }
  const writeLimit = productionWriteLimit
    ? 'production write limit (120/min per user)'
    : 'write limit lifted (too few households for 120/min per user)';
  const note = `${householdCount} households, ${concurrency} in flight, ${portal.completed} issued in ${options.duration} s, PDF ${(rows[0].bytes / 1024).toFixed(0)} KiB, ${writeLimit}`;
  report({
    bench: 'certificates-issue',
    metric: 'throughput',
    value: portal.throughput,
    unit: 'certificates/s',
    target: 100,
    better: 'higher',
    bare: limit.throughput,
    ratio: portal.throughput / limit.throughput,
    p50: portal.p50,
    p99: portal.p99,
    peakRssMiB,
    note,
  });
  report({
    bench: 'certificates-issue',
    metric: 'p95',
    value: portal.p95,
    unit: 'ms',
    target: 60,
    better: 'lower',
    bare: limit.p95,
    ratio: portal.p95 / limit.p95,
    ratioBetter: 'lower',
    note: `max ${portal.max.toFixed(0)} ms`,
  });
  report({
    bench: 'certificates-issue',
    metric: 'bare throughput',
    value: limit.throughput,
    unit: 'req/s',
    p50: limit.p50,
    p99: limit.p99,
    note: `bare http + pg: the portal's recorded SQL (${describeVariant(variants[0])}), PDF-sized blob`,
  });
  console.error(`One backend process, ${os.cpus().length} CPU, Node ${process.version}`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await stack.stop();
}

// `GET /api/registry/me` (the visura, with its access-log write) with a registry of --size residents loaded
// (default 1,000,000; 20,000 in the quick profile): latency at a steady rate (default 200 requests/s evenly
// spaced, open loop) for the portal and the bare server, then the highest throughput of both. The bare server
// runs the SQL the portal ran for the request (recorded from the backend, session reads aside). Targets: p99 at
// the steady rate within 2× the bare server's, throughput ≥ 0.5× bare.
//
//   npm run build -w backend -w test-federation
//   node bench/registry-visura.mjs [--size 1000000] [--rate 200] [--duration 30] [--connections 20] [--profile DIR]
//
// Loads the demo population through the office's import upload (the registry importer); BENCH_DATABASE_URL
// reuses a database that already holds it. (Not `npm run seed`: with a million persons the demo data it adds
// for the other modules stop on a statement timeout.)
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compareWithBare, runAutocannon, startBareServer } from './lib/http-bench.mjs';
import { runOpenLoop } from './lib/open-loop.mjs';
import { staffPerson } from './lib/people.mjs';
import { sized } from './lib/profile.mjs';
import { demoResident, importFile, writeDemoImportFile } from './lib/registry.mjs';
import { report } from './lib/report.mjs';
import { captureToVariant, describeVariant } from './lib/sql-capture.mjs';
import { startBenchStack } from './lib/stack.mjs';
import { summarizeLatencies } from './lib/stats.mjs';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: String(sized({ quick: 20_000, full: 1_000_000 })) },
    seed: { type: 'string', default: '42' },
    rate: { type: 'string', default: '200' },
    duration: { type: 'string', default: String(sized({ quick: 5, full: 30 })) },
    connections: { type: 'string', default: '20' },
    // Writes a V8 CPU profile of the backend into this folder (open it in Chrome DevTools).
    profile: { type: 'string' },
  },
});
const size = Number(values.size);
const seed = Number(values.seed);
const rate = Number(values.rate);
const duration = Number(values.duration);
const connections = Number(values.connections);
// At the steady rate before measuring it: the JIT has compiled the request path, pools are full.
const warmupMs = sized({ quick: 3_000, full: 10_000 });
/** Rounds of the steady rate, alternating portal and bare server. */
const ROUNDS = 3;

const stack = await startBenchStack({ cpuProfileDir: values.profile, captureSql: true });
try {
  const { rows } = await stack.pool.query('SELECT count(*)::int AS persons FROM registry_person');
  if (rows[0].persons < size) {
    const started = performance.now();
    const file = path.join(stack.tmpDir, `anagrafe-${size}.csv`);
    await writeDemoImportFile(file, size, seed);
    const clerk = await stack.loginWithRole(staffPerson(0), 'registry');
    const { job } = await importFile(stack, clerk, file);
    if (job.state !== 'completed') throw new Error(`loading the registry: ${job.state} ${job.failure}`);
    await stack.pool.query('ANALYZE');
    console.error(
      `Loaded ${job.rowsValid} persons in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  const person = demoResident(seed);
  const session = await stack.login(person);
  const headers = { cookie: session.cookie };
  const url = `${stack.backendUrl}/api/registry/me`;
  const { result: check, statements } = await stack.recordSql(() => fetch(url, { headers }));
  if (check.status !== 200) throw new Error(`visura answered ${check.status}: ${await check.text()}`);
  const variant = captureToVariant(statements);

  await stack.settle({ vacuum: true });
  await runAutocannon({ url, headers, connections, duration: 3 });
  // The steady rate in ROUNDS rounds alternating between the portal and the bare server (the latency floor of
  // the database work alone), latencies pooled per side: a disturbance of the machine (a checkpoint, another
  // process) then falls on both sides alike instead of on whichever ran first.
  const bare = await startBareServer({ databaseUrl: stack.databaseUrl, variants: [variant] });
  const portalLatencies = [];
  const bareLatencies = [];
  let peakRssMiB;
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const roundMs = (duration * 1000) / ROUNDS;
      // The first round of each side warms up for longer: the JIT compiles the request path, pools fill.
      const warm = round === 0 ? warmupMs : 1_000;
      await stack.settle();
      const portalRound = await runOpenLoop({
        url,
        headers,
        rate,
        durationMs: roundMs,
        warmupMs: warm,
        connections,
      });
      if (portalRound.failed > 0) throw new Error(`${portalRound.failed} failed requests at ${rate} req/s`);
      portalLatencies.push(...portalRound.latencies);
      await stack.settle();
      const bareRound = await runOpenLoop({
        url: `${bare.url}/0`,
        rate,
        durationMs: roundMs,
        warmupMs: warm,
        connections,
      });
      if (bareRound.failed > 0) throw new Error(`${bareRound.failed} failed requests on the bare server`);
      bareLatencies.push(...bareRound.latencies);
    }
    peakRssMiB = await stack.peakRssMiB();
  } finally {
    await bare.stop();
  }
  const paced = summarizeLatencies(portalLatencies, duration * 1000);
  const floor = summarizeLatencies(bareLatencies, duration * 1000);
  report({
    bench: 'registry-visura',
    metric: `p99 at ${rate} req/s`,
    value: paced.p99,
    unit: 'ms',
    bare: floor.p99,
    ratio: paced.p99 / floor.p99,
    ratioTarget: 2,
    ratioBetter: 'lower',
    p50: paced.p50,
    p99: paced.p99,
    peakRssMiB,
    note: `${size.toLocaleString('en')} persons, ${Math.round(paced.throughput)} req/s evenly spaced for ${duration} s in ${ROUNDS} rounds alternating with the bare server, max ${Math.round(paced.max)} ms`,
  });
  report({
    bench: 'registry-visura',
    metric: `bare p99 at ${rate} req/s`,
    value: floor.p99,
    unit: 'ms',
    p50: floor.p50,
    p99: floor.p99,
    note: `bare http + pg, the portal's recorded SQL (${describeVariant(variant)}), max ${Math.round(floor.max)} ms`,
  });
  await stack.settle();
  await compareWithBare({
    bench: 'registry-visura',
    stack,
    portal: { requests: [{ method: 'GET', path: '/api/registry/me', headers }] },
    bare: { variants: [variant] },
    connections,
    duration,
    ratioTarget: 0.5,
    note: `${size.toLocaleString('en')} persons, ${connections} connections`,
  });
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await stack.stop();
}

// The permits office at scale: with --practices (default 200,000; 2,000 in the quick profile) practices loaded,
//  1. the staff queue `GET /api/staff/permits`, each filtered and paged view on its own with 10 clerks, against a
//     bare server running the SQL the portal ran for it (recorded from the backend, parallel where the portal's
//     is): p99 < 50 ms and ≥ 0.8 × bare per view;
//  2. --clerks (default 50) concurrent clerks who open a random practice and move it
//     (`POST /api/staff/permits/{id}/transitions` with `expectedVersion`): transitions per second, POST latency,
//     conflicts, and the check that no update is lost (each touched practice's timeline grew by exactly the moves
//     accepted on it, and its version equals its timeline's length).
//
//   npm run build -w backend -w test-federation
//   node bench/permits-staff.mjs [--practices 200000] [--clerks 50] [--duration 30] [--hot 20]
//
// The practices come from the demo generator (histories replayed through the state machine, bulk-inserted with
// insertPractices). Clerks move self-certified titles between `effective` and `under_check`, a cycle with no
// end; a fifth of their picks go to --hot practices, so that clerks collide and the version check is exercised.
import 'reflect-metadata';
import { randomInt } from 'node:crypto';
import { parseArgs } from 'node:util';
import { compareWithBare } from './lib/http-bench.mjs';
import { staffPerson, syntheticPerson } from './lib/people.mjs';
import { sized } from './lib/profile.mjs';
import { report } from './lib/report.mjs';
import { captureToVariant, describeVariant } from './lib/sql-capture.mjs';
import { importBackend, startBenchStack } from './lib/stack.mjs';
import { percentile } from './lib/stats.mjs';

const { values } = parseArgs({
  options: {
    practices: { type: 'string', default: String(sized({ quick: 2_000, full: 200_000 })) },
    clerks: { type: 'string', default: String(sized({ quick: 10, full: 50 })) },
    duration: { type: 'string', default: String(sized({ quick: 5, full: 30 })) },
    hot: { type: 'string', default: '20' },
    seed: { type: 'string', default: '11' },
  },
});
const practiceCount = Number(values.practices);
const clerkCount = Number(values.clerks);
const durationMs = Number(values.duration) * 1000;
const hotCount = Number(values.hot);

const { generateDemoPractices } = await importBackend('demo/permits/demo-practice-generator.js');
const { insertPractices } = await importBackend('demo/permits/practice-rows.js');
const { romeDay } = await importBackend('common/italian/rome-day.js');

const today = romeDay(new Date());
const BATCH = 5_000;

/** Loads the practices in batches (the generator keeps whole histories in memory); protocol numbers renumbered. */
async function loadPractices(pool, clerks) {
  const residents = Array.from({ length: 400 }, (_, i) => {
    const person = syntheticPerson(i);
    return { ...person, email: `${person.fiscalCode.toLowerCase()}@example.test` };
  });
  const staff = clerks.map((clerk) => ({
    fiscalCode: clerk.fiscalCode,
    name: `${clerk.givenName} ${clerk.familyName}`,
  }));
  let loaded = 0;
  for (let batch = 0; loaded < practiceCount; batch++) {
    const count = Math.min(BATCH, practiceCount - loaded);
    const practices = generateDemoPractices({
      seed: Number(values.seed) + batch,
      count,
      residents,
      staff,
      today,
    });
    for (const [i, practice] of practices.entries()) {
      practice.protocolNumber = `${loaded + i + 1}/${practice.protocolDate.slice(0, 4)}`;
    }
    await insertPractices(pool, practices);
    loaded += count;
    if (batch % 10 === 9) console.error(`  … ${loaded.toLocaleString('en')} practices`);
  }
}

/** The SQL the portal ran for one queue page (session reads aside), recorded from the backend itself. */
async function queueSql(stack, session, query) {
  const { result, statements } = await stack.recordSql(() =>
    fetch(`${stack.backendUrl}/api/staff/permits?${query}`, { headers: { cookie: session.cookie } }),
  );
  if (result.status !== 200) throw new Error(`queue ${query}: ${result.status} ${await result.text()}`);
  return captureToVariant(statements);
}

/** Filtered, paged queue views a clerk opens. */
const QUEUE_VIEWS = [
  'state=under_review,integrations_submitted',
  'type=PDC&overdue=true&page=2',
  'officer=none&state=submitted',
  'state=effective&type=CILA,SCA&page=40',
  'q=via%20roma&pageSize=50',
];
/** The goal for every view, with 10 clerks: p99 under 50 ms and at least 0.8 of the bare throughput. */
const VIEW_P99_MS = 50;
const VIEW_RATIO = 0.8;

/** Each view's statements alone, in turn on one connection: says which filter costs what in the database. */
async function timeQueueViews(pool, variants) {
  for (const [index, steps] of variants.entries()) {
    const timings = [];
    for (let run = 0; run < 7; run++) {
      const started = performance.now();
      for (const { sql, params } of steps.flat()) await pool.query(sql, params);
      timings.push(performance.now() - started);
    }
    timings.sort((a, b) => a - b);
    report({
      bench: 'permits-queue-sql',
      metric: QUEUE_VIEWS[index],
      value: percentile(timings, 50),
      unit: 'ms',
      note: 'median of 7 runs in turn on one connection',
    });
  }
}

/** Each view on its own, 10 clerks (connections) on the portal then on the bare server running its SQL. */
async function benchQueue(stack, session) {
  const variants = [];
  for (const query of QUEUE_VIEWS) variants.push(await queueSql(stack, session, query));
  await timeQueueViews(stack.pool, variants);
  for (const [index, query] of QUEUE_VIEWS.entries()) {
    const { portal, bare } = await compareWithBare({
      bench: `permits-queue ${query}`,
      stack,
      portal: {
        requests: [
          { method: 'GET', path: `/api/staff/permits?${query}`, headers: { cookie: session.cookie } },
        ],
      },
      bare: { variants: [variants[index]] },
      connections: 10,
      duration: sized({ quick: 3, full: 15 }),
      warmup: sized({ quick: 1, full: 3 }),
      ratioTarget: VIEW_RATIO,
      note: `${practiceCount.toLocaleString('en')} practices, 10 clerks; bare: ${describeVariant(variants[index])}`,
    });
    report({
      bench: `permits-queue ${query}`,
      metric: 'p99',
      value: portal.p99,
      unit: 'ms',
      target: VIEW_P99_MS,
      better: 'lower',
      bare: bare.p99,
      ratio: portal.p99 / Math.max(bare.p99, 1),
      ratioBetter: 'lower',
      note: 'autocannon p99 (whole ms), 10 connections',
    });
  }
}

async function benchTransitions(stack, sessions) {
  const { rows: candidates } = await stack.pool.query(
    `SELECT id, version FROM permit_practice
      WHERE type IN ('CILA', 'SCA', 'SCIA') AND state IN ('effective', 'under_check')`,
  );
  if (candidates.length < hotCount * 2) throw new Error(`only ${candidates.length} practices to move`);
  const hot = candidates.slice(0, hotCount);
  const pick = () =>
    randomInt(5) === 0 ? hot[randomInt(hot.length)] : candidates[randomInt(candidates.length)];
  const accepted = new Map();
  const latencies = [];
  let conflicts = 0;
  const unexpected = [];
  const endsAt = performance.now() + durationMs;

  async function clerk(session) {
    const headers = { cookie: session.cookie };
    while (performance.now() < endsAt) {
      const { id } = pick();
      const opened = await fetch(`${stack.backendUrl}/api/staff/permits/${id}`, { headers });
      if (opened.status !== 200)
        throw new Error(`GET practice ${id}: ${opened.status} ${await opened.text()}`);
      const view = await opened.json();
      const to = view.state === 'effective' ? 'under_check' : 'effective';
      const sent = performance.now();
      const response = await fetch(`${stack.backendUrl}/api/staff/permits/${id}/transitions`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'x-csrf-token': session.csrf },
        body: JSON.stringify({ to, expectedVersion: view.version, internalNote: 'Controllo a campione' }),
      });
      const body = await response.text();
      latencies.push(performance.now() - sent);
      if (response.status === 200) accepted.set(id, (accepted.get(id) ?? 0) + 1);
      else if (response.status === 409) conflicts += 1;
      else unexpected.push(`${response.status} ${body.slice(0, 200)}`);
    }
  }
  const started = performance.now();
  await Promise.all(sessions.map((session) => clerk(session)));
  const seconds = (performance.now() - started) / 1000;
  if (unexpected.length > 0) throw new Error(`unexpected answers: ${unexpected.slice(0, 3).join('; ')}`);

  const before = new Map(candidates.map((row) => [row.id, row.version]));
  const { rows: after } = await stack.pool.query(
    `SELECT p.id, p.version, (SELECT count(*)::int FROM permit_transition t WHERE t.practice_id = p.id) AS timeline
       FROM permit_practice p WHERE p.id = ANY($1::uuid[])`,
    [[...accepted.keys()]],
  );
  const lost = after.filter(
    (row) => row.timeline !== before.get(row.id) + accepted.get(row.id) || row.version !== row.timeline,
  ).length;
  const moves = [...accepted.values()].reduce((sum, count) => sum + count, 0);
  latencies.sort((a, b) => a - b);
  const peakRssMiB = await stack.peakRssMiB();
  const note = `${clerkCount} clerks, ${moves} accepted, ${conflicts} conflicts (409) in ${seconds.toFixed(0)} s`;
  report({
    bench: 'permits-transitions',
    metric: 'throughput',
    value: moves / seconds,
    unit: 'transitions/s',
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    peakRssMiB,
    note,
  });
  report({
    bench: 'permits-transitions',
    metric: 'lost updates',
    value: lost,
    unit: 'practices',
    target: 0,
    better: 'lower',
    note: `${after.length} practices moved`,
  });
  if (lost > 0) process.exitCode = 1;
}

const stack = await startBenchStack({ captureSql: true });
try {
  const clerks = Array.from({ length: clerkCount }, (_, i) => staffPerson(i));
  let started = performance.now();
  await loadPractices(stack.pool, clerks);
  const loadSeconds = (performance.now() - started) / 1000;
  // Vacuumed and analyzed as autovacuum leaves a comune's tables long before a clerk opens the queue.
  await stack.settle({ vacuum: true });
  report({
    bench: 'permits-load',
    metric: 'rate',
    value: practiceCount / loadSeconds,
    unit: 'practices/s',
    note: `${practiceCount.toLocaleString('en')} generated and inserted in ${loadSeconds.toFixed(0)} s`,
  });
  started = performance.now();
  const sessions = [];
  for (const clerk of clerks) sessions.push(await stack.loginWithRole(clerk, 'permits'));
  console.error(`Logged ${clerkCount} clerks in in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await benchQueue(stack, sessions[0]);
  await benchTransitions(stack, sessions);
} catch (error) {
  console.error(error);
  console.error(stack.backendOutput().split('\n').slice(-30).join('\n'));
  process.exitCode = 1;
} finally {
  await stack.stop();
}

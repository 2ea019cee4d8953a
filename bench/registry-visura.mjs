// `GET /api/registry/me` (the visura, with its access-log write) with a registry of --size residents loaded
// (default 1,000,000): latency at a fixed rate (default 200 requests/s) and the highest throughput, with autocannon.
//
//   npm run build -w backend -w test-federation
//   node bench/registry-visura.mjs [--size 1000000] [--rate 200] [--duration 30] [--connections 20]
//
// Starts its own throwaway stack and loads the population with `npm run seed`'s command (the registry importer);
// BENCH_DATABASE_URL reuses a database that already holds it. Prints figures; asserts nothing but a clean run.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { demoResident, login, root, startRegistryStack } from './registry-stack.mjs';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '42' },
    rate: { type: 'string', default: '200' },
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '20' },
  },
});
const size = Number(values.size);
const seed = Number(values.seed);

function seedPopulation(databaseUrl, dataDir) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['backend/dist/backend/src/cli/seed.js', '--size', String(size), '--seed', String(seed)],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.on('exit', (code) =>
      code === 0 ? resolve(output.trim().split('\n').at(-1)) : reject(new Error(output)),
    );
  });
}

function run(options) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    autocannon.track(instance, {
      renderProgressBar: false,
      renderResultsTable: false,
      renderLatencyTable: false,
    });
  });
}

function report(label, result) {
  const { latency, requests } = result;
  console.log(
    `${label}: ${requests.average.toFixed(0)} requests/s, latency p50 ${latency.p50} ms, p97.5 ${latency.p97_5} ms, ` +
      `p99 ${latency.p99} ms, max ${latency.max} ms; ${result.non2xx} non-2xx, ${result.errors} errors, ` +
      `${result.timeouts} timeouts`,
  );
}

const stack = await startRegistryStack({ databaseUrl: process.env.BENCH_DATABASE_URL });
try {
  const { rows } = await stack.pool.query('SELECT count(*)::int AS persons FROM registry_person');
  if (rows[0].persons < size) {
    const started = performance.now();
    const summary = await seedPopulation(stack.databaseUrl, path.join(stack.tmpDir, 'seed'));
    console.log(`Loaded the registry in ${((performance.now() - started) / 1000).toFixed(1)} s: ${summary}`);
  }
  const person = await demoResident(seed);
  const session = await login(stack.backendUrl, person);
  const target = {
    url: `${stack.backendUrl}/api/registry/me`,
    headers: { cookie: session.cookie },
    connections: Number(values.connections),
  };
  const check = await fetch(target.url, { headers: target.headers });
  if (check.status !== 200) throw new Error(`visura answered ${check.status}: ${await check.text()}`);
  await run({ ...target, duration: 5 });
  report(
    `At ${values.rate} requests/s for ${values.duration} s`,
    await run({ ...target, duration: Number(values.duration), overallRate: Number(values.rate) }),
  );
  report(`Highest throughput (${values.connections} connections)`, await run({ ...target, duration: 20 }));
  const { rows: logged } = await stack.pool.query(
    'SELECT count(*)::int AS events FROM audit_event WHERE subject_fiscal_code = $1',
    [person.fiscalCode],
  );
  console.log(`Access-log events written for ${person.fiscalCode}: ${logged[0].events}`);
} finally {
  await stack.stop();
}

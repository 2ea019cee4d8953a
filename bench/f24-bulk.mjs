// The bulk generation of precompiled F24s (IMU acconto) for every taxpayer of a year, end to end: from the
// taxes office's POST /api/staff/taxes/bulk-jobs to the job marked completed, with every PDF rendered, stored
// and recorded. Prints minutes for each population size and number of backends; it is not a test.
//
//   npm run build -w backend -w test-federation
//   node bench/f24-bulk.mjs [--taxpayers 100000] [--replicas 1,2] [--chunk 200] [--profile DIR]
//
// Sizes: `--taxpayers`, else 100,000, or 2,000 in the quick profile. Each size runs with one backend, then with
// two sharing the job. Targets: 100,000 in under 3 minutes with one backend (the same rate for another size),
// and shorter with two than with one.
//
// For each size it starts a throwaway stack (embedded PostgreSQL under the OS temp folder, the local test
// federation, `replicas` backend processes sharing the database and the data folder), seeds a population
// with the demo property generator (homes, garages, let flats, land, shops ...) and the demo rates, logs a
// taxes clerk in through the test federation, starts the job and polls its progress.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { staffPerson, syntheticPerson } from './lib/people.mjs';
import { sized } from './lib/profile.mjs';
import { report } from './lib/report.mjs';
import { importBackend, startBenchStack } from './lib/stack.mjs';

const { values: options } = parseArgs({
  options: {
    taxpayers: { type: 'string', default: sized({ quick: '2000', full: '100000' }) },
    replicas: { type: 'string', default: '1,2' },
    chunk: { type: 'string', default: '200' },
    // Writes a V8 CPU profile of each backend into this folder (open it in Chrome DevTools).
    profile: { type: 'string' },
  },
});
const sizes = options.taxpayers.split(',').map(Number);
const replicaCounts = options.replicas.split(',').map(Number);

const { seedDemoProperties } = await importBackend('demo/f24/seed-demo-properties.js');
const { generateDemoProperties } = await importBackend('demo/f24/demo-property-generator.js');

/** The goal: 100,000 taxpayers in under 3 minutes with one backend. */
const TARGET_MINUTES_FOR_100000 = 3;

const today = new Date().toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));

/** Households of a head and, in two out of three, a spouse. */
function households(count) {
  const people = new Map();
  const list = [];
  for (let h = 0; h < count; h++) {
    const head = syntheticPerson(2 * h);
    const spouse = h % 3 === 2 ? null : syntheticPerson(2 * h + 1);
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

/** Minutes of one run; `oneBackendMinutes` (of the same size) is the target of a run with more backends. */
async function run(taxpayersWanted, replicas, oneBackendMinutes) {
  const stack = await startBenchStack({
    backends: replicas,
    cpuProfileDir: options.profile,
    env: { F24_BULK_CHUNK_SIZE: options.chunk, F24_BULK_POLL_INTERVAL_MS: '500' },
  });
  const { pool } = stack;
  try {
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

    const session = await stack.loginWithRole(staffPerson(0), 'taxes');
    const started = performance.now();
    const response = await fetch(`${stack.backendUrl}/api/staff/taxes/bulk-jobs`, {
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
        await fetch(`${stack.backendUrl}/api/staff/taxes/bulk-jobs/${id}`, {
          headers: { cookie: session.cookie },
        })
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
    const bench = `f24-bulk-${taxpayersWanted} ${replicas} backend${replicas > 1 ? 's' : ''}`;
    const note = `${job.total} taxpayers, ${job.documents} PDFs, ${replicas} backend(s)`;
    const target =
      replicas === 1 || oneBackendMinutes === undefined
        ? Number(((TARGET_MINUTES_FOR_100000 * taxpayersWanted) / 100_000).toFixed(3))
        : Number(oneBackendMinutes.toFixed(3));
    report({
      bench,
      metric: 'duration',
      value: seconds / 60,
      unit: 'min',
      peakRssMiB: await stack.peakRssMiB(),
      target,
      better: 'lower',
      note: replicas === 1 ? note : `${note}; target: the time with one backend`,
    });
    report({
      bench,
      metric: 'throughput',
      value: job.total / seconds,
      unit: 'taxpayers/s',
      note,
    });
    console.error(
      `Bulk precompiled F24, ${job.total} taxpayers (${replicas} backend process${replicas > 1 ? 'es' : ''}, ${os.cpus().length} CPU, Node ${process.version})`,
    );
    console.error(`  seeded               ${properties} properties in ${seedSeconds.toFixed(1)} s`);
    console.error(
      `  generation           ${(seconds / 60).toFixed(2)} min (${seconds.toFixed(1)} s), ${(job.total / seconds).toFixed(0)} taxpayers/s`,
    );
    console.error(
      `  outcome              ${job.documents} PDFs, ${job.nothingDue} with nothing due, ${job.failed} failed`,
    );
    console.error(
      `  stored               ${rows[0].count} documents, ${((rows[0].bytes ?? 0) / 1024).toFixed(1)} KiB each on average`,
    );
    if (job.failed > 0) process.exitCode = 1;
    return seconds / 60;
  } catch (error) {
    console.error(stack.backendOutput().split('\n').slice(-40).join('\n'));
    throw error;
  } finally {
    await stack.stop();
  }
}

try {
  for (const size of sizes) {
    let oneBackendMinutes;
    for (const replicas of replicaCounts) {
      const minutes = await run(size, replicas, oneBackendMinutes);
      if (replicas === 1) oneBackendMinutes = minutes;
    }
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}

// Registry import speed: a generated population of --size residents (default 1,000,000; 20,000 in the quick
// profile) imported through the office's HTTP upload into an EMPTY database, then the same file again, which
// must change nothing. Target: the million in under 2 minutes.
//
//   npm run build -w backend -w test-federation
//   node bench/registry-import.mjs [--size 1000000] [--seed 42]
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { staffPerson } from './lib/people.mjs';
import { sized } from './lib/profile.mjs';
import { importFile, writeDemoImportFile } from './lib/registry.mjs';
import { report } from './lib/report.mjs';
import { startBenchStack } from './lib/stack.mjs';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: String(sized({ quick: 20_000, full: 1_000_000 })) },
    seed: { type: 'string', default: '42' },
  },
});
const size = Number(values.size);
const seed = Number(values.seed);
/** The goal, for the million residents it names. */
const TARGET_SECONDS_FOR_1M = 120;

function phaseSeconds(job) {
  return (new Date(job.finishedAt).getTime() - new Date(job.startedAt).getTime()) / 1000;
}

async function measure(stack, bench, outcome) {
  const { job, seconds, uploadSeconds } = outcome;
  if (job.state !== 'completed') {
    throw new Error(`${bench}: ${job.state} ${JSON.stringify(job.failure ?? job.errors?.slice(0, 5))}`);
  }
  report({
    bench,
    metric: 'duration',
    value: seconds,
    unit: 's',
    ...(size >= 1_000_000 ? { target: TARGET_SECONDS_FOR_1M, better: 'lower' } : {}),
    peakRssMiB: await stack.peakRssMiB(),
    note:
      `${size.toLocaleString('en')} persons, ${Math.round(job.rowsValid / seconds).toLocaleString('en')} rows/s ` +
      `(upload ${uploadSeconds.toFixed(1)} s, validate + COPY + merge ${phaseSeconds(job).toFixed(1)} s)`,
  });
  console.error(`  ${bench} changes: ${JSON.stringify(job.changes)}`);
}

const stack = await startBenchStack();
try {
  const file = path.join(stack.tmpDir, `anagrafe-${size}.csv`);
  const started = performance.now();
  await writeDemoImportFile(file, size, seed);
  const { size: bytes } = await stat(file);
  console.error(
    `Generated ${size.toLocaleString('en')} persons (seed ${seed}) in ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s: ${(bytes / 1_048_576).toFixed(0)} MB`,
  );
  const clerk = await stack.loginWithRole(staffPerson(0), 'registry');
  let lastPhase = '';
  const onProgress = (job) => {
    if (job.phase !== lastPhase) {
      lastPhase = job.phase;
      console.error(`  … ${job.phase} (${job.rowsRead.toLocaleString('en')} rows read)`);
    }
  };
  await measure(stack, 'registry-import-empty', await importFile(stack, clerk, file, { onProgress }));
  const again = await importFile(stack, clerk, file, { onProgress });
  await measure(stack, 'registry-import-again', again);
  const { personsNotInFile, ...changes } = again.job.changes;
  const changed = Object.values(changes).reduce((sum, count) => sum + count, 0);
  report({
    bench: 'registry-import-again',
    metric: 'changes',
    value: changed,
    unit: 'rows',
    target: 0,
    better: 'lower',
    note: changed === 0 ? 'idempotent' : JSON.stringify(changes),
  });
  const { rows } = await stack.pool.query(
    `SELECT (SELECT count(*) FROM registry_person)::int AS persons,
            (SELECT count(*) FROM registry_household)::int AS households,
            (SELECT count(*) FROM registry_event)::int AS events,
            pg_size_pretty(pg_database_size(current_database())) AS size`,
  );
  console.error(`Registry: ${JSON.stringify(rows[0])}`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await stack.stop();
}

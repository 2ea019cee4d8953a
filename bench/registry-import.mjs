// Registry import speed: a generated population of --size residents (default 1,000,000) imported through the
// office's HTTP upload into an EMPTY database, then the same file again (idempotent: nothing changes).
//
//   npm run build -w backend -w test-federation
//   node bench/registry-import.mjs [--size 1000000] [--seed 42]
//
// Starts its own throwaway stack (embedded PostgreSQL under the OS temp folder, test federation, built backend).
// Prints seconds and rows per second for each import; asserts nothing but a clean run.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importFile, registryClerk, startRegistryStack, writeDemoImportFile } from './registry-stack.mjs';

const { values } = parseArgs({
  options: { size: { type: 'string', default: '1000000' }, seed: { type: 'string', default: '42' } },
});
const size = Number(values.size);
const seed = Number(values.seed);

function phaseSeconds(job) {
  const started = new Date(job.startedAt).getTime();
  const finished = new Date(job.finishedAt).getTime();
  return ((finished - started) / 1000).toFixed(1);
}

function report(label, { job, seconds, uploadSeconds }) {
  if (job.state !== 'completed') {
    console.error(`${label}: ${job.state}`, job.failure ?? job.errors?.slice(0, 5));
    process.exitCode = 1;
    return;
  }
  console.log(
    `${label}: ${seconds.toFixed(1)} s wall clock (upload ${uploadSeconds.toFixed(1)} s, validate + COPY + merge ` +
      `${phaseSeconds(job)} s), ${Math.round(job.rowsValid / seconds).toLocaleString('en')} rows/s`,
  );
  console.log(`  changes: ${JSON.stringify(job.changes)}`);
}

const stack = await startRegistryStack();
try {
  const file = path.join(stack.tmpDir, `anagrafe-${size}.csv`);
  let started = performance.now();
  await writeDemoImportFile(file, size, seed);
  const { size: bytes } = await stat(file);
  console.log(
    `Generated ${size.toLocaleString('en')} persons (seed ${seed}) in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
      `${(bytes / 1_048_576).toFixed(0)} MB`,
  );
  const clerk = await registryClerk(stack);
  let lastPhase = '';
  const onProgress = (job) => {
    if (job.phase !== lastPhase) {
      lastPhase = job.phase;
      console.log(`  … ${job.phase} (${job.rowsRead.toLocaleString('en')} rows read)`);
    }
  };
  started = performance.now();
  report('Import into an empty database', await importFile(stack, clerk, file, { onProgress }));
  report('Same file again (idempotent)', await importFile(stack, clerk, file, { onProgress }));
  const { rows } = await stack.pool.query(
    `SELECT (SELECT count(*) FROM registry_person)::int AS persons, (SELECT count(*) FROM registry_household)::int AS households,
       (SELECT count(*) FROM registry_event)::int AS events, pg_size_pretty(pg_database_size(current_database())) AS size`,
  );
  console.log(`Registry: ${JSON.stringify(rows[0])}`);
} finally {
  await stack.stop();
}

// Registry import speed: a generated population of --size residents (default 1,000,000; 20,000 in the quick
// profile) imported through the office's HTTP upload into an EMPTY database, then the same file again, which
// must change nothing and take less time than the first; against the bare limit of a load measured in the same
// run: a plain COPY of the same rows into tables of the same structure and indexes (lib/bare-copy.mjs).
// Target: at most 3× the plain COPY. Then the visura's p99 at a steady --rate while the file is imported a third
// time, against its p99 with no import (the import validates on a worker thread: the p99 should not move).
//
//   npm run build -w backend -w test-federation
//   node bench/registry-import.mjs [--size 1000000] [--seed 42] [--rate 200]
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { timeBareCopy } from './lib/bare-copy.mjs';
import { runOpenLoop } from './lib/open-loop.mjs';
import { staffPerson } from './lib/people.mjs';
import { sized } from './lib/profile.mjs';
import { demoResident, importFile, writeDemoImportFile } from './lib/registry.mjs';
import { report } from './lib/report.mjs';
import { startBenchStack } from './lib/stack.mjs';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: String(sized({ quick: 20_000, full: 1_000_000 })) },
    seed: { type: 'string', default: '42' },
    rate: { type: 'string', default: '200' },
  },
});
const rate = Number(values.rate);
/** The goal: an import costs at most three plain COPYs of the same rows. */
const RATIO_TO_COPY = 3;
const size = Number(values.size);
const seed = Number(values.seed);

function phaseSeconds(job) {
  return (new Date(job.finishedAt).getTime() - new Date(job.startedAt).getTime()) / 1000;
}

function importRow(bench, outcome, peakRssMiB, extra) {
  const { job, seconds, uploadSeconds } = outcome;
  if (job.state !== 'completed') {
    throw new Error(`${bench}: ${job.state} ${JSON.stringify(job.failure ?? job.errors?.slice(0, 5))}`);
  }
  report({
    bench,
    metric: 'duration',
    value: seconds,
    unit: 's',
    peakRssMiB,
    ...extra,
    note:
      `${size.toLocaleString('en')} persons, ${Math.round(job.rowsValid / seconds).toLocaleString('en')} rows/s ` +
      `(upload ${uploadSeconds.toFixed(1)} s, validate + COPY + merge ${phaseSeconds(job).toFixed(1)} s)`,
  });
  console.error(`  ${bench} changes: ${JSON.stringify(job.changes)}`);
}

/** The visura's p99 at the steady rate for `durationMs`, optionally while `during()` runs (an import). */
async function visuraP99(stack, session, durationMs) {
  const result = await runOpenLoop({
    url: `${stack.backendUrl}/api/registry/me`,
    headers: { cookie: session.cookie },
    rate,
    durationMs,
    warmupMs: 1_000,
  });
  if (result.failed > 0) throw new Error(`${result.failed} visure failed`);
  return result;
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
  const first = await importFile(stack, clerk, file, { onProgress });
  const firstRss = await stack.peakRssMiB();
  // The bare limit in the same run: the same rows, COPYed into tables of the same shape and indexes.
  const bare = await timeBareCopy(stack.pool, stack.tmpDir);
  console.error(`  plain COPY of ${bare.tables.join(', ')}: ${bare.seconds.toFixed(1)} s`);
  importRow('registry-import-empty', first, firstRss, {
    bare: bare.seconds,
    ratio: first.seconds / bare.seconds,
    ratioTarget: RATIO_TO_COPY,
    ratioBetter: 'lower',
  });
  report({
    bench: 'registry-import-empty',
    metric: 'bare COPY',
    value: bare.seconds,
    unit: 's',
    note: `plain COPY of the same rows into ${bare.tables.length} tables of the same structure and indexes`,
  });
  const again = await importFile(stack, clerk, file, { onProgress });
  importRow('registry-import-again', again, await stack.peakRssMiB(), {
    target: Number(first.seconds.toFixed(2)),
    better: 'lower',
  });
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

  // The visura's tail with and without an import under way in the same process.
  const session = await stack.login(demoResident(seed));
  const windowMs = Math.max(3_000, Math.round(again.seconds * 1000));
  // The no-import side starts on a settled database, not in the autovacuum and checkpoint that follow two
  // million-row imports; the import side then starts from the same state.
  await stack.settle({ vacuum: true });
  const quiet = await visuraP99(stack, session, windowMs);
  await stack.settle();
  const importing = importFile(stack, clerk, file);
  const busy = await visuraP99(stack, session, windowMs);
  const third = await importing;
  if (third.job.state !== 'completed') throw new Error(`third import: ${third.job.state}`);
  report({
    bench: 'registry-import-visura',
    metric: `p99 at ${rate} req/s during an import`,
    value: busy.p99,
    unit: 'ms',
    bare: quiet.p99,
    ratio: busy.p99 / quiet.p99,
    ratioTarget: 1.5,
    ratioBetter: 'lower',
    p50: busy.p50,
    p99: busy.p99,
    note: `bare = the same visura with no import; ${(windowMs / 1000).toFixed(0)} s each, import took ${third.seconds.toFixed(1)} s`,
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

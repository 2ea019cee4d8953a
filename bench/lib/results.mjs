// The results file of a run (`npm run bench -- --json`): the rows with the machine, the commit and the load
// average around the run, so a figure can always be traced to where and on what it was measured; and the
// comparison of a run's ratios to bare with a committed results file (`--compare`).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { meetsTarget } from './report.mjs';

export const resultsDir = path.resolve(import.meta.dirname, '..', 'results');

/** The machine a run measures: CPU model and count, memory, Node, OS. */
export function machineInfo() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

/** The commit measured and whether the work tree had changes not committed. */
export function gitInfo(cwd = path.resolve(import.meta.dirname, '../..')) {
  const git = (...args) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
  try {
    return {
      commit: git('rev-parse', 'HEAD'),
      shortCommit: git('rev-parse', '--short=7', 'HEAD'),
      dirty: git('status', '--porcelain', '--untracked-files=no') !== '',
    };
  } catch {
    return { commit: 'unknown', shortCommit: 'unknown', dirty: true };
  }
}

/** The 1, 5 and 15 minute load averages, rounded. */
export function loadAverage() {
  return os.loadavg().map((load) => Number(load.toFixed(2)));
}

/** `bench/results/<YYYY-MM-DD>-<shortcommit>.json` for a run started at `startedAt`. */
export function resultsFileName(startedAt, shortCommit) {
  return `${startedAt.slice(0, 10)}-${shortCommit}.json`;
}

/**
 * The newest results file of `dir`: the one whose run started last (`startedAt` inside it). Not by name: files
 * are named by day and commit, and a commit hash says nothing of which of a day's runs came last.
 */
export function latestResultsFile(dir = resultsDir) {
  let files;
  try {
    files = readdirSync(dir).filter((file) => /^\d{4}-\d{2}-\d{2}-.+\.json$/.test(file));
  } catch {
    return null;
  }
  const started = (file) => {
    try {
      return String(JSON.parse(readFileSync(path.join(dir, file), 'utf8')).startedAt ?? '');
    } catch {
      return '';
    }
  };
  const newest = files
    .map((file) => ({ file, startedAt: started(file) || file.slice(0, 10) }))
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.file.localeCompare(b.file))
    .at(-1);
  return newest ? path.join(dir, newest.file) : null;
}

/** The whole results document of a run. */
export function buildResults({ profile, startedAt, finishedAt, loadBefore, loadAfter, results }) {
  return {
    profile,
    startedAt,
    finishedAt,
    machine: machineInfo(),
    git: gitInfo(),
    loadAverage: { before: loadBefore, after: loadAfter },
    benchmarks: results.map((result) => ({
      file: result.file,
      status: result.status,
      ok: result.ok,
      seconds: Number(result.seconds.toFixed(1)),
    })),
    rows: results.flatMap((result) =>
      result.rows.map((row) => {
        const met = meetsTarget(row);
        return { ...row, file: result.file, ...(met === undefined ? {} : { pass: met }) };
      }),
    ),
    failed: results.filter((result) => !result.ok).map((result) => result.file),
  };
}

const key = (row) => `${row.bench} · ${row.metric}`;

/**
 * Every ratio to bare of `baseline` that `current` also measured, and whether it regressed: moved the wrong way
 * (down for a throughput, up for a latency) by more than `margin` (0.15 = 15 %) of the baseline's ratio. Rows the
 * current run did not measure are listed as missing, and count as regressions: a benchmark that stopped
 * producing its figure must not pass the guard. Only the baseline's rows of the benchmark files the current run
 * ran are compared (a run of `permits` alone is not missing the visura's rows).
 */
export function compareRatios(baseline, current, margin) {
  const ran = new Set(current.benchmarks.map((benchmark) => benchmark.file));
  const now = new Map(current.rows.filter((row) => row.ratio !== undefined).map((row) => [key(row), row]));
  return baseline.rows
    .filter((row) => row.ratio !== undefined && (row.file === undefined || ran.has(row.file)))
    .map((before) => {
      const after = now.get(key(before));
      if (!after) return { key: key(before), baseline: before.ratio, current: null, regressed: true };
      const lowerIsBetter = before.ratioBetter === 'lower';
      const change = (after.ratio - before.ratio) / before.ratio;
      const regressed = lowerIsBetter ? change > margin : change < -margin;
      return { key: key(before), baseline: before.ratio, current: after.ratio, change, regressed };
    });
}

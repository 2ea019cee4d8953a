// `npm run bench`: runs every benchmark of this folder (bench/*.mjs but this file), one after the other in its own
// process, collects the result rows they print (JSON lines on stdout, see lib/report.mjs) and prints ONE table.
//
//   npm run bench                         every benchmark, full sizes (tens of minutes)
//   npm run bench -- --quick              small sizes (BENCH_SCALE=quick does the same): checks the harness
//   npm run bench -- permits registry     only the files whose name contains one of the words
//   npm run bench -- --verbose            also relays each benchmark's own output (on stderr)
//   npm run bench -- --json               also writes the results file bench/results/<date>-<commit>.json (rows,
//                                         machine, commit, load average); `--out FILE` writes it elsewhere
//   npm run bench -- --quick --compare bench/results/<file> [--margin 0.15]
//                                         regression guard: exit 1 when a ratio to bare got worse by more than
//                                         the margin (15 % by default) than in that file
//
// Each benchmark is one file `bench/<name>.mjs`, found by its name: adding one is adding the file.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { meetsTarget, parseReportLine } from './lib/report.mjs';
import { buildResults, compareRatios, loadAverage, resultsDir, resultsFileName } from './lib/results.mjs';

const { values: options, positionals: filters } = parseArgs({
  allowPositionals: true,
  options: {
    quick: { type: 'boolean', default: false },
    full: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    out: { type: 'string' },
    compare: { type: 'string' },
    margin: { type: 'string', default: '0.15' },
  },
});
const margin = Number(options.margin);
if (!(margin > 0 && margin < 1)) {
  console.error(`--margin must be a fraction between 0 and 1, got «${options.margin}»`);
  process.exit(2);
}
const baseline = options.compare ? JSON.parse(readFileSync(options.compare, 'utf8')) : undefined;
const profile = options.quick
  ? 'quick'
  : options.full
    ? 'full'
    : (process.env.BENCH_SCALE ?? process.env.BENCH_PROFILE ?? 'full');
if (profile !== 'quick' && profile !== 'full') {
  console.error(`BENCH_SCALE must be quick or full, got «${profile}»`);
  process.exit(2);
}
const timeoutSeconds = Number(process.env.BENCH_TIMEOUT_SECONDS ?? (profile === 'quick' ? 600 : 3600));

const here = import.meta.dirname;
const files = readdirSync(here)
  .filter((file) => file.endsWith('.mjs') && file !== 'run.mjs' && file !== 'report.mjs')
  .filter((file) => filters.length === 0 || filters.some((word) => file.includes(word)))
  .sort();
if (files.length === 0) {
  console.error(`No benchmark matches ${filters.join(', ')}.`);
  process.exit(2);
}

/** Runs one benchmark; resolves to its rows, exit status, seconds and the last lines of its output. */
function runBenchmark(file) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(here, file)], {
      cwd: path.resolve(here, '..'),
      env: { ...process.env, BENCH_PROFILE: profile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const rows = [];
    const tail = [];
    const keep = (line) => {
      tail.push(line);
      if (tail.length > 25) tail.shift();
      if (options.verbose) process.stderr.write(`  [${file}] ${line}\n`);
    };
    const lines = (stream, onLine) => {
      let partial = '';
      stream.on('data', (chunk) => {
        const parts = (partial + chunk.toString()).split('\n');
        partial = parts.pop() ?? '';
        for (const line of parts) onLine(line);
      });
      stream.on('end', () => partial && onLine(partial));
    };
    lines(child.stdout, (line) => {
      const row = parseReportLine(line);
      if (row) {
        rows.push(row);
        const shown = row.notRun ? `NOT RUN (${row.notRun})` : `${row.value} ${row.unit}`;
        process.stderr.write(`  ${row.bench} ${row.metric}: ${shown}\n`);
      } else keep(line);
    });
    lines(child.stderr, keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
      // Its stack stops on SIGTERM; a benchmark that does not react in a minute is killed.
      setTimeout(() => child.kill('SIGKILL'), 60_000).unref();
    }, timeoutSeconds * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        file,
        rows,
        ok: code === 0 && !timedOut,
        status: timedOut
          ? `timed out after ${timeoutSeconds} s`
          : signal
            ? `killed by ${signal}`
            : `exit ${code}`,
        seconds: (performance.now() - started) / 1000,
        tail,
      });
    });
  });
}

const cpus = os.cpus();
console.error(
  `Benchmarks (${profile}): ${files.join(', ')} on ${cpus.length} × ${cpus[0]?.model.trim()}, Node ${process.version}`,
);
const startedAt = new Date().toISOString();
const loadBefore = loadAverage();
const results = [];
for (const file of files) {
  console.error(`▶ ${file}`);
  const result = await runBenchmark(file);
  console.error(`${result.ok ? '✓' : '✗'} ${file}: ${result.status}, ${result.seconds.toFixed(0)} s`);
  results.push(result);
}

const number = (value) =>
  value === undefined ? '' : value.toLocaleString('en', { maximumFractionDigits: 3 });
const table = [
  ['benchmark', 'metric', 'value', 'target', '', '×bare', 'p50 ms', 'p99 ms', 'peak RSS', 'note'],
];
for (const result of results) {
  for (const row of result.rows) {
    const met = meetsTarget(row);
    table.push([
      row.bench,
      row.metric,
      row.notRun ? `NOT RUN: ${row.notRun}` : `${number(row.value)} ${row.unit}`,
      row.target === undefined ? '' : `${row.better === 'lower' ? '≤' : '≥'} ${number(row.target)}`,
      met === undefined ? '' : met ? 'ok' : 'MISSED',
      row.ratio === undefined ? '' : number(row.ratio),
      number(row.p50),
      number(row.p99),
      row.peakRssMiB === undefined ? '' : `${Math.round(row.peakRssMiB)} MiB`,
      row.note ?? '',
    ]);
  }
  if (!result.ok) table.push([result.file, 'FAILED', result.status, '', '', '', '', '', '', '']);
}
const widths = table[0].map((_, column) => Math.max(...table.map((cells) => cells[column].length)));
const numeric = new Set([2, 3, 5, 6, 7, 8]);
const line = (cells) =>
  cells
    .map((cell, column) =>
      numeric.has(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
    )
    .join('  ')
    .trimEnd();
console.log(`\nBenchmarks, ${profile} profile (${cpus.length} CPU, Node ${process.version})\n`);
console.log(line(table[0]));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const cells of table.slice(1)) console.log(line(cells));

const failed = results.filter((result) => !result.ok);
for (const result of failed) {
  console.log(`\n${result.file} failed (${result.status}); its last lines:\n${result.tail.join('\n')}`);
}
const document = buildResults({
  profile,
  startedAt,
  finishedAt: new Date().toISOString(),
  loadBefore,
  loadAfter: loadAverage(),
  results,
});
console.log(
  `\nLoad average ${document.loadAverage.before.join(' / ')} before, ${document.loadAverage.after.join(' / ')} after` +
    ` (1/5/15 min): with a load above ${cpus.length} the figures measure the other processes too.`,
);
if (options.json || options.out) {
  const file = options.out ?? path.join(resultsDir, resultsFileName(startedAt, document.git.shortCommit));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(document, null, 2)}\n`);
  console.log(
    `Results written to ${path.relative(process.cwd(), file)}; \`node bench/report.mjs\` updates the READMEs.`,
  );
}
let regressed = 0;
if (baseline) {
  console.log(`\nRatios to bare against ${options.compare} (margin ${margin * 100} %):`);
  for (const entry of compareRatios(baseline, document, margin)) {
    if (entry.regressed) regressed += 1;
    const now =
      entry.current === null ? 'not measured' : `${entry.current} (${(entry.change * 100).toFixed(1)} %)`;
    console.log(`  ${entry.regressed ? 'REGRESSED' : 'ok       '}  ${entry.key}: ${entry.baseline} → ${now}`);
  }
}
process.exitCode = failed.length > 0 || regressed > 0 ? 1 : 0;

// The personal area's server-rendered pages (home, i miei dati, certificati, pagamenti) with --users (20)
// logged-in residents requesting them at once through the BUILT frontend (`next start`, which calls the
// backend for each page), closed loop: p95 per page against a bare Next.js page that makes no backend call
// (lib/next-floor.mjs: same server, markup as large as the home page's). Then the Lighthouse mobile
// performance score (target ≥ 0.9) of the home page and of the certificate flow, run with Debian's Chromium
// (the median of three runs per page, chosen as Lighthouse documents);
// while the `lighthouse` package is not installed its rows say so ("not run") instead of vanishing.
//
//   npm run build
//   node bench/pages.mjs [--users 20] [--duration 20] [--lighthouse-only] [--lighthouse-reports DIR]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runClosedLoop } from './lib/closed-loop.mjs';
import { seedHouseholds } from './lib/households.mjs';
import { bodyMarkup, startNextFloor } from './lib/next-floor.mjs';
import { sized } from './lib/profile.mjs';
import { report } from './lib/report.mjs';
import { root, startBenchStack } from './lib/stack.mjs';

const { values } = parseArgs({
  options: {
    users: { type: 'string', default: '20' },
    duration: { type: 'string', default: String(sized({ quick: 8, full: 20 })) },
    warmup: { type: 'string', default: String(sized({ quick: 2, full: 5 })) },
    // Keeps each page's whole Lighthouse report (JSON: the opportunities and diagnostics) in this folder.
    'lighthouse-reports': { type: 'string' },
    // Only the Lighthouse rows (the load of 20 users is skipped).
    'lighthouse-only': { type: 'boolean', default: false },
  },
});
const users = Number(values.users);
const durationMs = Number(values.duration) * 1000;
const warmupMs = Number(values.warmup) * 1000;

const PAGES = [
  ['home', '/'],
  ['i miei dati', '/i-miei-dati'],
  ['certificati', '/certificati'],
  ['pagamenti', '/pagamenti'],
];
/**
 * The pages Lighthouse scores: the home page and the certificate flow (choose the person, then the
 * certificate and the bollo for the logged-in resident: without `persona` the second step sends back to the first).
 */
const LIGHTHOUSE_PAGES = [
  ['home', () => '/'],
  ['certificati', () => '/certificati'],
  ['certificati richiesta', (family) => `/certificati/richiesta?persona=${family.head.id}`],
];
const LIGHTHOUSE_BIN = path.join(root, 'node_modules/.bin/lighthouse');
const CHROMIUM = '/usr/bin/chromium';
/** Lighthouse runs per page; the row is their median run. */
const LIGHTHOUSE_RUNS = 3;

/** `users` closed-loop clients, each with its own session, requesting `pathname` of `origin`. */
async function load(origin, pathname, sessions) {
  let next = 0;
  return runClosedLoop({
    concurrency: sessions.length,
    durationMs,
    warmupMs,
    send: async () => {
      const session = sessions[next++ % sessions.length];
      const response = await fetch(`${origin}${pathname}`, {
        headers: session ? { cookie: session.cookie } : {},
        redirect: 'manual',
      });
      await response.arrayBuffer();
      return response.status;
    },
  });
}

/** One Lighthouse mobile performance run of `url` for a logged-in `cookie`: its report, or why it was not run. */
async function lighthouseRun(url, cookie, outputFile) {
  if (!existsSync(LIGHTHOUSE_BIN)) return { notRun: 'lighthouse not installed' };
  if (!existsSync(CHROMIUM)) return { notRun: `${CHROMIUM} not installed` };
  const args = [
    url,
    '--only-categories=performance',
    '--form-factor=mobile',
    '--output=json',
    `--output-path=${outputFile}`,
    `--chrome-path=${CHROMIUM}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
    '--quiet',
  ];
  const run = () =>
    new Promise((resolve) => {
      const child = spawn(LIGHTHOUSE_BIN, args, { stdio: ['ignore', 'ignore', 'inherit'] });
      child.on('close', resolve);
    });
  // On a loaded machine Chromium now and then loses the trace of the load (NO_NAVSTART, NO_FCP): once more.
  let code = await run();
  if (code !== 0) {
    console.error(`lighthouse exited with ${code} on ${url}: running it once more`);
    code = await run();
  }
  if (code !== 0) throw new Error(`lighthouse exited with ${code} on ${url}`);
  const result = JSON.parse(await readFile(outputFile, 'utf8'));
  await rm(outputFile, { force: true });
  return { result };
}

/**
 * The median of LIGHTHOUSE_RUNS runs of `url`, chosen as Lighthouse's own documentation says (its
 * `computeMedianRun`: the run nearest the median first contentful paint and time to interactive): one run's
 * score moves by several hundredths with what else the machine does.
 */
async function lighthouseMedian(url, cookie, outputFile) {
  const runs = [];
  for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
    const outcome = await lighthouseRun(url, cookie, outputFile);
    if (outcome.notRun) return outcome;
    runs.push(outcome.result);
  }
  const { computeMedianRun } = await import('lighthouse/core/lib/median-run.js');
  const median = computeMedianRun(runs);
  if (values['lighthouse-reports']) {
    await mkdir(values['lighthouse-reports'], { recursive: true });
    const name = new URL(url).pathname.replace(/^\/$/, '/home').slice(1).replaceAll('/', '-');
    await writeFile(path.join(values['lighthouse-reports'], `${name}.json`), JSON.stringify(median));
  }
  return {
    score: median.categories.performance.score,
    scores: runs.map((run) => run.categories.performance.score),
  };
}

const stack = await startBenchStack({ frontend: true, env: { RATE_LIMIT_LOGIN: '100000' } });
let floor;
try {
  const sessions = [];
  const families = await seedHouseholds(stack.pool, users);
  for (const family of families) sessions.push(await stack.login(family.head));
  for (const [, pathname] of PAGES) {
    const check = await fetch(`${stack.frontendUrl}${pathname}`, { headers: { cookie: sessions[0].cookie } });
    if (check.status !== 200) throw new Error(`${pathname} answered ${check.status} to a logged-in resident`);
  }
  const home = await (
    await fetch(`${stack.frontendUrl}/`, { headers: { cookie: sessions[0].cookie } })
  ).text();
  if (!values['lighthouse-only']) await measurePages(stack, sessions, home);
  await lighthouseRows(stack, families[0], sessions[0]);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await floor?.stop();
  await stack.stop();
}

/** The p95 of every page with `sessions` at once, and of the bare page. */
async function measurePages(stack, sessions, home) {
  floor = await startNextFloor(bodyMarkup(home));
  const bare = await load(floor.url, '/', Array(users).fill(null));
  if (bare.unexpected.length > 0) throw new Error(`bare page: ${bare.unexpected.length} failed`);
  if (bare.completed === 0) throw new Error(`bare page: none answered within ${values.duration} s`);
  for (const [name, pathname] of PAGES) {
    const measured = await load(stack.frontendUrl, pathname, sessions);
    if (measured.unexpected.length > 0) {
      throw new Error(
        `${pathname}: ${measured.unexpected.length} answers not 200 (${measured.unexpected[0]})`,
      );
    }
    if (measured.completed === 0) {
      throw new Error(
        `${pathname}: no page sent and answered within ${values.duration} s; give a longer --duration`,
      );
    }
    report({
      bench: `pages ${name}`,
      metric: 'p95',
      value: measured.p95,
      unit: 'ms',
      bare: bare.p95,
      ratio: measured.p95 / bare.p95,
      ratioBetter: 'lower',
      p50: measured.p50,
      p99: measured.p99,
      note: `${users} logged-in users at once, ${Math.round(measured.throughput)} pages/s; bare: Next.js page, no backend call`,
    });
  }
  report({
    bench: 'pages bare',
    metric: 'p95',
    value: bare.p95,
    unit: 'ms',
    p50: bare.p50,
    p99: bare.p99,
    note: `Next.js page with the home page's markup, no backend call, ${Math.round(bare.throughput)} pages/s`,
  });
}

/** The Lighthouse rows: each page of LIGHTHOUSE_PAGES as the head of `family` (logged in as `session`) sees it. */
async function lighthouseRows(stack, family, session) {
  for (const [name, pathOf] of LIGHTHOUSE_PAGES) {
    const outcome = await lighthouseMedian(
      `${stack.frontendUrl}${pathOf(family)}`,
      session.cookie,
      path.join(stack.tmpDir, 'lighthouse.json'),
    );
    report({
      bench: `lighthouse ${name}`,
      metric: 'mobile performance',
      value: outcome.score,
      unit: 'score',
      target: 0.9,
      better: 'higher',
      notRun: outcome.notRun,
      note: outcome.scores
        ? `median of ${outcome.scores.length} runs (Lighthouse's computeMedianRun); runs ${outcome.scores.join(', ')}`
        : undefined,
    });
  }
}

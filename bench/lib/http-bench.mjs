// autocannon runs against the portal and against the bare `http` + `pg` server doing the same queries, reported
// as result rows with the portal's throughput as a ratio of the bare one.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { freePort, startService } from '../../scripts/services.mjs';
import { report } from './report.mjs';

/**
 * One autocannon run; `requests` (autocannon's per-connection request cycle) or a single `url`.
 * Returns req/s on average, latency percentiles (ms), and the count of failed answers.
 */
export function runAutocannon({ url, headers, requests, connections = 10, duration = 10, overallRate }) {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, headers, requests, connections, duration, overallRate, pipelining: 1 },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          throughput: result.requests.average,
          requests: result.requests.total,
          p50: result.latency.p50,
          p90: result.latency.p90,
          p99: result.latency.p99,
          max: result.latency.max,
          failed: result.non2xx + result.errors + result.timeouts,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
        });
      },
    );
  });
}

/**
 * Starts ./bare-server.mjs as its own process (so autocannon, here, does not share its event loop). `variants`
 * are lists of `{ sql, params }`; the server runs variant n on `GET /<n>`. Same pool size as the backend's default.
 */
export async function startBareServer({ databaseUrl, variants, poolSize = 10 }) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // In a file: recorded statements with their parameters soon exceed what an environment variable may hold.
  const folder = await mkdtemp(path.join(os.tmpdir(), 'bare-server-'));
  const variantsFile = path.join(folder, 'variants.json');
  await writeFile(variantsFile, JSON.stringify(variants));
  const service = startService(
    'bare-server',
    process.execPath,
    [path.join(import.meta.dirname, 'bare-server.mjs')],
    {
      quiet: true,
      env: {
        BARE_PORT: String(port),
        BARE_DATABASE_URL: databaseUrl,
        BARE_POOL_SIZE: String(poolSize),
        BARE_VARIANTS_FILE: variantsFile,
      },
      readyUrl: `${url}/ready`,
      timeoutMs: 30_000,
    },
  );
  try {
    await service.ready();
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    requests: variants.map((_, index) => ({ method: 'GET', path: `/${index}` })),
    stop: async () => {
      await service.stop();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

function assertClean(label, result) {
  if (result.failed > 0) {
    throw new Error(
      `${label}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts ` +
        `out of ${result.requests} requests`,
    );
  }
}

/**
 * Highest throughput of the portal and of the bare server on the same queries, one after the other with the same
 * autocannon settings, after a warm-up of each. Prints two rows (the portal's with `ratio`, then the bare one's)
 * and returns both results. `portal.requests` are autocannon requests (`{ method, path, headers }`), cycled per
 * connection; `bare.variants[i]` must do the database work of `portal.requests[i]`.
 */
export async function compareWithBare({
  bench,
  stack,
  portal,
  bare,
  connections = 10,
  duration = 10,
  warmup = 3,
  ratioTarget,
  note,
}) {
  const portalRun = (seconds) =>
    runAutocannon({ url: stack.backendUrl, requests: portal.requests, connections, duration: seconds });
  // Each side starts on a settled database (no autovacuum or checkpoint left over from the other).
  await stack.settle();
  assertClean(`${bench} warm-up`, await portalRun(warmup));
  const measured = await portalRun(duration);
  assertClean(bench, measured);
  const peakRssMiB = await stack.peakRssMiB();
  const server = await startBareServer({ databaseUrl: stack.databaseUrl, variants: bare.variants });
  let limit;
  try {
    await stack.settle();
    const bareRun = (seconds) =>
      runAutocannon({ url: server.url, requests: server.requests, connections, duration: seconds });
    assertClean(`${bench} bare warm-up`, await bareRun(warmup));
    limit = await bareRun(duration);
    assertClean(`${bench} bare`, limit);
  } finally {
    await server.stop();
  }
  report({
    bench,
    metric: 'throughput',
    value: measured.throughput,
    unit: 'req/s',
    bare: limit.throughput,
    ratio: measured.throughput / limit.throughput,
    ratioTarget,
    p50: measured.p50,
    p99: measured.p99,
    peakRssMiB,
    note: note ?? `${connections} connections, ${duration} s`,
  });
  report({
    bench,
    metric: 'bare throughput',
    value: limit.throughput,
    unit: 'req/s',
    p50: limit.p50,
    p99: limit.p99,
    note: 'bare http + pg, same queries',
  });
  return { portal: measured, bare: limit };
}

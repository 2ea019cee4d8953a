// `GET /api/registry/me` with REGISTRY_SOURCE=anpr: the visura read from the local ANPR sandbox through PDND
// (AR001 + FS001 per visura, with the ModI headers), at a steady rate. Reports the latency and the vouchers
// PDND issued: the voucher cache must ask one voucher per purpose per voucher lifetime, however many visure.
//
//   npm run build -w backend -w test-federation
//   node bench/visura-anpr.mjs [--size 20000] [--rate 40] [--duration 60] [--lifespan 60]
//
// `--lifespan` is the sandbox's voucher lifetime in seconds (PDND's is usually 600): the portal renews a voucher
// 30 s before it ends, so the run sees duration / (lifespan - 30) renewals per purpose.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runOpenLoop } from './lib/open-loop.mjs';
import { sized } from './lib/profile.mjs';
import { demoResident } from './lib/registry.mjs';
import { report } from './lib/report.mjs';
import { importBackend, startBenchStack } from './lib/stack.mjs';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: String(sized({ quick: 2_000, full: 20_000 })) },
    seed: { type: 'string', default: '42' },
    rate: { type: 'string', default: String(sized({ quick: 10, full: 40 })) },
    duration: { type: 'string', default: String(sized({ quick: 25, full: 120 })) },
    lifespan: { type: 'string', default: String(sized({ quick: 40, full: 60 })) },
    connections: { type: 'string', default: '10' },
  },
});
const [size, seed, rate, duration, lifespan, connections] = [
  values.size,
  values.seed,
  values.rate,
  values.duration,
  values.lifespan,
  values.connections,
].map(Number);
const PURPOSES = 2; // residence verification (AR001) and family status (FS001)

const { writeAnprSandboxFiles } = await importBackend('demo/registry/anpr-sandbox-files.js');
const stack = await startBenchStack({
  prepare: async ({ federationUrl, tmpDir }) => {
    const files = await writeAnprSandboxFiles({
      dataDir: path.join(tmpDir, 'data'),
      keysDir: path.join(tmpDir, 'data', 'keys'),
      federationUrl,
      seed,
      size,
    });
    return {
      federation: { ...files.federation, PDND_SANDBOX_VOUCHER_LIFESPAN_SECONDS: String(lifespan) },
      backend: files.backend,
    };
  },
});
const vouchers = async () =>
  (await (await fetch(`${stack.federationUrl}/pdnd/_sandbox/stats`)).json()).vouchersIssued;
try {
  const session = await stack.login(demoResident(seed));
  const headers = { cookie: session.cookie };
  const url = `${stack.backendUrl}/api/registry/me`;
  const check = await fetch(url, { headers });
  if (check.status !== 200) throw new Error(`visura answered ${check.status}: ${await check.text()}`);

  const before = await vouchers();
  const paced = await runOpenLoop({
    url,
    headers,
    rate,
    durationMs: duration * 1000,
    warmupMs: 0,
    connections,
  });
  const issued = (await vouchers()) - before;
  if (paced.failed > 0) throw new Error(`${paced.failed} failed visure at ${rate} req/s`);
  const renewals = Math.floor(duration / (lifespan - 30));
  const visure = Math.round(paced.throughput * duration);
  report({
    bench: 'visura-anpr',
    metric: `p99 at ${rate} req/s`,
    value: paced.p99,
    unit: 'ms',
    better: 'lower',
    p50: paced.p50,
    p99: paced.p99,
    peakRssMiB: await stack.peakRssMiB(),
    note: `${size.toLocaleString('en')} persons in the ANPR sandbox, ${visure} visure (AR001 + FS001 each), max ${Math.round(paced.max)} ms`,
  });
  report({
    bench: 'visura-anpr',
    metric: 'PDND vouchers issued',
    value: issued,
    unit: 'vouchers',
    // One per purpose per voucher lifetime (the first ones were asked before the run), one more per purpose at most
    // for a renewal falling on the edge of the run.
    target: PURPOSES * (renewals + 1),
    better: 'lower',
    note: `${visure} visure in ${duration} s, vouchers living ${lifespan} s: ${PURPOSES} purposes x ${renewals} renewals expected`,
  });
} catch (error) {
  console.error(error);
  console.error(stack.backendOutput());
  process.exitCode = 1;
} finally {
  await stack.stop();
}

// IMU deadline reminders for a whole comune through App IO, end to end: from the taxes office's
// POST /api/staff/taxes/imu-reminders to every App IO message processed by the IO sandbox (profile check,
// submission, status follow-up), with e-mail off so that App IO is what is measured. Reports the time and the
// peak of calls per 5 seconds, which must stay within IO's 150 per key; it is not a test.
//
//   npm run build -w backend -w test-federation
//   node bench/io-reminders.mjs [--taxpayers 100000] [--replicas 1]
//
// Sizes: `--taxpayers`, else 3,000 (about five minutes), or 300 in the quick profile (about half a minute). IO
// allows 150 calls per 5 s and each reminder costs three calls, so a comune's 100,000 reminders take at least
// 100,000 × 3 / 30 per s ≈ 2.8 h whatever the portal does: the run measures the rate the portal keeps against
// that ceiling, and the time 100,000 would take at that rate.
import { parseArgs } from 'node:util';
import { staffPerson, syntheticPerson } from './lib/people.mjs';
import { sized } from './lib/profile.mjs';
import { report } from './lib/report.mjs';
import { importBackend, startBenchStack } from './lib/stack.mjs';

const { values: options } = parseArgs({
  options: {
    taxpayers: { type: 'string', default: sized({ quick: '300', full: '3000' }) },
    replicas: { type: 'string', default: '1' },
  },
});
const taxpayersWanted = Number(options.taxpayers);
const replicas = Number(options.replicas);
const IO_LIMIT_PER_5S = 150;

const { seedDemoProperties } = await importBackend('demo/f24/seed-demo-properties.js');

const today = new Date().toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));

/** One household per taxpayer wanted: each head owns what the demo generator gives them. */
function households(count) {
  const people = [];
  const list = [];
  for (let h = 0; h < count; h++) {
    const head = syntheticPerson(h);
    people.push(head);
    list.push({
      headFiscalCode: head.fiscalCode,
      memberFiscalCodes: [],
      address: `Via Milano ${(h % 120) + 1}`,
    });
  }
  return { list, people };
}

const stack = await startBenchStack({
  backends: replicas,
  env: ({ federationUrl }) => ({
    NOTIFICATIONS_WORKER: 'true',
    NOTIFICATIONS_POLL_INTERVAL_MS: '200',
    APP_IO_URL: `${federationUrl}/io/api/v1`,
    APP_IO_API_KEYS: 'taxes:sandbox-io-key-tributi',
    APP_IO_STATUS_CHECK_MS: '30000',
  }),
});
const { pool } = stack;
try {
  const { list, people } = households(taxpayersWanted);
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
  await seedDemoProperties(manager, { seed: 7, today, households: list });
  // App IO alone: the residents chose no e-mail for taxes.
  await pool.query(
    `INSERT INTO notification_preference (fiscal_code, topic, email, app_io)
     SELECT fc, 'taxes', false, true FROM unnest($1::varchar[]) AS fc`,
    [people.map((p) => p.fiscalCode)],
  );

  const session = await stack.loginWithRole(staffPerson(0), 'taxes');
  const started = performance.now();
  const response = await fetch(`${stack.backendUrl}/api/staff/taxes/imu-reminders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
    body: JSON.stringify({ year, instalment: 'saldo' }),
  });
  if (response.status !== 202) throw new Error(`start: HTTP ${response.status} ${await response.text()}`);
  const campaign = await response.json();
  let queuedSeconds = null;
  let lastReport = 0;
  let counts;
  for (;;) {
    const { rows } = await pool.query(
      `SELECT (SELECT status FROM imu_reminder_campaign WHERE id = $1) AS campaign,
              count(*) FILTER (WHERE status = 'pending')::int AS pending,
              count(*) FILTER (WHERE status = 'sent')::int AS sent,
              count(*) FILTER (WHERE status IN ('failed', 'skipped'))::int AS other
         FROM notification_outbox WHERE channel = 'app_io'`,
      [campaign.id],
    );
    counts = rows[0];
    if (counts.campaign === 'done' && queuedSeconds === null)
      queuedSeconds = (performance.now() - started) / 1000;
    if (counts.campaign === 'done' && counts.pending === 0) break;
    if (performance.now() - lastReport > 30_000) {
      lastReport = performance.now();
      const elapsed = (performance.now() - started) / 1000;
      console.error(`  … ${counts.sent} processed, ${counts.pending} pending after ${elapsed.toFixed(0)} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const seconds = (performance.now() - started) / 1000;
  const stats = await (await fetch(`${stack.federationUrl}/io/_sandbox/stats`)).json();
  const tributi = stats.keys['sandbox-io-key-tributi'] ?? { total: 0, limited: 0, windows: [] };
  const peak = Math.max(0, ...tributi.windows.map((window) => window.requests));
  const bench = `io-reminders-${taxpayersWanted}`;
  const note = `${campaign.total} taxpayers, ${counts.sent} IO messages, ${tributi.total} IO calls, ${replicas} backend(s)`;
  report({
    bench,
    metric: 'duration',
    value: seconds / 60,
    unit: 'min',
    peakRssMiB: await stack.peakRssMiB(),
    note,
  });
  report({ bench, metric: 'throughput', value: counts.sent / seconds, unit: 'messages/s', note });
  // IO's ceiling: 150 calls per 5 s per key, three calls per reminder.
  const ceiling = IO_LIMIT_PER_5S / 5 / 3;
  report({
    bench,
    metric: 'share of the IO ceiling',
    value: counts.sent / seconds / ceiling,
    unit: 'ratio',
    note: `of ${ceiling} messages/s; 100,000 reminders at this rate: ${(100_000 / (counts.sent / seconds) / 3600).toFixed(1)} h`,
  });
  report({
    bench,
    metric: 'peak IO calls per 5 s',
    value: peak,
    unit: 'calls',
    target: IO_LIMIT_PER_5S,
    better: 'lower',
    note: `${tributi.limited} answered 429`,
  });
  console.error(
    `App IO reminders, ${campaign.total} taxpayers (${replicas} backend process(es), Node ${process.version})`,
  );
  console.error(`  all queued             ${queuedSeconds?.toFixed(1)} s`);
  console.error(`  all processed by IO    ${(seconds / 60).toFixed(2)} min (${seconds.toFixed(1)} s)`);
  console.error(`  IO messages            ${counts.sent} processed, ${counts.other} skipped or failed`);
  console.error(
    `  IO calls               ${tributi.total}, peak ${peak} per 5 s (limit ${IO_LIMIT_PER_5S}), ${tributi.limited} answered 429`,
  );
  if (peak > IO_LIMIT_PER_5S || tributi.limited > 0 || counts.other > 0) process.exitCode = 1;
} catch (error) {
  console.error(stack.backendOutput().split('\n').slice(-40).join('\n'));
  console.error(error);
  process.exitCode = 1;
} finally {
  await stack.stop();
}

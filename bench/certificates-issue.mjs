// Certificates issued per second, end to end (HTTP request → subject read → PDF rendered, sealed, PAdES-signed
// → stored in PostgreSQL with its audit event → 201), and the latency distribution, for ONE backend process;
// then a bare server doing the same database work (subject and household read, the certificate row with a PDF
// of the same size, the audit row) with the same concurrency. Targets: p95 < 100 ms, at least 50 per second.
//
//   npm run build -w backend -w test-federation
//   node bench/certificates-issue.mjs [--concurrency 4] [--duration 20] [--warmup 3] [--profile DIR]
import { randomInt } from 'node:crypto';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { runClosedLoop } from './lib/closed-loop.mjs';
import { startBareServer } from './lib/http-bench.mjs';
import { syntheticPerson } from './lib/people.mjs';
import { sized } from './lib/profile.mjs';
import { visuraSql } from './lib/registry.mjs';
import { report } from './lib/report.mjs';
import { startBenchStack } from './lib/stack.mjs';

const { values: options } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '4' },
    duration: { type: 'string', default: String(sized({ quick: 5, full: 20 })) },
    warmup: { type: 'string', default: String(sized({ quick: 2, full: 3 })) },
    // Writes a V8 CPU profile of the backend into this folder (open it in Chrome DevTools).
    profile: { type: 'string' },
  },
});
const concurrency = Number(options.concurrency);
const durationMs = Number(options.duration) * 1000;
const warmupMs = Number(options.warmup) * 1000;

/** A household of three: head, spouse and child, at Via Roma 12. */
async function seedHousehold(pool) {
  const person = async (i, maritalStatus) => {
    const identity = syntheticPerson(i);
    const { rows } = await pool.query(
      `INSERT INTO registry_person (fiscal_code, family_name, given_name, sex, birth_date, birth_place_code,
         birth_place_name, citizenship, marital_status, status)
       VALUES ($1, $2, $3, $4, $5, 'I914', 'Spino d''Adda', 'IT', $6, 'resident') RETURNING id`,
      [
        identity.fiscalCode,
        identity.familyName,
        identity.givenName,
        identity.sex,
        identity.birthDate,
        maritalStatus,
      ],
    );
    return { ...identity, id: rows[0].id };
  };
  const head = await person(0, 'married');
  const spouse = await person(1, 'married');
  const child = await person(59, 'single');
  const street = await pool.query(
    `INSERT INTO registry_street (code, toponym, name) VALUES ('B1', 'Via', 'Roma') RETURNING id`,
  );
  const household = await pool.query(
    `INSERT INTO registry_household (code, street_id, civic_number, head_person_id) VALUES ('BENCH', $1, '12', $2)
     RETURNING id`,
    [street.rows[0].id, head.id],
  );
  for (const [member, code] of [
    [head, '01'],
    [spouse, '02'],
    [child, '03'],
  ]) {
    await pool.query(
      `INSERT INTO registry_household_member (household_id, person_id, relationship_code, entry_date)
       VALUES ($1, $2, $3, '2004-06-01')`,
      [household.rows[0].id, member.id, code],
    );
  }
  for (const member of [head, spouse]) {
    await pool.query(
      `INSERT INTO registry_event (person_id, kind, event_date, place_code, place_name)
       VALUES ($1, 'marriage', '2004-05-15', 'I914', 'Spino d''Adda')`,
      [member.id],
    );
  }
  return { head, spouse, child, householdId: household.rows[0].id };
}

/** The database work of one certificate, as the bare server does it. */
async function certificateSql(family, pdfBytes) {
  const [person] = await visuraSql(family.head.fiscalCode);
  return [
    person,
    {
      sql: `SELECT p.id, p.fiscal_code, p.family_name, p.given_name, m.relationship_code
              FROM registry_household_member m JOIN registry_person p ON p.id = m.person_id
             WHERE m.household_id = $1 AND m.exit_date IS NULL`,
      params: [family.householdId],
    },
    {
      sql: `INSERT INTO issued_certificate (id, code, types, subject_person_id, subject_fiscal_code,
              requester_fiscal_code, issued_at, issue_date, stamp_duty_kind, stamp_duty_exemption, seal_kid, seal_token,
              content, pdf_sha256, pdf)
            VALUES (gen_random_uuid(), upper(substr(md5(random()::text), 1, 16)), ARRAY['residence'], $1, $2, $2, now(),
              current_date, 'exempt', 'pension', 'bench', 'bench', '{}'::jsonb, repeat('0', 64), $3)`,
      params: [family.head.id, family.head.fiscalCode, { randomBytes: pdfBytes }],
    },
    {
      sql: `INSERT INTO audit_event (actor_fiscal_code, actor_role, action, subject_fiscal_code, resource_type, details)
            VALUES ($1, 'resident', 'certificate.issued', $1, 'issued_certificate', '{}'::jsonb)`,
      params: [family.head.fiscalCode],
    },
  ];
}

const stack = await startBenchStack({ cpuProfileDir: options.profile });
try {
  const family = await seedHousehold(stack.pool);
  const session = await stack.login(family.head);
  // A realistic mix: single certificates for self and family, and a certificato contestuale.
  const requests = [
    { type: 'residence', subjectId: family.head.id },
    { type: 'household_relationships', subjectId: family.head.id },
    { type: 'existence', subjectId: family.spouse.id },
    { types: ['residence', 'household', 'citizenship'], subjectId: family.child.id },
  ];
  const exemptions = ['pension', 'tax', 'court_proceedings', 'electoral'];
  const failures = [];
  const issue = async () => {
    const body = {
      ...requests[randomInt(requests.length)],
      stampDuty: { exemption: exemptions[randomInt(exemptions.length)] },
    };
    const response = await fetch(`${stack.backendUrl}/api/certificates`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status !== 201 && failures.length < 3)
      failures.push(`${response.status} ${text.slice(0, 200)}`);
    return response.status;
  };
  const portal = await runClosedLoop({ concurrency, durationMs, warmupMs, send: issue, expected: 201 });
  if (portal.unexpected.length > 0) {
    throw new Error(`${portal.unexpected.length} certificates refused: ${failures.join('; ')}`);
  }
  const peakRssMiB = await stack.peakRssMiB();
  const { rows } = await stack.pool.query(
    'SELECT count(*)::int AS count, avg(octet_length(pdf))::int AS bytes FROM issued_certificate',
  );
  const bare = await startBareServer({
    databaseUrl: stack.databaseUrl,
    variants: [await certificateSql(family, rows[0].bytes)],
  });
  let limit;
  try {
    limit = await runClosedLoop({
      concurrency,
      durationMs,
      warmupMs,
      send: async () => {
        const response = await fetch(`${bare.url}/0`);
        await response.arrayBuffer();
        return response.status;
      },
    });
  } finally {
    await bare.stop();
  }
  const note = `${concurrency} in flight, ${portal.completed} issued in ${options.duration} s, PDF ${(rows[0].bytes / 1024).toFixed(0)} KiB`;
  report({
    bench: 'certificates-issue',
    metric: 'throughput',
    value: portal.throughput,
    unit: 'certificates/s',
    target: 50,
    better: 'higher',
    ratio: portal.throughput / limit.throughput,
    p50: portal.p50,
    p99: portal.p99,
    peakRssMiB,
    note,
  });
  report({
    bench: 'certificates-issue',
    metric: 'p95',
    value: portal.p95,
    unit: 'ms',
    target: 100,
    better: 'lower',
    note: `max ${portal.max.toFixed(0)} ms`,
  });
  report({
    bench: 'certificates-issue',
    metric: 'bare throughput',
    value: limit.throughput,
    unit: 'req/s',
    p50: limit.p50,
    p99: limit.p99,
    note: 'bare http + pg: reads, certificate row with a PDF-sized blob, audit row',
  });
  console.error(`One backend process, ${os.cpus().length} CPU, Node ${process.version}`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await stack.stop();
}

// Registry helpers shared by the registry benchmarks: the demo population as an import file, its featured
// resident, the office's upload-and-wait, and the SQL of the visura.
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { importBackend } from './stack.mjs';

const { generateDemoPopulation } = await importBackend('demo/registry/demo-population.js');
const { pickDemoIdentities } = await importBackend('demo/registry/demo-identities.js');
const { demoPopulationCsv } = await importBackend('demo/registry/demo-population-csv.js');
const { DEMO_REFERENCE_DATE } = await importBackend('demo/demo-reference-date.js');

/** Writes the demo population of `size` persons as an import file (with the `events` column). */
export async function writeDemoImportFile(file, size, seed) {
  await pipeline(
    Readable.from(
      demoPopulationCsv(generateDemoPopulation({ seed, size, referenceDate: DEMO_REFERENCE_DATE })),
    ),
    createWriteStream(file),
  );
}

/** The demo identity with spouse and children of the population generated with `seed`. */
export function demoResident(seed) {
  return pickDemoIdentities({ seed, referenceDate: DEMO_REFERENCE_DATE }).resident_with_family.person;
}

/** Uploads an import file as a registry clerk and waits for the job to end; returns the job and the seconds. */
export async function importFile(stack, session, file, { onProgress } = {}) {
  const started = performance.now();
  const response = await fetch(
    `${stack.backendUrl}/api/staff/registry/imports?fileName=${path.basename(file)}`,
    {
      method: 'POST',
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrf,
        'content-type': 'text/csv',
        'content-length': String(statSync(file).size),
      },
      body: Readable.toWeb(createReadStream(file)),
      duplex: 'half',
    },
  );
  if (response.status !== 202) throw new Error(`upload refused: ${response.status} ${await response.text()}`);
  const uploadSeconds = (performance.now() - started) / 1000;
  let job = await response.json();
  while (!['completed', 'rejected', 'failed'].includes(job.state)) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const polled = await fetch(`${stack.backendUrl}/api/staff/registry/imports/${job.id}`, {
      headers: { cookie: session.cookie },
    });
    if (polled.status !== 200)
      throw new Error(`import job ${job.id}: ${polled.status} ${await polled.text()}`);
    job = await polled.json();
    onProgress?.(job);
  }
  return { job, seconds: (performance.now() - started) / 1000, uploadSeconds };
}

/** The SQL of the visura for `fiscalCode`, captured from the portal's own RegistryRecords, with its access-log row. */
export async function visuraSql(fiscalCode) {
  const { RegistryRecords } = await importBackend('registry/persistence/registry-records.js');
  const statements = [];
  const records = new RegistryRecords({
    manager: {
      query: async (sql, params) => {
        statements.push({ sql, params });
        return [];
      },
    },
  });
  await records.findPersonByFiscalCode(fiscalCode);
  return [
    ...statements,
    {
      sql: `INSERT INTO audit_event (actor_fiscal_code, actor_role, action, subject_fiscal_code, resource_type,
                                     purpose, details)
            VALUES ($1, 'resident', 'registry.read', $1, 'registry_person', 'Consultazione dei propri dati', $2)`,
      params: [fiscalCode, JSON.stringify({ view: 'visura' })],
    },
  ];
}

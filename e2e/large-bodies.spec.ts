import { randomInt, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { IMPORT_COLUMNS } from '../backend/src/registry/domain/import-columns.js';
import { grantRoles, testDb } from '../backend/test/support/db.js';
import { newIdentity } from '../backend/test/support/factories.js';
import { loginThrough, type ReplicaSession } from '../backend/test/support/session.js';

const { publicUrl, tmpDir } = inject('stack');

/** Next's proxy cut request bodies at 64 MB (`proxyClientMaxBodySize`): the file must be larger. */
const PROXY_LIMIT_BYTES = 64 * 1024 * 1024;
const FILE_BYTES = 70 * 1024 * 1024;

interface ImportJob {
  id: string;
  state: string;
  fileSize: number | null;
  rowsRead: number;
  rowsValid: number;
  rowsRejected: number;
  changes: { personsInserted: number; householdsInserted: number } | null;
  failure: string | null;
  errors: { line: number; field: string | null; reason: string }[];
}

/** Names made of three consonants give three-letter codes, so distinct names give distinct codici fiscali. */
const CONSONANTS = 'BCDFGLMNPRSTVZ';
const TRIPLES = CONSONANTS.length ** 3;

function nameFrom(index: number, vowels: string): string {
  const c = (position: number) =>
    CONSONANTS[Math.floor(index / CONSONANTS.length ** position) % CONSONANTS.length];
  return `${c(2)}${vowels[0]}${c(1).toLowerCase()}${vowels[1]}${c(0).toLowerCase()}${vowels[2]}`;
}

/**
 * Columns a registry export carries that the portal does not read (the import ignores unknown columns): they
 * make rows as long as real ones, so 70 MB are a few hundred thousand rows rather than half a million.
 */
const OTHER_COLUMNS: Record<string, [string, string]> = {
  '01': ['Impiegato amministrativo', 'Diploma di istruzione secondaria superiore'],
  '02': ['Insegnante di scuola primaria', 'Laurea magistrale'],
  '03': ['Studente', 'Diploma di istruzione secondaria di primo grado'],
};

/**
 * A registry export of a comune of a few hundred thousand residents, households of three (head, spouse, child)
 * on streets of 100 households each, until the file passes `minBytes`. Household codes carry a run prefix and
 * every person gets a codice fiscale of their own, so the whole file is new to the registry of this test run.
 */
async function writeRegistryExport(file: string, minBytes: number) {
  const run = randomUUID().slice(0, 6).toUpperCase();
  // Disjoint ranges of given-name codes per run keep the persons new even beside other runs' data.
  const givenOffset = randomInt(TRIPLES - 1_000);
  const out = createWriteStream(file);
  let bytes = 0;
  let persons = 0;
  let households = 0;
  const write = async (line: string) => {
    bytes += Buffer.byteLength(line) + 1;
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  await write([...IMPORT_COLUMNS, 'professione', 'titolo_di_studio'].join(';'));
  let last = '';
  while (bytes < minBytes) {
    const street = `V${run}${String(Math.floor(households / 100)).padStart(5, '0')}`;
    const members = [
      { relationship: '01', sex: 'M' as const, year: 1950 + (households % 35), marital: 'married' },
      { relationship: '02', sex: 'F' as const, year: 1952 + (households % 35), marital: 'married' },
      {
        relationship: '03',
        sex: households % 2 ? ('M' as const) : ('F' as const),
        year: 2008,
        marital: 'single',
      },
    ];
    for (const member of members) {
      const identity = newIdentity({
        familyName: nameFrom(persons % TRIPLES, 'aei'),
        givenName: nameFrom(givenOffset + Math.floor(persons / TRIPLES), member.sex === 'M' ? 'eio' : 'eia'),
        sex: member.sex,
        birthDate: `${member.year}-${String(1 + (persons % 12)).padStart(2, '0')}-${String(1 + (persons % 28)).padStart(2, '0')}`,
        birthPlaceCode: 'I914',
      });
      const row: Record<string, string> = {
        household_code: `F${run}${String(households).padStart(7, '0')}`,
        relationship_code: member.relationship,
        entry_date: '2020-03-01',
        street_code: street,
        street_toponym: 'Via',
        street_name: `Prova ${street}`,
        civic_number: String(1 + (households % 100)),
        internal: String(1 + (households % 7)),
        person_id: randomUUID(),
        fiscal_code: identity.fiscalCode,
        family_name: identity.familyName,
        given_name: identity.givenName,
        sex: identity.sex,
        birth_date: identity.birthDate,
        birth_place_code: identity.birthPlaceCode,
        birth_place_name: "Spino d'Adda",
        citizenship: 'IT',
        marital_status: member.marital,
        status: 'resident',
      };
      if (member.relationship !== '03') {
        Object.assign(row, {
          id_document_kind: 'cie',
          id_document_number: `CA${String(persons % 100_000).padStart(5, '0')}${member.sex === 'M' ? 'AB' : 'CD'}`,
          id_document_issued_on: '2019-05-10',
          id_document_expires_on: '2030-05-10',
        });
      }
      await write(
        [...IMPORT_COLUMNS.map((column) => row[column] ?? ''), ...OTHER_COLUMNS[member.relationship]].join(
          ';',
        ),
      );
      last = identity.fiscalCode;
      persons++;
    }
    households++;
  }
  out.end();
  await finished(out);
  return { persons, households, lastFiscalCode: last, run };
}

/**
 * Takes the imported comune out of the registry again: the browser scenarios share one database, and the
 * others expect the few residents they seed, not a comune of a few hundred thousand.
 */
async function removeImport(run: string): Promise<void> {
  const client = await testDb().connect();
  try {
    await client.query('BEGIN');
    const members = await client.query<{ person_id: string }>(
      `DELETE FROM registry_household_member m USING registry_household h
        WHERE h.id = m.household_id AND h.code LIKE $1 RETURNING m.person_id`,
      [`F${run}%`],
    );
    const persons = members.rows.map((row) => row.person_id);
    await client.query('DELETE FROM registry_event WHERE person_id = ANY($1)', [persons]);
    await client.query('DELETE FROM registry_person WHERE id = ANY($1)', [persons]);
    await client.query('DELETE FROM registry_household WHERE code LIKE $1', [`F${run}%`]);
    await client.query('DELETE FROM registry_street WHERE code LIKE $1', [`V${run}%`]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

async function waitForImport(session: ReplicaSession, id: string, timeoutMs: number): Promise<ImportJob> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = (await (
      await session.fetchAt(publicUrl, `/api/staff/registry/imports/${id}`)
    ).json()) as ImportJob;
    if (!['queued', 'running'].includes(job.state)) return job;
    if (Date.now() > deadline) throw new Error(`import ${id} still ${job.state} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

describe('large bodies through the frontend', () => {
  const file = path.join(tmpDir, `anagrafe-grande-${randomUUID()}.csv`);

  let imported: string | undefined;

  afterAll(async () => {
    await rm(file, { force: true });
    if (imported) await removeImport(imported);
  });

  it('should hand the backend’s 413 problem document to a client that posts 20 MB of JSON', async () => {
    const response = await fetch(`${publicUrl}/api/permits`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ description: 'x'.repeat(20 * 1024 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const problem = (await response.json()) as { code: string; detail: string };
    expect(problem.code).toBe('PAYLOAD_TOO_LARGE');
    expect(problem.detail).toBe('Il contenuto inviato supera la dimensione massima consentita.');
  });

  it('should still refuse through the frontend a write without the session’s CSRF token', async () => {
    const clerk = newIdentity();
    const session = await loginThrough(publicUrl, clerk);
    const refused = await fetch(`${publicUrl}/api/messages/1/read`, {
      method: 'POST',
      headers: { cookie: session.cookie() },
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { code: string }).code).toBe('CSRF_TOKEN_INVALID');
  });

  it('should import a registry file larger than 64 MB posted to the public origin, every row of it', async () => {
    const started = performance.now();
    const generated = await writeRegistryExport(file, FILE_BYTES);
    imported = generated.run;
    const { size } = await stat(file);
    expect(size).toBeGreaterThan(PROXY_LIMIT_BYTES);
    const generatedAt = performance.now();

    const clerk = newIdentity();
    await grantRoles(clerk.fiscalCode, ['registry']);
    const session = await loginThrough(publicUrl, clerk);
    const upload = await session.fetchAt(
      publicUrl,
      '/api/staff/registry/imports?fileName=anagrafe-grande.csv',
      {
        method: 'POST',
        headers: { 'content-type': 'text/csv', 'content-length': String(size) },
        body: Readable.toWeb(createReadStream(file)) as ReadableStream,
        duplex: 'half',
      } as RequestInit,
    );
    const accepted = (await upload.json()) as ImportJob;
    expect(upload.status, JSON.stringify(accepted)).toBe(202);
    expect(accepted.fileSize).toBe(size);
    const uploadedAt = performance.now();

    const job = await waitForImport(session, accepted.id, 240_000);
    expect({ state: job.state, failure: job.failure, errors: job.errors.slice(0, 3) }).toEqual({
      state: 'completed',
      failure: null,
      errors: [],
    });
    expect(job.rowsRead).toBe(generated.persons);
    expect(job.rowsValid).toBe(generated.persons);
    expect(job.rowsRejected).toBe(0);
    expect(job.changes?.personsInserted).toBe(generated.persons);
    expect(job.changes?.householdsInserted).toBe(generated.households);
    const stored = await testDb().query<{ members: string }>(
      `SELECT count(*) AS members FROM registry_household_member m
         JOIN registry_household h ON h.id = m.household_id WHERE h.code LIKE $1`,
      [`F${generated.run}%`],
    );
    expect(Number(stored.rows[0].members)).toBe(generated.persons);
    // The file's last line, the first a cut body would lose.
    const last = await testDb().query('SELECT 1 FROM registry_person WHERE fiscal_code = $1', [
      generated.lastFiscalCode,
    ]);
    expect(last.rowCount).toBe(1);
    const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
    console.info(
      `${generated.persons} persons, ${(size / 1_048_576).toFixed(1)} MiB: generated in ` +
        `${seconds(started, generatedAt)} s, uploaded in ${seconds(generatedAt, uploadedAt)} s, imported in ` +
        `${seconds(uploadedAt, performance.now())} s`,
    );
  }, 360_000);
});

import { beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from '../src/registry/domain/import-columns.js';
import { grantRoles, testDb } from './support/db.js';
import { newIdentity, type TestIdentity } from './support/factories.js';
import { uniqueCode } from './support/registry-factories.js';
import { loginAs, type TestSession } from './support/session.js';

const HEADER = [...IMPORT_COLUMNS, 'events'];

interface ImportJob {
  id: string;
  state: string;
  rowsRead: number;
  rowsValid: number;
  rowsRejected: number;
  errorCount: number;
  errors: { line: number; field: string | null; reason: string }[];
  changes: Record<string, number> | null;
}

/** The test data of one file: its own street, households and persons, so checksums see only them. */
class TestRegistry {
  readonly streetCode = uniqueCode('S', 10);
  readonly households: string[] = [];
  readonly persons: TestIdentity[] = [];

  household(): string {
    const code = uniqueCode('H');
    this.households.push(code);
    return code;
  }

  person(): TestIdentity {
    const identity = newIdentity();
    this.persons.push(identity);
    return identity;
  }

  row(
    identity: TestIdentity,
    household: string,
    overrides: Partial<Record<string, string>> = {},
  ): Record<string, string> {
    return {
      household_code: household,
      relationship_code: '01',
      entry_date: '2018-03-01',
      exit_date: '',
      street_code: this.streetCode,
      street_toponym: 'Via',
      street_name: `Importazione ${this.streetCode}`,
      civic_number: '7',
      internal: '',
      abroad_country_code: '',
      abroad_locality: '',
      abroad_address: '',
      person_id: '',
      fiscal_code: identity.fiscalCode,
      family_name: identity.familyName,
      given_name: identity.givenName,
      sex: identity.sex,
      birth_date: identity.birthDate,
      birth_place_code: identity.birthPlaceCode,
      birth_place_name: '',
      citizenship: 'IT',
      marital_status: 'single',
      status: 'resident',
      death_date: '',
      id_document_kind: '',
      id_document_number: '',
      id_document_issued_on: '',
      id_document_expires_on: '',
      events: `immigration@2018-03-01@F205`,
      ...overrides,
    };
  }

  /** Everything the file's keys reach, as text: any write to these rows changes the checksum. */
  async snapshot(): Promise<{ counts: number[]; checksum: string }> {
    const codes = this.persons.map((person) => person.fiscalCode);
    const { rows } = await testDb().query(
      `WITH persons AS (SELECT * FROM registry_person WHERE fiscal_code = ANY($1)),
            households AS (SELECT * FROM registry_household WHERE code = ANY($2)),
            members AS (SELECT m.* FROM registry_household_member m JOIN persons p ON p.id = m.person_id),
            events AS (SELECT e.* FROM registry_event e JOIN persons p ON p.id = e.person_id),
            streets AS (SELECT * FROM registry_street WHERE code = $3)
       SELECT (SELECT count(*) FROM persons)::int AS persons, (SELECT count(*) FROM households)::int AS households,
         (SELECT count(*) FROM members)::int AS members, (SELECT count(*) FROM events)::int AS events,
         (SELECT count(*) FROM streets)::int AS streets,
         md5(concat_ws('|',
           (SELECT string_agg(p::text, ',' ORDER BY p.id) FROM persons p),
           (SELECT string_agg(h::text, ',' ORDER BY h.id) FROM households h),
           (SELECT string_agg(m::text, ',' ORDER BY m::text) FROM members m),
           (SELECT string_agg(e::text, ',' ORDER BY e::text) FROM events e),
           (SELECT string_agg(s::text, ',' ORDER BY s.id) FROM streets s))) AS checksum`,
      [codes, this.households, this.streetCode],
    );
    const [row] = rows;
    return {
      counts: [row.persons, row.households, row.members, row.events, row.streets],
      checksum: row.checksum,
    };
  }
}

function csv(rows: Record<string, string>[], header: readonly string[] = HEADER): string {
  const quote = (value: string) => (/[;"\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return `${[header.join(';'), ...rows.map((row) => header.map((column) => quote(row[column] ?? '')).join(';'))].join('\n')}\n`;
}

let clerk: TestSession;

async function upload(body: string | Buffer, session = clerk): Promise<Response> {
  return session.fetch('/api/staff/registry/imports?fileName=anagrafe.csv', {
    method: 'POST',
    headers: { 'content-type': 'text/csv; charset=utf-8' },
    body,
  });
}

async function importFile(body: string | Buffer): Promise<ImportJob> {
  const response = await upload(body);
  expect(response.status).toBe(202);
  const job = (await response.json()) as ImportJob;
  expect(response.headers.get('location')).toBe(`/api/staff/registry/imports/${job.id}`);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const current = (await (await clerk.fetch(`/api/staff/registry/imports/${job.id}`)).json()) as ImportJob;
    if (['completed', 'rejected', 'failed'].includes(current.state)) return current;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`import ${job.id} did not finish`);
}

beforeAll(async () => {
  const identity = newIdentity();
  await grantRoles(identity.fiscalCode, ['registry']);
  clerk = await loginAs(identity);
});

describe('registry import', () => {
  it('should load a valid file in the background and report its changes', async () => {
    const data = new TestRegistry();
    const household = data.household();
    const [head, spouse, child] = [data.person(), data.person(), data.person()];
    const job = await importFile(
      csv([
        data.row(head, household, { marital_status: 'married' }),
        data.row(spouse, household, { relationship_code: '02', marital_status: 'married', internal: '' }),
        data.row(child, household, { relationship_code: '3', events: '' }),
      ]),
    );
    expect(job).toMatchObject({
      state: 'completed',
      rowsRead: 3,
      rowsValid: 3,
      rowsRejected: 0,
      errorCount: 0,
    });
    expect(job.changes).toMatchObject({
      personsInserted: 3,
      householdsInserted: 1,
      membershipsInserted: 3,
      eventsInserted: 2,
    });
    expect((await data.snapshot()).counts).toEqual([3, 1, 3, 2, 1]);
    const { rows } = await testDb().query(
      `SELECT p.fiscal_code FROM registry_household h JOIN registry_person p ON p.id = h.head_person_id WHERE h.code = $1`,
      [household],
    );
    expect(rows).toEqual([{ fiscal_code: head.fiscalCode }]);
  });

  it('should change nothing when the same file is imported again', async () => {
    const data = new TestRegistry();
    const household = data.household();
    const file = csv([
      data.row(data.person(), household),
      data.row(data.person(), household, { relationship_code: '23' }),
    ]);
    expect((await importFile(file)).state).toBe('completed');
    const before = await data.snapshot();
    const again = await importFile(file);
    expect(again.state).toBe('completed');
    const { personsNotInFile: _notInFile, ...changes } = again.changes ?? {};
    expect(Object.keys(changes)).toHaveLength(11);
    expect(Object.values(changes).every((count) => count === 0)).toBe(true);
    expect(await data.snapshot()).toEqual(before);
  });

  it('should name each broken row and change nothing, not even the valid rows of the file', async () => {
    const data = new TestRegistry();
    const household = data.household();
    const [head, member] = [data.person(), data.person()];
    expect((await importFile(csv([data.row(head, household)]))).state).toBe('completed');
    const before = await data.snapshot();

    const newcomer = data.person();
    const brokenCode = `${member.fiscalCode.slice(0, 15)}${member.fiscalCode[15] === 'Z' ? 'Y' : 'Z'}`;
    const job = await importFile(
      csv([
        data.row(head, household, { civic_number: '8', family_name: 'Cambiato' }),
        data.row(member, household, { relationship_code: '02', fiscal_code: brokenCode }),
        data.row(newcomer, data.household(), { birth_date: '31/02/1990', sex: 'X' }),
        data.row(data.person(), data.household(), { entry_date: '2999-01-01' }),
      ]),
    );
    expect(job.state).toBe('rejected');
    expect(job.rowsRejected).toBe(3);
    expect(job.errors).toEqual(
      expect.arrayContaining([
        { line: 3, field: 'fiscal_code', reason: expect.stringContaining('codice fiscale non valido') },
        { line: 4, field: 'birth_date', reason: expect.stringContaining('non è una data valida') },
        { line: 4, field: 'sex', reason: expect.stringContaining('«X»') },
        { line: 5, field: 'entry_date', reason: expect.stringContaining('nel futuro') },
      ]),
    );
    expect(job.changes).toBeNull();
    expect(await data.snapshot()).toEqual(before);
  });

  it('should refuse duplicated keys and leave the registry as it was', async () => {
    const data = new TestRegistry();
    const person = data.person();
    const before = await data.snapshot();
    const job = await importFile(
      csv([data.row(person, data.household()), data.row(person, data.household())]),
    );
    expect(job.state).toBe('rejected');
    expect(job.errors).toContainEqual({
      line: 3,
      field: 'fiscal_code',
      reason: 'codice fiscale già presente alla riga 2',
    });
    expect(await data.snapshot()).toEqual(before);
    expect(before.counts).toEqual([0, 0, 0, 0, 0]);
  });

  it('should refuse a file that is not UTF-8, naming the line, without creating a job', async () => {
    const data = new TestRegistry();
    const text = csv([data.row(data.person(), data.household(), { given_name: 'Nicolò' })]);
    const latin1 = Buffer.from(text, 'latin1');
    const jobs = async () =>
      (
        await testDb().query('SELECT count(*)::int AS jobs FROM registry_import WHERE started_by = $1', [
          clerk.fiscalCode,
        ])
      ).rows[0].jobs;
    const before = await jobs();
    const response = await upload(latin1);
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ code: 'REGISTRY_IMPORT_ENCODING', line: 2 });
    expect(await jobs()).toBe(before);
    expect((await data.snapshot()).counts).toEqual([0, 0, 0, 0, 0]);
  });

  it('should refuse a header without a required column, naming it', async () => {
    const data = new TestRegistry();
    const header = HEADER.filter((column) => column !== 'fiscal_code');
    const response = await upload(csv([data.row(data.person(), data.household())], header));
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ code: 'REGISTRY_IMPORT_HEADER', field: 'fiscal_code' });
  });

  it('should refuse a body that is not CSV and a caller without the registry role', async () => {
    const json = await clerk.fetch('/api/staff/registry/imports', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(415);
    const resident = await loginAs(newIdentity());
    expect((await upload('household_code\n', resident)).status).toBe(403);
  });

  it('should move a person to another household and keep the old membership as history', async () => {
    const data = new TestRegistry();
    const [first, second] = [data.household(), data.household()];
    const [mover, stayer, newHead] = [data.person(), data.person(), data.person()];
    await importFile(csv([data.row(stayer, first), data.row(mover, first, { relationship_code: '09' })]));
    const job = await importFile(
      csv([
        data.row(stayer, first),
        data.row(newHead, second, { civic_number: '9' }),
        data.row(mover, second, { relationship_code: '09', civic_number: '9', entry_date: '2024-06-10' }),
      ]),
    );
    expect(job.changes).toMatchObject({ membershipsClosed: 1, membershipsInserted: 2, personsInserted: 1 });
    const { rows } = await testDb().query(
      `SELECT h.code, m.entry_date::text, m.exit_date::text FROM registry_household_member m
       JOIN registry_household h ON h.id = m.household_id JOIN registry_person p ON p.id = m.person_id
       WHERE p.fiscal_code = $1 ORDER BY m.entry_date`,
      [mover.fiscalCode],
    );
    expect(rows).toEqual([
      { code: first, entry_date: '2018-03-01', exit_date: '2024-06-10' },
      { code: second, entry_date: '2024-06-10', exit_date: null },
    ]);
  });

  it('should show its progress counters while it runs and afterwards', async () => {
    const data = new TestRegistry();
    const rows = Array.from({ length: 40 }, () => data.row(data.person(), data.household()));
    const job = await importFile(csv(rows));
    expect(job).toMatchObject({ state: 'completed', rowsRead: 40, rowsValid: 40 });
    const list = (await (await clerk.fetch('/api/staff/registry/imports')).json()) as {
      items: { id: string }[];
    };
    expect(list.items.map((item) => item.id)).toContain(job.id);
  });
});

import { describe, expect, inject, it } from 'vitest';
import { pdfText } from '../../src/certificates/pdf/poppler.fixtures.js';
import { seedAnprHousehold } from '../support/anpr-sandbox.js';
import { testDb } from '../support/db.js';
import type { SeededHousehold, SeededPerson } from '../support/registry-factories.js';
import { loginAs, type TestSession } from '../support/session.js';

const { federationUrl, registrySource } = inject('stack');

const EXEMPT = { exemption: 'pension' };

async function family(): Promise<SeededHousehold> {
  return seedAnprHousehold(federationUrl, [
    { relationshipCode: '01', entryDate: '2012-09-01' },
    { relationshipCode: '02', entryDate: '2012-09-01' },
    { relationshipCode: '03', entryDate: '2014-02-11' },
  ]);
}

function upperName(person: SeededPerson): string {
  return `${person.familyName} ${person.givenName}`.toUpperCase();
}

async function issue(session: TestSession, body: Record<string, unknown>): Promise<Response> {
  return session.fetch('/api/certificates', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function issuedPdfText(session: TestSession, body: Record<string, unknown>): Promise<string> {
  const response = await issue(session, body);
  expect(response.status, await response.clone().text()).toBe(201);
  const created = (await response.json()) as { downloadUrl: string };
  const pdf = await session.fetch(created.downloadUrl);
  expect(pdf.status).toBe(200);
  return pdfText(Buffer.from(await pdf.arrayBuffer()));
}

describe('certificates for a person served by ANPR (REGISTRY_SOURCE=anpr)', () => {
  it('should list the requester and their ANPR household as subjects, with nothing in the local tables', async () => {
    expect(registrySource).toBe('anpr');
    const household = await family();
    const [head, spouse, child] = household.members;
    const response = await (await loginAs(spouse)).fetch('/api/certificates/subjects');
    expect(response.status, await response.clone().text()).toBe(200);
    const { subjects } = (await response.json()) as {
      subjects: { personId: string; relationship: string; self: boolean }[];
    };
    expect(subjects.map((subject) => [subject.personId, subject.self])).toEqual([
      [spouse.id, true],
      [head.id, false],
      [child.id, false],
    ]);
    const { rows } = await testDb().query(
      'SELECT count(*)::int AS n FROM registry_person WHERE fiscal_code = $1',
      [head.fiscalCode],
    );
    expect(rows[0].n).toBe(0);
  });

  it('should issue a residence and a family certificate printing what ANPR gives', async () => {
    const household = await family();
    const [head, spouse, child] = household.members;
    const session = await loginAs(head);

    const residence = await issuedPdfText(session, {
      type: 'residence',
      subjectId: head.id,
      stampDuty: EXEMPT,
    });
    expect(residence).toContain('CERTIFICATO DI RESIDENZA');
    expect(residence).toContain(upperName(head));
    expect(residence).toContain(`codice fiscale ${head.fiscalCode}`);
    expect(residence).toContain(household.streetName);
    expect(residence).toContain(household.civicNumber);
    expect(residence).not.toMatch(/cittadinanza|stato civile/i);

    const familyText = await issuedPdfText(session, {
      type: 'household',
      subjectId: head.id,
      stampDuty: EXEMPT,
    });
    expect(familyText).toContain('CERTIFICATO DI STATO DI FAMIGLIA');
    for (const member of [head, spouse, child]) expect(familyText).toContain(upperName(member));
    expect(familyText).not.toMatch(/cittadinanza|stato civile/i);
  });

  it('should refuse the certificate types that print a citizenship or marital status ANPR does not give', async () => {
    const household = await family();
    const [head] = household.members;
    const session = await loginAs(head);
    for (const type of ['citizenship', 'marital_status', 'free_status']) {
      const response = await issue(session, { type, subjectId: head.id, stampDuty: EXEMPT });
      expect(response.status, type).toBe(422);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = (await response.json()) as { code: string; detail: string; field: string };
      expect(problem.code).toBe('CERTIFICATE_TYPE_NOT_AVAILABLE');
      expect(problem.field).toMatch(/^type/);
      expect(problem.detail).toMatch(/non risulta registrat/);
    }
  });
});

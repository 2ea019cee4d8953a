import { randomInt } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { romeDay } from '../src/common/italian/rome-day.js';
import { grantRoles, testDb } from './support/db.js';
import { newIdentity } from './support/factories.js';
import { type PracticePartyInput, practiceParty, registerPractice } from './support/permit-factories.js';
import { type SeededHousehold, seedHousehold } from './support/registry-factories.js';
import { loginAs, type TestSession } from './support/session.js';

const today = romeDay(new Date());
// Runs with the local registry (`e2e`) and with ANPR through PDND (`e2e-anpr`), the household seeded where the
// portal reads it. ANPR gives no identity document, so its expiry is a deadline with the local registry only.
const anpr = inject('stack').registrySource === 'anpr';

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function json(body: unknown, method = 'POST'): RequestInit {
  return { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

async function ok<T>(response: Response, status = 200): Promise<T> {
  expect(response.status, await response.clone().text()).toBe(status);
  return (await response.json()) as T;
}

interface MessagePage {
  total: number;
  unread: number;
  items: { id: string; kind: string; subject: string; readAt: string | null; locale: string }[];
}

interface Summary {
  practices: { total: number; counts: Record<string, number>; next: { id: string; actionNeeded: boolean }[] };
  documents: { certificates: number; latest: { kind: string }[] };
  messages: { total: number; unread: number; latest: { id: string }[] };
  deadlines: { kind: string; date: string; overdue: boolean; reference: string }[];
}

interface StaffHome {
  roles: string[];
  registry?: { openCorrections: number };
  permits?: { overdue: number; integrationsReceived: number };
  taxes?: { bulkJobs: unknown[] };
}

/** A permesso di costruire with these parties, registered by the office. */
function registerPdc(staff: TestSession, parties: PracticePartyInput[]) {
  return registerPractice(staff, {
    type: 'PDC',
    description: 'Ampliamento di un edificio residenziale',
    parties,
  });
}

async function move(staff: TestSession, id: string, to: string, body: Record<string, unknown> = {}) {
  const view = await ok<{ version: number }>(await staff.fetch(`/api/staff/permits/${id}`));
  return ok(
    await staff.fetch(
      `/api/staff/permits/${id}/transitions`,
      json({ to, expectedVersion: view.version, ...body }),
    ),
  );
}

describe('personal area', () => {
  let household: SeededHousehold;
  let resident: TestSession;
  let partner: TestSession;
  let stranger: TestSession;
  let clerk: TestSession;
  let practiceId: string;
  const integrationDue = addDays(today, 20);

  beforeAll(async () => {
    household = await seedHousehold([
      {
        relationshipCode: '01',
        document: {
          kind: 'cie',
          number: `CA${randomInt(1e5, 1e6)}AA`,
          issuedOn: '2016-01-10',
          expiresOn: addDays(today, 30),
        },
      },
      { relationshipCode: '02' },
    ]);
    const [head, spouse] = household.members;
    const officer = newIdentity();
    await grantRoles(officer.fiscalCode, ['permits']);
    [resident, partner, stranger, clerk] = await Promise.all([
      loginAs(head),
      loginAs({ ...spouse, email: undefined }),
      loginAs(newIdentity()),
      loginAs(officer),
    ]);
    // The spouse is a co-applicant without an e-mail address: the messages must still reach their inbox.
    const practice = await registerPdc(clerk, [
      practiceParty('applicant', head, `${head.fiscalCode.toLowerCase()}@example.test`),
      practiceParty('co_applicant', spouse, null),
    ]);
    practiceId = practice.id;
    await move(clerk, practiceId, 'assigned', { caseOfficerFiscalCode: officer.fiscalCode });
    await move(clerk, practiceId, 'under_review');
    await move(clerk, practiceId, 'integration_requested', {
      dueDate: integrationDue,
      requestedDocuments: ['Tavola 3 aggiornata'],
      publicNote: 'Manca la tavola 3.',
    });
    const certificate = await resident.fetch(
      '/api/certificates',
      json({ type: 'residence', subjectId: head.id, stampDuty: { exemption: 'pension' } }),
    );
    expect(certificate.status, await certificate.clone().text()).toBe(201);
  });

  it('should sum up the resident’s practices, certificates, messages and deadlines, the next action first', async () => {
    const summary = await ok<Summary>(await resident.fetch('/api/personal-area/summary'));
    expect(summary.practices.total).toBe(1);
    expect(summary.practices.counts.da_integrare).toBe(1);
    expect(summary.practices.next[0]).toMatchObject({ id: practiceId, actionNeeded: true });
    expect(summary.documents.certificates).toBe(1);
    expect(summary.documents.latest.map((document) => document.kind)).toContain('certificate');
    // Registered, assigned, under review, integration requested; and the certificate's receipt.
    expect(summary.messages).toMatchObject({ total: 5, unread: 5 });
    const deadlines = summary.deadlines.map((deadline) => [deadline.kind, deadline.date]);
    expect(deadlines).toEqual(
      anpr
        ? [['integration', integrationDue]]
        : expect.arrayContaining([
            ['identity_document', addDays(today, 30)],
            ['integration', integrationDue],
          ]),
    );
    const dates = summary.deadlines.map((deadline) => deadline.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('should never show a resident another person’s practices, certificates or messages', async () => {
    const summary = await ok<Summary>(await stranger.fetch('/api/personal-area/summary'));
    expect(summary.practices.total).toBe(0);
    expect(summary.documents.certificates).toBe(0);
    expect(summary.messages.total).toBe(0);
    expect(summary.deadlines).toEqual([]);
    const theirs = await ok<MessagePage>(await resident.fetch('/api/messages'));
    const read = await stranger.fetch(`/api/messages/${theirs.items[0].id}/read`, { method: 'POST' });
    expect(read.status).toBe(404);
    expect(read.headers.get('content-type')).toContain('application/problem+json');
    const after = await ok<MessagePage>(await resident.fetch('/api/messages'));
    expect(after.items[0].readAt).toBeNull();
  });

  it('should keep the messages of a party without an e-mail address in their inbox and App IO, never e-mail', async () => {
    const page = await ok<MessagePage>(await partner.fetch('/api/messages'));
    expect(page.total).toBe(4);
    expect(page.items[0].kind).toBe('permits.integration_requested');
    // App IO addresses the person by codice fiscale; e-mail has no address to go to.
    const { rows } = await testDb().query<{ channel: string; count: number }>(
      'SELECT channel, count(*)::int AS count FROM notification_outbox WHERE resource_id = $1 AND recipient = $2 GROUP BY channel',
      [practiceId, household.members[1].fiscalCode],
    );
    expect(rows).toEqual([{ channel: 'app_io', count: 4 }]);
  });

  it('should mark a message read once and count it out of the unread', async () => {
    const before = await ok<MessagePage>(await partner.fetch('/api/messages?pageSize=2'));
    expect(before.items).toHaveLength(2);
    expect(before.unread).toBe(4);
    const read = await ok<{ readAt: string }>(
      await partner.fetch(`/api/messages/${before.items[0].id}/read`, { method: 'POST' }),
    );
    expect(read.readAt).not.toBeNull();
    const again = await ok<{ readAt: string }>(
      await partner.fetch(`/api/messages/${before.items[0].id}/read`, { method: 'POST' }),
    );
    expect(again.readAt).toBe(read.readAt);
    const after = await ok<MessagePage>(await partner.fetch('/api/messages'));
    expect(after.unread).toBe(3);
    const unread = await ok<MessagePage>(await partner.fetch('/api/messages?unread=true'));
    expect(unread.total).toBe(3);
    expect(unread.items.map((item) => item.id)).not.toContain(before.items[0].id);
  });

  it('should write the messages of a person who chose English in English', async () => {
    const identity = newIdentity();
    await loginAs(identity);
    await testDb().query("UPDATE app_user SET preferred_locale = 'en' WHERE fiscal_code = $1", [
      identity.fiscalCode,
    ]);
    await registerPdc(clerk, [practiceParty('applicant', identity, null)]);
    // Logging in again without a lang cookie keeps the stored choice.
    const session = await loginAs(identity);
    const page = await ok<MessagePage>(await session.fetch('/api/messages'));
    expect(page.items[0]).toMatchObject({ locale: 'en', subject: expect.stringMatching(/practice/i) });
  });

  it('should show each clerk only the sections of their offices, and refuse residents', async () => {
    const home = await ok<StaffHome>(await clerk.fetch('/api/staff/home'));
    expect(home.roles).toEqual(['permits']);
    expect(home.permits).toBeDefined();
    expect(home.registry).toBeUndefined();
    expect(home.taxes).toBeUndefined();

    const registryClerk = newIdentity();
    await grantRoles(registryClerk.fiscalCode, ['registry', 'taxes']);
    const both = await ok<StaffHome>(await (await loginAs(registryClerk)).fetch('/api/staff/home'));
    expect(both.registry?.openCorrections).toEqual(expect.any(Number));
    expect(both.taxes?.bulkJobs).toEqual(expect.any(Array));
    expect(both.permits).toBeUndefined();

    const refused = await resident.fetch('/api/staff/home');
    expect(refused.status).toBe(403);
  });

  it('should list integrations received for the permits office', async () => {
    const identity = newIdentity();
    const applicant = await loginAs(identity);
    const practice = await registerPdc(clerk, [practiceParty('applicant', identity, null)]);
    await move(clerk, practice.id, 'assigned', { caseOfficerFiscalCode: clerk.fiscalCode });
    await move(clerk, practice.id, 'under_review');
    await move(clerk, practice.id, 'integration_requested', {
      dueDate: addDays(today, 10),
      requestedDocuments: ['Relazione'],
    });
    // The integrations are submitted with at least one document, as the office asked.
    const form = new FormData();
    const pdf = '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n';
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'relazione.pdf');
    await ok(
      await applicant.fetch(`/api/permits/${practice.id}/documents`, { method: 'POST', body: form }),
      201,
    );
    const own = await ok<{ version: number }>(await applicant.fetch(`/api/permits/${practice.id}`));
    await ok(
      await applicant.fetch(
        `/api/permits/${practice.id}/transitions`,
        json({ to: 'integrations_submitted', expectedVersion: own.version }),
      ),
    );
    const home = await ok<StaffHome>(await clerk.fetch('/api/staff/home'));
    expect(home.permits?.integrationsReceived).toBeGreaterThanOrEqual(1);
  });

  it('should store an anonymous rating per page and refuse a rating outside 1-5', async () => {
    const comment = `Chiaro ${randomInt(1e9)}`;
    const stored = await fetchPublic(
      '/api/feedback',
      json({ page: '/certificati', rating: 4, answer: 'complete', comment }),
    );
    expect(stored.status).toBe(204);
    const { rows } = await testDb().query(
      'SELECT page, rating, answer FROM service_feedback WHERE comment = $1',
      [comment],
    );
    expect(rows).toEqual([{ page: '/certificati', rating: 4, answer: 'complete' }]);

    const bad = await fetchPublic('/api/feedback', json({ page: '/certificati', rating: 6 }));
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const long = await fetchPublic(
      '/api/feedback',
      json({ page: '/pratiche', rating: 3, comment: 'x'.repeat(201) }),
    );
    expect(long.status).toBe(400);
  });
});

function fetchPublic(path: string, init: RequestInit): Promise<Response> {
  return fetch(`${inject('stack').backendUrl}${path}`, init);
}

import { describe, expect, inject, it } from 'vitest';
import { pdfText } from '../src/certificates/pdf/poppler.fixtures.js';
import { grantRoles, testDb } from './support/db.js';
import { newIdentity, type TestIdentity } from './support/factories.js';
import {
  type MemberSeed,
  type SeededHousehold,
  seedHousehold,
  seedLocalHousehold,
} from './support/registry-factories.js';
import { loginAs, type TestSession } from './support/session.js';

// Runs in the `e2e` project (local registry tables) and in `e2e-anpr` (ANPR through PDND): the residents are
// seeded where the portal reads them; what ANPR does not give by design is asserted as such.
const { backendUrl, registrySource } = inject('stack');
const anpr = registrySource === 'anpr';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

const FAMILY: MemberSeed[] = [
  {
    relationshipCode: '01',
    maritalStatus: 'married',
    entryDate: '2012-09-01',
    document: { kind: 'cie', number: 'CA12345AB', issuedOn: '2020-01-10', expiresOn: '2030-01-10' },
  },
  { relationshipCode: '02', maritalStatus: 'married', entryDate: '2012-09-01' },
  { relationshipCode: '03', entryDate: '2014-02-11' },
];

/** A couple and their child, where the portal reads the registry for residents. */
async function family(): Promise<SeededHousehold> {
  return seedHousehold(FAMILY);
}

/**
 * The same family in the registry tables, which the office's search and record pages read whichever source
 * serves the residents (docs/registry-anpr.md, "What stays local in ANPR mode").
 */
async function officeFamily(): Promise<SeededHousehold> {
  return seedLocalHousehold(FAMILY);
}

async function staff(
  roles: ('registry' | 'permits' | 'admin')[],
): Promise<{ identity: TestIdentity; session: TestSession }> {
  const identity = newIdentity();
  await grantRoles(identity.fiscalCode, roles);
  return { identity, session: await loginAs(identity) };
}

async function json<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

interface AccessLogPage {
  items: {
    who: { kind: string; name: string; office: string | null; role: string };
    what: string;
    why: string | null;
  }[];
  nextBefore: string | null;
}

describe('registry: what a resident sees', () => {
  it('should show the visura with residence, since when, document and household role', async () => {
    const household = await family();
    const [head] = household.members;
    const session = await loginAs(head);
    const response = await session.fetch('/api/registry/me');
    expect(response.status).toBe(200);
    const visura = await json(response);
    expect(visura).toMatchObject({
      id: head.id,
      fiscalCode: head.fiscalCode,
      givenName: head.givenName,
      familyName: head.familyName,
      birthDate: head.birthDate,
      birthPlace: { code: 'I914', name: "Spino d'Adda (CR)" },
      // ANPR's AR001 and FS001 carry no citizenship, marital status or identity document: the visura says so.
      citizenship: anpr ? { code: '', label: 'Non fornito da ANPR' } : { code: 'IT', label: 'Italia' },
      maritalStatus: anpr
        ? { code: '', label: 'Non fornito da ANPR' }
        : { code: 'married', label: head.sex === 'M' ? 'Coniugato' : 'Coniugata' },
      status: { code: 'resident' },
      identityDocument: anpr
        ? null
        : { kind: 'cie', number: 'CA12345AB', expiresOn: '2030-01-10', expired: false },
      residence: {
        since: '2012-09-01',
        address: {
          kind: 'street',
          street: `Via ${household.streetName}`,
          civicNumber: household.civicNumber,
          internal: '2',
        },
      },
      // ANPR gives the members of the famiglia anagrafica, not the comune's household code.
      household: {
        code: anpr ? '' : household.code,
        relationship: { code: '01', label: 'Intestatario della scheda' },
      },
      recordBlocked: null,
    });
  });

  it('should list the household members with relationship labels and entry dates', async () => {
    const household = await family();
    const [head, spouse, child] = household.members;
    const session = await loginAs(spouse);
    const response = await session.fetch('/api/registry/me/household');
    expect(response.status).toBe(200);
    const body = await json<{ code: string; members: Record<string, unknown>[] }>(response);
    expect(body.code).toBe(anpr ? '' : household.code);
    expect(body.members).toEqual([
      expect.objectContaining({
        personId: head.id,
        relationship: { code: '01', label: 'Intestatario della scheda' },
        isHead: true,
        isYou: false,
      }),
      expect.objectContaining({
        personId: spouse.id,
        relationship: { code: '02', label: 'Marito / Moglie' },
        isYou: true,
      }),
      expect.objectContaining({
        personId: child.id,
        entryDate: '2014-02-11',
        relationship: { code: '03', label: 'Figlio / Figlia' },
      }),
    ]);
  });

  it('should show a member of the own household and nobody else', async () => {
    const household = await family();
    const other = await family();
    const session = await loginAs(household.members[0]);
    const member = await session.fetch(`/api/registry/me/household/${household.members[2].id}`);
    expect(member.status).toBe(200);
    expect(await json(member)).toMatchObject({ fiscalCode: household.members[2].fiscalCode });

    const stranger = await session.fetch(`/api/registry/me/household/${other.members[0].id}`);
    expect(stranger.status).toBe(404);
    const problem = await json(stranger);
    expect(problem).toMatchObject({ code: 'HOUSEHOLD_MEMBER_NOT_FOUND' });
    expect(JSON.stringify(problem)).not.toContain(other.members[0].fiscalCode);
    expect((await session.fetch('/api/registry/me/household/not-a-uuid')).status).toBe(404);
  });

  it('should answer 404 in Italian to a logged-in person who is not in the registry', async () => {
    const session = await loginAs(newIdentity());
    for (const path of [
      '/api/registry/me',
      '/api/registry/me/household',
      '/api/registry/me/autocertificazione.pdf',
    ]) {
      const response = await session.fetch(path);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await json(response)).toMatchObject({
        code: 'REGISTRY_PERSON_NOT_FOUND',
        detail: expect.stringContaining('anagrafe'),
      });
    }
  });

  it('should refuse anonymous callers', async () => {
    const response = await fetch(`${backendUrl}/api/registry/me`);
    expect(response.status).toBe(401);
  });

  it('should prefill the autocertificazione PDF with the household, text extractable', async () => {
    const household = await family();
    const [head, spouse] = household.members;
    const session = await loginAs(head);
    const response = await session.fetch('/api/registry/me/autocertificazione.pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('DICHIARAZIONE SOSTITUTIVA DI CERTIFICAZIONE');
    expect(text).toContain(head.fiscalCode);
    expect(text).toContain(`${spouse.familyName} ${spouse.givenName}`);
    expect(text).toContain(household.streetName);
  });
});

describe('registry: access log ("chi ha consultato i miei dati")', () => {
  it('should log the resident’s own read and a family member’s read of the household', async () => {
    const household = await family();
    const [head, spouse] = household.members;
    const headSession = await loginAs(head);
    await headSession.fetch('/api/registry/me');
    await headSession.fetch('/api/registry/me/household');

    const own = await json<AccessLogPage>(await headSession.fetch('/api/registry/me/access-log'));
    expect(own.items.slice(0, 2)).toEqual([
      expect.objectContaining({
        who: expect.objectContaining({ kind: 'self', name: 'Tu' }),
        what: 'Composizione della famiglia anagrafica',
      }),
      expect.objectContaining({
        who: expect.objectContaining({ kind: 'self' }),
        what: expect.stringContaining('Visura'),
        why: 'Consultazione dei propri dati anagrafici',
      }),
    ]);

    const spouseSession = await loginAs(spouse);
    const theirs = await json<AccessLogPage>(await spouseSession.fetch('/api/registry/me/access-log'));
    expect(theirs.items).toContainEqual(
      expect.objectContaining({
        who: expect.objectContaining({
          kind: 'household_member',
          name: `${head.givenName} ${head.familyName}`,
        }),
        why: 'Consultazione della propria famiglia anagrafica',
      }),
    );
  });

  it('should log a clerk’s read with the office, a masked name and the purpose', async () => {
    const household = await officeFamily();
    const [head] = household.members;
    const clerk = await staff(['registry']);
    const purpose = 'Verifica della residenza per la pratica 42';
    const record = await clerk.session.fetch(
      `/api/staff/registry/persons/${head.id}?purpose=${encodeURIComponent(purpose)}`,
    );
    expect(record.status).toBe(200);

    const session = await loginAs(head);
    const log = await json<AccessLogPage>(await session.fetch('/api/registry/me/access-log?limit=5'));
    expect(log.items[0]).toMatchObject({
      who: {
        kind: 'staff',
        role: 'registry',
        office: 'Ufficio Anagrafe',
        name: `${clerk.identity.givenName} ${clerk.identity.familyName.charAt(0)}.`,
      },
      what: 'Scheda anagrafica completa con storico',
      why: purpose,
    });
    expect(JSON.stringify(log)).not.toContain(clerk.identity.familyName);
  });

  it('should log the office’s read of a practice party from the registry, with the office and the purpose', async () => {
    const household = await family();
    const [head] = household.members;
    const clerk = await staff(['permits']);
    const registered = await clerk.session.fetch('/api/staff/permits', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'PDC',
        protocolNumber: `${Date.now() % 1_000_000}/2026`,
        protocolDate: '2026-01-15',
        address: 'Via Roma 1',
        cadastral: { sheet: '5', parcel: '120', subaltern: '3' },
        description: 'Ampliamento di un edificio residenziale',
        parties: [
          {
            role: 'applicant',
            fiscalCode: head.fiscalCode,
            givenName: 'Nome',
            familyName: 'Digitato',
            email: null,
          },
        ],
      }),
    });
    expect(registered.status, await registered.clone().text()).toBe(201);

    const log = await json<AccessLogPage>(await (await loginAs(head)).fetch('/api/registry/me/access-log'));
    expect(log.items).toContainEqual({
      id: expect.any(String),
      at: expect.any(String),
      who: {
        kind: 'staff',
        role: 'permits',
        office: "Sportello Unico per l'Edilizia",
        name: `${clerk.identity.givenName} ${clerk.identity.familyName.charAt(0)}.`,
      },
      what: 'Generalità come soggetto di una pratica edilizia',
      why: 'Registrazione di una pratica edilizia: generalità dei soggetti',
    });
  });

  it('should page the log with a cursor', async () => {
    const household = await family();
    const session = await loginAs(household.members[0]);
    for (let i = 0; i < 3; i++) await session.fetch('/api/registry/me');
    const first = await json<AccessLogPage>(await session.fetch('/api/registry/me/access-log?limit=2'));
    expect(first.items).toHaveLength(2);
    expect(first.nextBefore).not.toBeNull();
    const second = await json<AccessLogPage>(
      await session.fetch(`/api/registry/me/access-log?limit=2&before=${first.nextBefore}`),
    );
    expect(second.items.length).toBeGreaterThanOrEqual(1);
  });
});

describe('registry office', () => {
  it('should refuse the search and the record to a caller without the registry role', async () => {
    const household = await family();
    const resident = await loginAs(household.members[0]);
    expect((await resident.fetch('/api/staff/registry/persons?q=rossi')).status).toBe(403);
    const permits = await staff(['permits']);
    expect((await permits.session.fetch('/api/staff/registry/persons?q=rossi')).status).toBe(403);
    expect(
      (
        await permits.session.fetch(
          `/api/staff/registry/persons/${household.members[0].id}?purpose=controllo`,
        )
      ).status,
    ).toBe(403);
    expect((await permits.session.fetch('/api/staff/registry/corrections')).status).toBe(403);
  });

  it('should refuse a malformed codice fiscale naming the field', async () => {
    const clerk = await staff(['registry']);
    const valid = newIdentity().fiscalCode;
    const broken = `${valid.slice(0, 15)}${valid[15] === 'A' ? 'B' : 'A'}`;
    const response = await clerk.session.fetch(`/api/staff/registry/persons?q=${broken}`);
    expect(response.status).toBe(422);
    expect(await json(response)).toMatchObject({ code: 'INVALID_FISCAL_CODE', field: 'q' });
  });

  it('should find a person by codice fiscale, by name and by address, and log each result', async () => {
    const household = await officeFamily();
    const [head] = household.members;
    const clerk = await staff(['admin']);
    const byCode = await json<{ searchedBy: string; items: { id: string }[] }>(
      await clerk.session.fetch(`/api/staff/registry/persons?q=${head.fiscalCode.toLowerCase()}`),
    );
    expect(byCode).toMatchObject({ searchedBy: 'fiscal_code', items: [{ id: head.id }] });

    const byName = await json<{ searchedBy: string; items: { id: string }[] }>(
      await clerk.session.fetch(
        `/api/staff/registry/persons?q=${encodeURIComponent(`${head.givenName} ${head.familyName}`)}`,
      ),
    );
    expect(byName.searchedBy).toBe('name');
    expect(byName.items.map((item) => item.id)).toContain(head.id);

    const byAddress = await json<{ searchedBy: string; items: { id: string }[]; total: number }>(
      await clerk.session.fetch(
        `/api/staff/registry/persons?q=${encodeURIComponent(`via ${household.streetName} ${household.civicNumber}`)}`,
      ),
    );
    expect(byAddress.searchedBy).toBe('address');
    expect(byAddress.items.map((item) => item.id).sort()).toEqual(
      household.members.map((member) => member.id).sort(),
    );

    // Other files' clerks search the same registry at the same time: count this clerk's three searches only.
    const { rows } = await testDb().query(
      `SELECT count(*)::int AS searches FROM audit_event
        WHERE subject_fiscal_code = $1 AND actor_fiscal_code = $2 AND details->>'view' = 'staff_search'`,
      [head.fiscalCode, clerk.identity.fiscalCode],
    );
    const session = await loginAs(head);
    const log = await json<AccessLogPage>(await session.fetch('/api/registry/me/access-log'));
    const shown = log.items.filter((item) => item.who.kind === 'staff' && item.what.includes('ricerca'));
    expect(shown.length).toBeGreaterThanOrEqual(3);
    expect(rows[0].searches).toBe(3);
  });

  it('should open a full record with household and history, and require a purpose', async () => {
    const household = await officeFamily();
    const clerk = await staff(['registry']);
    const missing = await clerk.session.fetch(`/api/staff/registry/persons/${household.members[1].id}`);
    expect(missing.status).toBe(400);
    expect(await json(missing)).toMatchObject({ code: 'VALIDATION_FAILED', field: 'purpose' });
    const response = await clerk.session.fetch(
      `/api/staff/registry/persons/${household.members[1].id}?purpose=${encodeURIComponent('Controllo anagrafico')}`,
    );
    expect(response.status).toBe(200);
    const record = await json<{ household: { members: unknown[] }; memberships: unknown[] }>(response);
    expect(record.household.members).toHaveLength(3);
    expect(record.memberships).toEqual([
      expect.objectContaining({ householdCode: household.code, exitDate: null }),
    ]);
    expect(
      (await clerk.session.fetch(`/api/staff/registry/persons/${crypto.randomUUID()}?purpose=controllo`))
        .status,
    ).toBe(404);
  });
});

describe('registry: richiesta di rettifica', () => {
  it('should take a request with evidence, queue it oldest first, and show the office’s answer', async () => {
    const household = await family();
    const [head, , child] = household.members;
    const session = await loginAs(head);
    const form = new FormData();
    form.set('field', 'birth_place');
    form.set('currentValue', "Spino d'Adda");
    form.set('requestedValue', 'Crema');
    form.set('reason', 'Mio figlio è nato all’ospedale di Crema, come da atto allegato.');
    form.set('personId', child.id);
    form.set('attachment', new Blob([PNG], { type: 'image/png' }), 'atto.png');
    const created = await session.fetch('/api/registry/me/corrections', { method: 'POST', body: form });
    expect(created.status).toBe(201);
    const request = await json<{ id: string; reference: string; state: { code: string }; dueOn: string }>(
      created,
    );
    expect(request).toMatchObject({
      state: { code: 'open' },
      subject: { personId: child.id },
      attachment: { name: 'atto.png', mediaType: 'image/png' },
    });
    expect(request.reference).toMatch(/^R-\d{4}-\d{6}$/);

    const clerk = await staff(['registry']);
    const queue = await json<{
      items: { id: string; ageDays: number; version: number; createdAt: string }[];
      summary: { open: number };
    }>(await clerk.session.fetch('/api/staff/registry/corrections?state=open&limit=100'));
    const queued = queue.items.find((item) => item.id === request.id);
    expect(queued).toMatchObject({ ageDays: 0, overdue: false, version: 1 });
    const created_at = queue.items.map((item) => item.createdAt);
    expect([...created_at].sort()).toEqual(created_at);
    expect(queue.summary.open).toBeGreaterThanOrEqual(1);

    const evidence = await clerk.session.fetch(`/api/staff/registry/corrections/${request.id}/attachment`);
    expect(evidence.status).toBe(200);
    expect(evidence.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await evidence.arrayBuffer()).equals(PNG)).toBe(true);

    const stale = await clerk.session.fetch(`/api/staff/registry/corrections/${request.id}/answer`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outcome: 'accepted', answer: 'Dato corretto.', version: 7 }),
    });
    expect(stale.status).toBe(409);
    expect(await json(stale)).toMatchObject({ code: 'CORRECTION_VERSION_CONFLICT', currentVersion: 1 });

    const answered = await clerk.session.fetch(`/api/staff/registry/corrections/${request.id}/answer`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        outcome: 'accepted',
        answer: 'Luogo di nascita corretto in Crema.',
        version: 1,
      }),
    });
    expect(answered.status).toBe(200);
    expect(await json(answered)).toMatchObject({ state: { code: 'accepted' }, version: 2 });

    const again = await clerk.session.fetch(`/api/staff/registry/corrections/${request.id}/answer`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outcome: 'rejected', answer: 'Ripensamento.', version: 2 }),
    });
    expect(again.status).toBe(409);
    expect(await json(again)).toMatchObject({ code: 'CORRECTION_ALREADY_ANSWERED' });

    const mine = await json<{ id: string; state: { code: string; label: string }; answer: string }[]>(
      await session.fetch('/api/registry/me/corrections'),
    );
    expect(mine.find((item) => item.id === request.id)).toMatchObject({
      state: { code: 'accepted', label: 'Accolta' },
      answer: 'Luogo di nascita corretto in Crema.',
    });
  });

  it('should refuse evidence that is not a PDF, JPEG or PNG, and a request about a stranger', async () => {
    const household = await family();
    const other = await family();
    const session = await loginAs(household.members[0]);
    const form = new FormData();
    form.set('field', 'given_name');
    form.set('currentValue', 'Mario');
    form.set('requestedValue', 'Mario Giuseppe');
    form.set('reason', 'Il secondo nome manca dalla scheda anagrafica.');
    form.set('attachment', new Blob(['solo testo'], { type: 'application/pdf' }), 'finto.pdf');
    const refused = await session.fetch('/api/registry/me/corrections', { method: 'POST', body: form });
    expect(refused.status).toBe(415);
    expect(await json(refused)).toMatchObject({ code: 'CORRECTION_ATTACHMENT_TYPE', field: 'attachment' });

    const stranger = await session.fetch('/api/registry/me/corrections', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        field: 'given_name',
        currentValue: 'Mario',
        requestedValue: 'Marco',
        reason: 'Il nome del vicino è sbagliato.',
        personId: other.members[0].id,
      }),
    });
    expect(stranger.status).toBe(404);

    const invalid = await session.fetch('/api/registry/me/corrections', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ field: 'nickname', currentValue: 'x', requestedValue: 'y', reason: 'breve' }),
    });
    expect(invalid.status).toBe(400);
    expect(await json(invalid)).toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

describe('registry API documentation', () => {
  it('should describe every registry route in the OpenAPI document', async () => {
    const document = await json<{ paths: Record<string, unknown> }>(
      await fetch(`${backendUrl}/api/openapi.json`),
    );
    for (const path of [
      '/api/registry/me',
      '/api/registry/me/household',
      '/api/registry/me/household/{personId}',
      '/api/registry/me/autocertificazione.pdf',
      '/api/registry/me/corrections',
      '/api/registry/me/access-log',
      '/api/staff/registry/persons',
      '/api/staff/registry/persons/{id}',
      '/api/staff/registry/corrections',
      '/api/staff/registry/corrections/{id}/answer',
      '/api/staff/registry/corrections/{id}/attachment',
      '/api/staff/registry/imports',
      '/api/staff/registry/imports/{id}',
    ]) {
      expect(document.paths[path], path).toBeDefined();
    }
  });
});

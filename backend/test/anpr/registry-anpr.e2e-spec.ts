import { describe, expect, inject, it } from 'vitest';
import { pdfText } from '../../src/certificates/pdf/poppler.fixtures.js';
import { seedAnprHousehold } from '../support/anpr-sandbox.js';
import { grantRoles, testDb } from '../support/db.js';
import { newIdentity } from '../support/factories.js';
import type { SeededHousehold } from '../support/registry-factories.js';
import { loginAs } from '../support/session.js';

const { federationUrl, registrySource } = inject('stack');

async function family(): Promise<SeededHousehold> {
  return seedAnprHousehold(federationUrl, [
    { relationshipCode: '01', entryDate: '2012-09-01' },
    { relationshipCode: '02', entryDate: '2012-09-01' },
    { relationshipCode: '03', entryDate: '2014-02-11' },
  ]);
}

async function json<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

async function pdndVouchers(): Promise<number> {
  return (await json<{ vouchersIssued: number }>(await fetch(`${federationUrl}/pdnd/_sandbox/stats`)))
    .vouchersIssued;
}

describe('registry read from ANPR through PDND (REGISTRY_SOURCE=anpr)', () => {
  it('should run against a portal whose registry source is ANPR, with empty local registry tables', async () => {
    expect(registrySource).toBe('anpr');
    const household = await family();
    const { rows } = await testDb().query(
      'SELECT count(*)::int AS n FROM registry_person WHERE fiscal_code = $1',
      [household.members[0].fiscalCode],
    );
    expect(rows[0].n).toBe(0);
  });

  it('should show the visura from ANPR, saying what ANPR does not give instead of guessing it', async () => {
    const household = await family();
    const [head] = household.members;
    const response = await (await loginAs(head)).fetch('/api/registry/me');

    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({
      id: head.id,
      fiscalCode: head.fiscalCode,
      givenName: head.givenName,
      familyName: head.familyName,
      birthDate: head.birthDate,
      birthPlace: { code: 'I914', name: "Spino d'Adda (CR)" },
      citizenship: { code: '', label: 'Non fornito da ANPR' },
      maritalStatus: { code: '', label: 'Non fornito da ANPR' },
      status: { code: 'resident' },
      identityDocument: null,
      residence: {
        since: '2012-09-01',
        address: {
          kind: 'street',
          street: `Via ${household.streetName}`,
          civicNumber: household.civicNumber,
        },
      },
      household: {
        relationship: { code: '01', label: 'Intestatario della scheda' },
        entryDate: '2012-09-01',
      },
    });
  });

  it('should list the household from ANPR and open a member’s visura, nobody else’s', async () => {
    const household = await family();
    const [head, spouse, child] = household.members;
    const session = await loginAs(spouse);
    const body = await json<{ members: Record<string, unknown>[] }>(
      await session.fetch('/api/registry/me/household'),
    );
    expect(body.members).toEqual([
      expect.objectContaining({
        personId: head.id,
        relationship: expect.objectContaining({ code: '01' }),
        isHead: true,
      }),
      expect.objectContaining({ personId: spouse.id, isYou: true, entryDate: '2012-09-01' }),
      expect.objectContaining({ personId: child.id, relationship: expect.objectContaining({ code: '03' }) }),
    ]);
    const member = await session.fetch(`/api/registry/me/household/${child.id}`);
    expect(member.status).toBe(200);
    expect(await json(member)).toMatchObject({ fiscalCode: child.fiscalCode, givenName: child.givenName });

    const stranger = (await family()).members[0];
    const refused = await session.fetch(`/api/registry/me/household/${stranger.id}`);
    expect(refused.status).toBe(404);
    expect(await json(refused)).toMatchObject({ code: 'HOUSEHOLD_MEMBER_NOT_FOUND' });
  });

  it('should answer REGISTRY_PERSON_NOT_FOUND for someone ANPR does not know', async () => {
    const response = await (await loginAs(newIdentity())).fetch('/api/registry/me');
    expect(response.status).toBe(404);
    expect(await json(response)).toMatchObject({ code: 'REGISTRY_PERSON_NOT_FOUND' });
  });

  it('should log every consultation with its purpose, for each person shown, as local reads do', async () => {
    const household = await family();
    const [head, spouse] = household.members;
    const headSession = await loginAs(head);
    await headSession.fetch('/api/registry/me');
    await headSession.fetch('/api/registry/me/household');

    const own = await json<{ items: { what: string; why: string | null }[] }>(
      await headSession.fetch('/api/registry/me/access-log'),
    );
    expect(own.items.slice(0, 2)).toEqual([
      expect.objectContaining({ what: 'Composizione della famiglia anagrafica' }),
      expect.objectContaining({ why: 'Consultazione dei propri dati anagrafici' }),
    ]);
    const theirs = await json<{ items: { why: string | null }[] }>(
      await (await loginAs(spouse)).fetch('/api/registry/me/access-log'),
    );
    expect(theirs.items).toContainEqual(
      expect.objectContaining({ why: 'Consultazione della propria famiglia anagrafica' }),
    );
  });

  it('should prefill the self-declaration from ANPR', async () => {
    const household = await family();
    const [head, , child] = household.members;
    const response = await (await loginAs(head)).fetch('/api/registry/me/autocertificazione.pdf');
    expect(response.status).toBe(200);
    const text = await pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain(head.fiscalCode);
    expect(text).toContain(child.fiscalCode);
    expect(text).toContain(household.streetName);
  });

  it('should take a rettifica about a household member read from ANPR and keep it as the comune’s request', async () => {
    const household = await family();
    const [head, , child] = household.members;
    const session = await loginAs(head);
    const created = await session.fetch('/api/registry/me/corrections', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        field: 'birth_place',
        currentValue: "Spino d'Adda",
        requestedValue: 'Crema',
        reason: 'Mia figlia è nata all’ospedale di Crema, come da atto.',
        personId: child.id,
      }),
    });
    expect(created.status).toBe(201);
    expect(await json(created)).toMatchObject({
      state: { code: 'open' },
      currentValue: "Spino d'Adda (CR)",
      subject: {
        personId: child.id,
        fiscalCode: child.fiscalCode,
        name: `${child.givenName} ${child.familyName}`,
      },
    });
    const mine = await json<{ subject: { fiscalCode: string } }[]>(
      await session.fetch('/api/registry/me/corrections'),
    );
    expect(mine.map((request) => request.subject.fiscalCode)).toContain(child.fiscalCode);
  });

  it('should record the value ANPR holds as the current one, whatever the resident typed (once only)', async () => {
    const household = await family();
    const [head] = household.members;
    const session = await loginAs(head);
    const send = (body: Record<string, string>) =>
      session.fetch('/api/registry/me/corrections', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ reason: 'Il numero civico riportato non è quello giusto.', ...body }),
      });
    const address = await send({ field: 'address', requestedValue: `Via ${household.streetName} 999` });
    expect(address.status).toBe(201);
    expect(await json(address)).toMatchObject({
      currentValue: `Via ${household.streetName} ${household.civicNumber}, int. 2 - Spino d'Adda (CR)`,
    });
    const typed = await send({ field: 'given_name', currentValue: 'Inventato', requestedValue: 'Altro' });
    expect(await json(typed)).toMatchObject({ currentValue: head.givenName });

    // ANPR gives no stato civile: then, and for what the registry never shows, the resident says it.
    const missing = await send({ field: 'marital_status', requestedValue: 'Coniugato' });
    expect(missing.status).toBe(422);
    expect(await json(missing)).toMatchObject({
      code: 'CORRECTION_CURRENT_VALUE_REQUIRED',
      field: 'currentValue',
    });
    const described = await send({
      field: 'marital_status',
      currentValue: 'Celibe',
      requestedValue: 'Coniugato',
    });
    expect(await json(described)).toMatchObject({ currentValue: 'Celibe' });
  });

  it('should ask PDND once per purpose while the vouchers live, however many reads', async () => {
    const household = await family();
    const session = await loginAs(household.members[0]);
    await session.fetch('/api/registry/me');
    const before = await pdndVouchers();
    for (let read = 0; read < 5; read++) {
      expect((await session.fetch('/api/registry/me')).status).toBe(200);
      expect((await session.fetch('/api/registry/me/household')).status).toBe(200);
    }
    expect(await pdndVouchers()).toBe(before);
  });

  it('should refuse the local CSV import: the registry is ANPR’s', async () => {
    const clerk = newIdentity();
    await grantRoles(clerk.fiscalCode, ['registry']);
    const response = await (await loginAs(clerk)).fetch('/api/staff/registry/imports?fileName=anagrafe.csv', {
      method: 'POST',
      headers: { 'content-type': 'text/csv; charset=utf-8' },
      body: 'codice_fiscale\n',
    });
    expect(response.status).toBe(409);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await json(response)).toMatchObject({ code: 'REGISTRY_IMPORT_DISABLED' });
  });
});

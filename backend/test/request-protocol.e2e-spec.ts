import { describe, expect, it } from 'vitest';
import { grantRoles, testDb } from './support/db.js';
import { newIdentity } from './support/factories.js';
import { seedHousehold } from './support/registry-factories.js';
import { loginAs, type TestSession } from './support/session.js';

interface CorrectionPromise {
  id: string;
  reference: string;
  protocolNumber: string;
  takenInChargeAt: string;
  dueBy: string;
  dueOn: string;
  timeline: { state: string; label: string; at: string }[];
}

const romeDay = (instant: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date(instant));

function plusDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

async function fileCorrection(session: TestSession, requestedValue: string): Promise<CorrectionPromise> {
  const form = new FormData();
  form.set('field', 'given_name');
  form.set('requestedValue', requestedValue);
  form.set('reason', 'Il nome è scritto male rispetto all’atto di nascita.');
  const response = await session.fetch('/api/registry/me/corrections', { method: 'POST', body: form });
  expect(response.status).toBe(201);
  return (await response.json()) as CorrectionPromise;
}

describe('rettifica: protocol and promise (criterion "tempi")', () => {
  it('should register each request in the protocol with sequential numbers and a term from the registration', async () => {
    const household = await seedHousehold([{ relationshipCode: '01' }, { relationshipCode: '02' }]);
    const sessions = await Promise.all(household.members.map((member) => loginAs(member)));
    const filed = await Promise.all(
      sessions.map((session, index) => fileCorrection(session, `Nome ${index}`)),
    );

    const numbers = filed.map((request) => {
      expect(request.protocolNumber).toMatch(/^\d{7}\/\d{4}$/);
      const [number, year] = request.protocolNumber.split('/');
      expect(year).toBe(romeDay(request.takenInChargeAt).slice(0, 4));
      return Number(number);
    });
    expect(new Set(numbers).size).toBe(numbers.length);

    for (const request of filed) {
      expect(request.dueBy).toBe(plusDays(romeDay(request.takenInChargeAt), 30));
      expect(request.dueOn).toBe(request.dueBy);
      expect(request.timeline).toEqual([
        { state: 'submitted', label: 'Presa in carico (protocollata)', at: request.takenInChargeAt },
      ]);
      const { rows } = await testDb().query(
        `SELECT number, year, direction, office, resource_type, registered_at FROM protocol_entry
          WHERE resource_id = $1`,
        [request.id],
      );
      expect(rows).toHaveLength(1);
      expect(`${String(rows[0].number).padStart(7, '0')}/${rows[0].year}`).toBe(request.protocolNumber);
      expect(rows[0]).toMatchObject({
        direction: 'incoming',
        office: 'Ufficio anagrafe',
        resource_type: 'registry_correction',
      });
      expect((rows[0].registered_at as Date).toISOString()).toBe(request.takenInChargeAt);
    }

    const later = await fileCorrection(sessions[0], 'Nome corretto');
    const [laterNumber] = later.protocolNumber.split('/').map(Number);
    expect(laterNumber).toBeGreaterThan(Math.max(...numbers));

    const mine = (await (
      await sessions[0].fetch('/api/registry/me/corrections')
    ).json()) as CorrectionPromise[];
    expect(mine.find((item) => item.id === later.id)).toMatchObject({
      protocolNumber: later.protocolNumber,
      takenInChargeAt: later.takenInChargeAt,
      dueBy: later.dueBy,
    });
  });

  it('should add the office’s answer to the timeline after the registration', async () => {
    const [resident] = (await seedHousehold([{ relationshipCode: '01' }])).members;
    const session = await loginAs(resident);
    const request = await fileCorrection(session, 'Nome giusto');
    const clerk = newIdentity();
    await grantRoles(clerk.fiscalCode, ['registry']);
    const answered = await (await loginAs(clerk)).fetch(
      `/api/staff/registry/corrections/${request.id}/answer`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ outcome: 'rejected', answer: 'L’atto riporta il nome attuale.', version: 1 }),
      },
    );
    expect(answered.status).toBe(200);
    const mine = (await (await session.fetch('/api/registry/me/corrections')).json()) as CorrectionPromise[];
    const timeline = mine.find((item) => item.id === request.id)?.timeline ?? [];
    expect(timeline.map((step) => step.state)).toEqual(['submitted', 'rejected']);
    expect(Date.parse(timeline[1].at)).toBeGreaterThanOrEqual(Date.parse(timeline[0].at));
  });
});

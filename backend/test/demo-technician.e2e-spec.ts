import { describe, expect, it } from 'vitest';
import { DEMO_TECHNICIAN, seedDemoTechnician } from '../src/demo/permits/demo-technician.js';
import type { DraftView } from '../src/permits/filing/filing-views.js';
import { testDb } from './support/db.js';
import { loginAs } from './support/session.js';

describe('the demo technician', () => {
  it('should log in with her technician profile and start a filing with the tecnico section prefilled', async () => {
    // Twice, as every start of the demo does: the second run changes nothing.
    await seedDemoTechnician(testDb());
    await seedDemoTechnician(testDb());
    const session = await loginAs(DEMO_TECHNICIAN);

    const profile = await session.fetch('/api/me/technician-profile');
    expect(profile.status).toBe(200);
    expect(await profile.json()).toEqual(DEMO_TECHNICIAN.profile);

    const created = await session.fetch('/api/permits/drafts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'CILA' }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const draft = (await (await session.fetch(`/api/permits/drafts/${id}`)).json()) as DraftView;
    expect(draft.sections.tecnico).toMatchObject({
      fiscalCode: DEMO_TECHNICIAN.fiscalCode,
      givenName: 'Chiara',
      familyName: 'Lombardi',
      registrationNumber: '1187',
      province: 'CR',
      pec: 'chiara.lombardi@pec.example.com',
    });
  });
});

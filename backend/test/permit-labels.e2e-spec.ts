import { describe, expect, inject, it } from 'vitest';
import { PRACTICE_STATE_INFO } from '../src/permits/domain/practice-state.js';
import { PRACTICE_TYPE_INFO } from '../src/permits/domain/practice-type.js';
import type { QueuePageView, StaffPracticeView } from '../src/permits/views/practice-views.js';
import { grantRoles } from './support/db.js';
import { newIdentity } from './support/factories.js';
import { practiceParty, registerPractice } from './support/permit-factories.js';
import { loginAs } from './support/session.js';

const { backendUrl } = inject('stack');

describe('permit labels', () => {
  it('should come in the language of the page that asked, Italian when it did not say', async () => {
    const clerk = newIdentity();
    await grantRoles(clerk.fiscalCode, ['permits']);
    const session = await loginAs(clerk);
    const applicant = newIdentity();
    const { id, protocolNumber } = await registerPractice<StaffPracticeView>(session, {
      type: 'PDC',
      description: 'Ampliamento di un edificio residenziale',
      parties: [practiceParty('applicant', applicant, 'richiedente@example.test')],
    });

    const inLanguage = async <T>(path: string, lang?: string): Promise<T> => {
      const cookie = lang ? `${session.cookie()}; lang=${lang}` : session.cookie();
      const response = await fetch(`${backendUrl}${path}`, { headers: { cookie } });
      expect(response.status).toBe(200);
      return (await response.json()) as T;
    };

    const english = await inLanguage<StaffPracticeView>(`/api/staff/permits/${id}`, 'en');
    expect(english.typeLabel).toBe(PRACTICE_TYPE_INFO.PDC.label.en);
    expect(english.stateLabel).toBe(PRACTICE_STATE_INFO[english.state].label.en);
    expect(english.timeline[0].toLabel).toBe(PRACTICE_STATE_INFO.submitted.label.en);

    const queue = await inLanguage<QueuePageView>(
      `/api/staff/permits?q=${encodeURIComponent(protocolNumber)}`,
      'en',
    );
    expect(queue.items.find((item) => item.id === id)?.typeLabel).toBe(PRACTICE_TYPE_INFO.PDC.label.en);

    const italian = await inLanguage<StaffPracticeView>(`/api/staff/permits/${id}`);
    expect(italian.typeLabel).toBe(PRACTICE_TYPE_INFO.PDC.label.it);
    expect(italian.stateLabel).toBe(PRACTICE_STATE_INFO[italian.state].label.it);
  });
});

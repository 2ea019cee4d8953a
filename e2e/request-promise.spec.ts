import { describe, expect, inject, it } from 'vitest';
import { newIdentity } from '../backend/test/support/factories.js';
import { seedHousehold } from '../backend/test/support/registry-factories.js';
import { loginAs } from '../backend/test/support/session.js';
import {
  expectNoAccessibilityViolations,
  expectText,
  loginInBrowser,
  newPage,
  screenshot,
  useBrowser,
} from './support/browser.js';
import {
  expectNoHorizontalScroll,
  jsonRequest,
  okJson,
  registerPractice,
  staffSession,
} from './support/portal.js';

const { publicUrl } = inject('stack');
const browser = useBrowser();

const civil = (day: string) => day.split('-').reverse().join('/');

describe('every request shows its protocol and its promise (criterion "tempi")', () => {
  it('should show protocol, taken-in-charge date, term and timeline in the rettifiche, practices and certificates', async () => {
    const head = newIdentity({ sex: 'M', birthDate: '1975-06-03' });
    const [seeded] = (await seedHousehold([{ identity: head, relationshipCode: '01' }])).members;
    const resident = await loginAs(head);
    const form = new FormData();
    form.set('field', 'given_name');
    form.set('requestedValue', 'Nome corretto');
    form.set('reason', 'Il nome è scritto male rispetto all’atto di nascita.');
    const correction = await okJson<{ protocolNumber: string; dueBy: string }>(
      await resident.fetch('/api/registry/me/corrections', { method: 'POST', body: form }),
      201,
    );
    const permits = await staffSession(['permits']);
    const practice = await registerPractice(permits.session, 'PDC', head);
    const list = await okJson<{ items: { id: string; completionBy: string | null }[] }>(
      await resident.fetch('/api/permits'),
    );
    const completionBy = list.items.find((item) => item.id === practice.id)?.completionBy;
    expect(completionBy).toBeTruthy();
    await okJson(
      await resident.fetch(
        '/api/certificates',
        jsonRequest({ type: 'residence', subjectId: seeded.id, stampDuty: { pagoPA: true } }),
      ),
      202,
    );

    const { context, page } = await newPage(browser(), { width: 360, height: 740 });
    await loginInBrowser(page, publicUrl, head);
    const main = page.locator('main');

    await page.goto(`${publicUrl}/i-miei-dati/rettifiche`);
    const promise = main.locator('[data-element="request-promise"]').first();
    await expectText(promise, correction.protocolNumber);
    await expectText(promise, 'Conclusione entro il');
    await expectText(promise, civil(correction.dueBy));
    const steps = main.locator('[data-element="service-timeline"] ol > li');
    await expect(steps.count()).resolves.toBe(1);
    await expectText(steps.first(), 'Presa in carico (protocollata)');
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'request-promise-1-rettifiche-phone');

    await page.goto(`${publicUrl}/pratiche`);
    const card = main.locator('article', { hasText: practice.protocolNumber });
    await expectText(card.locator('[data-element="request-promise"]'), civil(completionBy!));
    await expectNoAccessibilityViolations(page);
    await expectNoHorizontalScroll(page);

    await page.goto(`${publicUrl}/pratiche/${practice.id}`);
    await expectText(main.locator('[data-element="request-promise"]'), practice.protocolNumber);
    await expect(main.locator('[data-element="service-timeline"] ol > li').count()).resolves.toBeGreaterThan(
      0,
    );
    await expectNoAccessibilityViolations(page);

    await page.goto(`${publicUrl}/certificati`);
    const waiting = main.locator('[data-element="certificate-awaiting-payment"]');
    await expectText(
      waiting.locator('[data-element="request-promise"]'),
      /Richiesta del \d{2}\/\d{2}\/\d{4}/,
    );
    await expectText(waiting, 'Rilasciato appena arriva il pagamento.');
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'request-promise-2-certificates-phone');
    await context.close();
  });
});

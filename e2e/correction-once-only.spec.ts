import { describe, expect, inject, it } from 'vitest';
import { seedHousehold } from '../backend/test/support/registry-factories.js';
import { loginThrough } from '../backend/test/support/session.js';
import {
  expectNoAccessibilityViolations,
  expectText,
  loginInBrowser,
  newPage,
  useBrowser,
  waitForHydration,
} from './support/browser.js';

const { publicUrl } = inject('stack');
const browser = useBrowser();

describe('richiesta di rettifica, once only', () => {
  it('should not ask the resident what the registry holds, and ask it only for a datum the registry does not show', async () => {
    const household = await seedHousehold([{ relationshipCode: '01', entryDate: '2013-04-02' }]);
    const [head] = household.members;
    const { context, page } = await newPage(browser());
    await loginInBrowser(page, publicUrl, head);
    await page.goto(`${publicUrl}/i-miei-dati/rettifiche`);
    await waitForHydration(page);
    const main = page.locator('main');

    await page.getByLabel('Dato da correggere').selectOption('address');
    await expect(page.getByLabel('Valore registrato').count()).resolves.toBe(0);
    await expectText(main, "Il valore registrato lo riporta il portale dall'anagrafe");
    await page.getByLabel('Valore corretto').fill(`Via ${household.streetName} 300`);
    await page.getByLabel('Motivo della richiesta').fill('Il numero civico del mio portone è un altro.');
    await page.getByRole('button', { name: 'Invia la richiesta' }).click();
    await expectText(main.locator('.alert-success'), 'inviata');

    const requests = (await (
      await loginThrough(publicUrl, head)
    )
      .fetch('/api/registry/me/corrections')
      .then((response) => response.json())) as { field: { code: string }; currentValue: string }[];
    expect(requests).toContainEqual(
      expect.objectContaining({
        field: expect.objectContaining({ code: 'address' }),
        currentValue: `Via ${household.streetName} ${household.civicNumber}, int. 2 - Spino d'Adda (CR)`,
      }),
    );

    await page.getByLabel('Dato da correggere').selectOption('household');
    await expect(page.getByLabel('Valore registrato').isVisible()).resolves.toBe(true);
    await expectNoAccessibilityViolations(page);
    await context.close();
  });
});

import { describe, expect, inject, it } from 'vitest';
import { IMU_RATE_CATEGORIES } from '../backend/src/f24/domain/imu-rate-categories.js';
import { grantRoles } from '../backend/test/support/db.js';
import { newIdentity } from '../backend/test/support/factories.js';
import {
  expectNoAccessibilityViolations,
  expectText,
  loginInBrowser,
  newPage,
  screenshot,
  useBrowser,
  waitForHydration,
} from './support/browser.js';

const { publicUrl } = inject('stack');
const browser = useBrowser();

/** A year no other browser test enters rates for. */
const YEAR = '2089';

describe('a taxes clerk enters the IMU rates of a year', () => {
  it('should get one field per category of the catalogue, a refusal naming the rate, then save them', async () => {
    const clerk = newIdentity();
    await grantRoles(clerk.fiscalCode, ['taxes']);
    const { page } = await newPage(browser());
    await loginInBrowser(page, publicUrl, clerk);
    await page.goto(`${publicUrl}/backoffice/tributi/aliquote`);
    const main = page.locator('main');
    await expectText(main.getByRole('heading', { level: 1 }), 'Aliquote IMU');
    await waitForHydration(page);
    const form = main.locator('form');
    for (const category of IMU_RATE_CATEGORIES) {
      await form
        .getByLabel(`${category.label.it} (%)`, { exact: true })
        .fill(category.base.replace('.', ','));
    }
    await form.getByLabel('Anno', { exact: true }).fill(YEAR);
    await form.getByLabel('Delibera', { exact: true }).fill('delibera C.C. di prova');
    await form.getByLabel('Fabbricati del gruppo D (%)', { exact: true }).fill('0,5');
    await form.getByRole('button', { name: 'Salva le aliquote' }).click();
    const refusal = main.getByRole('alert').filter({ hasText: 'Le aliquote non sono state salvate' });
    await expectText(refusal, 'da 0,76% a 1,06%');
    await expectText(refusal, 'Campo: rates.groupD');
    await screenshot(page, 'imu-rates-1-refused');

    // React resets an action's form after it returns, as on the office's other forms: type it again.
    await form.getByLabel('Anno', { exact: true }).fill(YEAR);
    await form.getByLabel('Delibera', { exact: true }).fill('delibera C.C. di prova');
    for (const category of IMU_RATE_CATEGORIES) {
      await form.getByLabel(`${category.label.it} (%)`, { exact: true }).fill(category.max.replace('.', ','));
    }
    await form.getByRole('button', { name: 'Salva le aliquote' }).click();
    await page.waitForURL(new RegExp(`salvato=${YEAR}`));
    await expectText(main.getByRole('status'), `Aliquote del ${YEAR} salvate.`);
    const headers = await main.getByRole('columnheader').allInnerTexts();
    for (const category of IMU_RATE_CATEGORIES) expect(headers).toContain(`${category.label.it} (%)`);
    const row = main
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: YEAR, exact: true }) });
    const cells = await row.getByRole('cell').allInnerTexts();
    expect(cells.slice(1, 1 + IMU_RATE_CATEGORIES.length)).toEqual(IMU_RATE_CATEGORIES.map((c) => c.max));
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'imu-rates-2-saved');
  });
});

import { randomInt } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { grantRoles } from '../backend/test/support/db.js';
import { newIdentity } from '../backend/test/support/factories.js';
import { seedHousehold } from '../backend/test/support/registry-factories.js';
import {
  expectNoAccessibilityViolations,
  expectText,
  loginInBrowser,
  newPage,
  useBrowser,
  waitForHydration,
} from './support/browser.js';

const { publicUrl } = inject('stack');
const OFFICE = '/backoffice/anagrafe';
const browser = useBrowser();

/** A family name no other scenario uses, so the search finds exactly this household. */
function uniqueFamilyName(): string {
  const letters = Array.from({ length: 7 }, () => 'bcdfglmnprstvz'[randomInt(14)] + 'aeiou'[randomInt(5)]);
  return `Cerca${letters.join('')}`;
}

describe('registry office search', () => {
  it('should find persons by codice fiscale and by name, page through them, and never put the terms in an address', async () => {
    const familyName = uniqueFamilyName();
    const household = await seedHousehold(
      Array.from({ length: 21 }, (_, index) => ({
        identity: newIdentity({ familyName }),
        relationshipCode: index === 0 ? '01' : '03',
      })),
    );
    const head = household.members[0];
    const clerk = newIdentity();
    await grantRoles(clerk.fiscalCode, ['registry']);
    const { context, page } = await newPage(browser());
    const addresses: string[] = [];
    page.on('request', (request) => addresses.push(request.url()));
    await loginInBrowser(page, publicUrl, clerk);
    await page.goto(`${publicUrl}${OFFICE}`);
    await waitForHydration(page);
    const main = page.locator('main');

    await page.getByLabel('Codice fiscale, nome o indirizzo').fill(head.fiscalCode);
    await page.getByRole('button', { name: 'Cerca', exact: true }).click();
    await expectText(main.getByRole('status'), '1 persone trovate');
    const results = main.getByRole('table', { name: /Risultati della ricerca/ });
    await expectText(results, head.fiscalCode);
    await expect(page.getByLabel('Codice fiscale, nome o indirizzo').inputValue()).resolves.toBe(
      head.fiscalCode,
    );

    await page.getByLabel('Codice fiscale, nome o indirizzo').fill(familyName);
    await page.getByLabel('Cerca per').selectOption('name');
    await page.getByRole('button', { name: 'Cerca', exact: true }).click();
    await expectText(main.getByRole('status'), '21 persone trovate');
    await expect(results.locator('tbody tr').count()).resolves.toBe(20);
    await expectNoAccessibilityViolations(page);

    await main.getByRole('button', { name: 'Risultati successivi' }).click();
    await expect.poll(() => results.locator('tbody tr').count(), { timeout: 15_000 }).toBe(1);
    await expectText(main.getByRole('status'), '21 persone trovate');
    await main.getByRole('button', { name: 'Risultati precedenti' }).click();
    await expect.poll(() => results.locator('tbody tr').count(), { timeout: 15_000 }).toBe(20);

    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(OFFICE);
    const revealing = addresses.filter(
      (address) =>
        address.includes(head.fiscalCode) || address.toLowerCase().includes(familyName.toLowerCase()),
    );
    expect(revealing).toEqual([]);
    await context.close();
  });
});

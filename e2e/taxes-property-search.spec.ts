import { describe, expect, inject, it } from 'vitest';
import { createProperty, insertRegistryPerson } from '../backend/test/f24-fixtures.js';
import { newIdentity } from '../backend/test/support/factories.js';
import {
  expectNoAccessibilityViolations,
  expectText,
  loginInBrowser,
  newPage,
  useBrowser,
  waitForHydration,
} from './support/browser.js';
import { staffSession } from './support/portal.js';

const { publicUrl } = inject('stack');
const OFFICE = '/backoffice/tributi/immobili';
const browser = useBrowser();

describe('taxes office property search', () => {
  it('should find an owner’s properties by a posted search and after a registration, never with the codice fiscale in an address', async () => {
    const office = await staffSession(['taxes']);
    const owner = newIdentity();
    await insertRegistryPerson(owner);
    await createProperty(office.session, {
      kind: 'building',
      cadastralCategory: 'A/3',
      cadastralIncome: '412.00',
      address: 'Via delle Ricerche 7',
      owners: [{ fiscalCode: owner.fiscalCode, sharePercent: '100', from: '2021-03-01' }],
    });

    const { context, page } = await newPage(browser());
    const addresses: string[] = [];
    page.on('request', (request) => addresses.push(request.url()));
    await loginInBrowser(page, publicUrl, office.identity);
    await page.goto(`${publicUrl}${OFFICE}`);
    await waitForHydration(page);
    const main = page.locator('main');

    await page.getByLabel('Codice fiscale del proprietario').fill(owner.fiscalCode.toLowerCase());
    await page.getByRole('button', { name: 'Cerca', exact: true }).click();
    await expectText(main.getByRole('heading', { level: 2 }), `Immobili di ${owner.fiscalCode}`);
    await expectText(main.getByRole('article'), 'Via delle Ricerche 7');
    await expectNoAccessibilityViolations(page);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(OFFICE);

    // After a registration the owner comes in the fragment: searched at once, then cleared from the address.
    await page.goto(`${publicUrl}${OFFICE}?registrato=1#proprietario=${owner.fiscalCode}`);
    await expectText(main.getByRole('status'), 'registrat');
    await expectText(main.getByRole('heading', { level: 2 }), `Immobili di ${owner.fiscalCode}`);
    await expectText(main.getByRole('article'), 'Via delle Ricerche 7');
    await expect.poll(() => new URL(page.url()).hash).toBe('');

    const revealing = addresses.filter((address) => address.toUpperCase().includes(owner.fiscalCode));
    expect(revealing).toEqual([]);
    await context.close();
  });
});

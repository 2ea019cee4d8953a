import { describe, expect, inject, it } from 'vitest';
import { createProperty, insertRegistryPerson, putBaseRates } from '../backend/test/f24-fixtures.js';
import { grantRoles } from '../backend/test/support/db.js';
import { newIdentity, type TestIdentity } from '../backend/test/support/factories.js';
import {
  expectNoAccessibilityViolations,
  expectText,
  loginInBrowser,
  newPage,
  screenshot,
  useBrowser,
  visibleText,
  waitForHydration,
} from './support/browser.js';
import { staffSession, zipEntries } from './support/portal.js';

const { publicUrl } = inject('stack');
const browser = useBrowser();

// Only this file's taxpayers hold property in this year, so the job's counts are known.
const YEAR = 2035;

describe('a taxes clerk generates the precompiled F24s of a year', () => {
  it('should start the job, follow its progress bar to completion and offer the archive', async () => {
    const office = await staffSession(['taxes']);
    await putBaseRates(office.session, YEAR - 1);
    await putBaseRates(office.session, YEAR);
    const during = { from: `${YEAR}-01-01`, to: `${YEAR}-12-31` };
    const payers: TestIdentity[] = Array.from({ length: 12 }, () => newIdentity());
    const belowMinimum = newIdentity();
    for (const person of [...payers, belowMinimum]) await insertRegistryPerson(person);
    for (const [index, person] of payers.entries()) {
      await createProperty(office.session, {
        kind: 'building',
        cadastralCategory: 'A/2',
        cadastralIncome: `${400 + index * 10}.00`,
        owners: [{ fiscalCode: person.fiscalCode, sharePercent: '100', ...during }],
      });
    }
    // 5 × 1,05 × 160 × 0,86% = € 7,22 a year: under the € 12 minimum, so no F24.
    await createProperty(office.session, {
      kind: 'building',
      cadastralCategory: 'A/2',
      cadastralIncome: '5.00',
      owners: [{ fiscalCode: belowMinimum.fiscalCode, sharePercent: '100', ...during }],
    });
    const total = payers.length + 1;

    // The clerk, at the office desk.
    const clerk = newIdentity();
    await grantRoles(clerk.fiscalCode, ['taxes']);
    const { context, page } = await newPage(browser());
    await loginInBrowser(page, publicUrl, clerk);
    await page.goto(`${publicUrl}/backoffice/tributi`);
    const main = page.locator('main');
    await expectText(main.getByRole('heading', { level: 1 }), 'Ufficio tributi');
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'bulk-1-taxes-office');

    await main.getByRole('link', { name: 'F24 precompilati' }).click();
    await page.waitForURL(/\/backoffice\/tributi\/elaborazioni$/);
    await expectText(main.getByRole('heading', { level: 1 }), 'F24 precompilati');
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'bulk-2-start-form');

    await waitForHydration(page);
    await main.getByLabel('Anno', { exact: true }).fill(String(YEAR));
    await main.getByLabel('Rata', { exact: true }).selectOption('acconto');
    await main.getByRole('button', { name: 'Avvia', exact: true }).click();
    await page.waitForURL(/\/backoffice\/tributi\/elaborazioni\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    await expectText(main.getByRole('heading', { level: 1 }), `F24 precompilati: Acconto ${YEAR}`);

    // The bar refreshes itself while the job runs: it only ever grows, up to every taxpayer of the year.
    const bar = main.getByRole('progressbar', { name: 'Avanzamento della generazione' });
    const seen: number[] = [];
    await expect
      .poll(
        async () => {
          const [value, max] = await Promise.all([bar.getAttribute('value'), bar.getAttribute('max')]);
          seen.push(Number(value));
          return { value: Number(value), max: Number(max) };
        },
        { timeout: 60_000, interval: 250 },
      )
      .toEqual({ value: total, max: total });
    expect(seen, 'the progress never goes back').toEqual([...seen].sort((a, b) => a - b));
    await expectText(main, `${total} contribuenti su ${total} (100%)`);
    await expectText(main, 'Completata', 30_000);
    const counts = await visibleText(main.locator('dl'));
    expect(counts).toMatch(new RegExp(`Modelli F24 prodotti\\s+${payers.length}\\b`));
    expect(counts).toMatch(/Contribuenti senza importi da versare\s+1\b/);
    expect(counts).toMatch(/Contribuenti non elaborati\s+0\b/);

    // The archive: one PDF per taxpayer with something to pay.
    const archiveLink = main.getByRole('link', { name: 'Scarica tutti i PDF (zip)' });
    await archiveLink.waitFor();
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'bulk-3-job-completed');
    const [download] = await Promise.all([page.waitForEvent('download'), archiveLink.click()]);
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    const archive = await context.request.get(
      new URL((await archiveLink.getAttribute('href'))!, publicUrl).href,
    );
    expect(archive.status()).toBe(200);
    expect(archive.headers()['content-type']).toBe('application/zip');
    expect((await zipEntries(await archive.body())).sort()).toEqual(
      payers.map((person) => `F24-IMU-${YEAR}-acconto-${person.fiscalCode}.pdf`).sort(),
    );

    // The list of runs shows it completed.
    await main.getByRole('link', { name: 'Generazioni' }).click();
    await page.waitForURL(/\/backoffice\/tributi\/elaborazioni$/);
    const run = main.getByRole('listitem').filter({ hasText: `Acconto ${YEAR}` });
    await expectText(run, 'Completata');
    await expectText(run, `${total} contribuenti su ${total} (100%)`);
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'bulk-4-runs');
    await context.close();
  });
});

import { describe, expect, inject, it } from 'vitest';
import { legalInterestRateToEnter } from '../backend/src/f24/domain/legal-interest-rate-reminder.js';
import { grantRoles } from '../backend/test/support/db.js';
import { newIdentity } from '../backend/test/support/factories.js';
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
import { okJson, romeToday, staffSession } from './support/portal.js';

const { publicUrl } = inject('stack');
const browser = useBrowser();

interface LegalRate {
  year: number;
}

async function listedYears(): Promise<number[]> {
  const { session } = await staffSession(['taxes']);
  return (await okJson<LegalRate[]>(await session.fetch('/api/staff/taxes/legal-interest-rates'))).map(
    (r) => r.year,
  );
}

describe('a taxes clerk enters the legal interest rate of a new year', () => {
  it('should be reminded on the office page, follow the reminder, get a refusal in Italian, then save it', async () => {
    // The stack starts with the decrees up to 2026 only: from December 2026 a year is always missing.
    const missing = legalInterestRateToEnter(romeToday(), await listedYears());
    expect(missing, 'a fresh database lacks the legal rate of a year from December 2026').not.toBeNull();
    const year = String(missing);

    const clerk = newIdentity();
    await grantRoles(clerk.fiscalCode, ['taxes']);
    const { page } = await newPage(browser());
    await loginInBrowser(page, publicUrl, clerk);
    await page.goto(`${publicUrl}/backoffice/tributi`);
    const main = page.locator('main');
    const reminder = main.getByRole('alert');
    await expectText(reminder, `Manca il tasso di interesse legale del ${year}`);
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'legal-rates-1-reminder');

    await reminder.getByRole('link', { name: `Inserisci il tasso del ${year}` }).click();
    await page.waitForURL(new RegExp(`/backoffice/tributi/tassi-legali\\?anno=${year}`));
    await expectText(main.getByRole('heading', { level: 1 }), 'Tassi di interesse legale');
    await expectText(main.getByRole('table'), 'D.M. 10/12/2025 (Gazzetta Ufficiale)');
    await waitForHydration(page);
    expect(await main.getByLabel('Anno', { exact: true }).inputValue()).toBe(year);
    await expectNoAccessibilityViolations(page);

    // Four decimals: refused by the backend, with its reason and the field it names.
    await main.getByLabel('Tasso (%)').fill('1,6000');
    await main.getByLabel('Fonte', { exact: true }).fill('D.M. di prova (Gazzetta Ufficiale)');
    await main.getByRole('button', { name: 'Salva il tasso' }).click();
    const refusal = main.getByRole('alert').filter({ hasText: 'Il tasso non è stato salvato' });
    await expectText(refusal, 'al massimo tre decimali');
    await expectText(refusal, 'Campo: ratePercent');
    await screenshot(page, 'legal-rates-2-refused');

    // React resets an action's form after it returns, as on the office's other forms: type it again.
    await main.getByLabel('Tasso (%)').fill('1,60');
    await main.getByLabel('Fonte', { exact: true }).fill('D.M. di prova (Gazzetta Ufficiale)');
    await main.getByRole('button', { name: 'Salva il tasso' }).click();
    await page.waitForURL(new RegExp(`salvato=${year}`));
    await expectText(main.getByRole('status'), `Tasso di interesse legale del ${year} salvato.`);
    const row = main
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: year, exact: true }) });
    await expectText(row, '1.60');
    await expectText(row, 'D.M. di prova (Gazzetta Ufficiale)');
    await expectText(row, clerk.fiscalCode);
    await screenshot(page, 'legal-rates-3-saved');

    // The reminder goes, unless it now names a further year (entering the current one in December).
    const next = legalInterestRateToEnter(romeToday(), await listedYears());
    await page.goto(`${publicUrl}/backoffice/tributi`);
    await expectText(main.getByRole('heading', { level: 1 }), 'Ufficio tributi');
    const text = await visibleText(main);
    if (next === null) expect(text).not.toContain('Manca il tasso di interesse legale');
    else expect(text).toContain(`Manca il tasso di interesse legale del ${next}`);
  });
});

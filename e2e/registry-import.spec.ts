import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { IMPORT_COLUMNS } from '../backend/src/registry/domain/import-columns.js';
import { grantRoles } from '../backend/test/support/db.js';
import { newIdentity, type TestIdentity } from '../backend/test/support/factories.js';
import { uniqueCode } from '../backend/test/support/registry-factories.js';
import {
  expectNoAccessibilityViolations,
  expectText,
  loginInBrowser,
  newPage,
  screenshot,
  useBrowser,
  visibleText,
} from './support/browser.js';
import { expectNoHorizontalScroll } from './support/portal.js';

const { publicUrl } = inject('stack');
const IMPORTS = '/backoffice/anagrafe/importazioni';
const browser = useBrowser();

/** A household of the file on its own street, so the test's rows touch nothing else in the registry. */
function householdRows(members: { identity: TestIdentity; overrides?: Record<string, string> }[]): string[] {
  const household = uniqueCode('H');
  const street = uniqueCode('S', 10);
  return members.map(({ identity, overrides }, index) => {
    const row: Record<string, string> = {
      household_code: household,
      relationship_code: index === 0 ? '01' : '02',
      entry_date: '2018-03-01',
      street_code: street,
      street_toponym: 'Via',
      street_name: `Importazione ${street}`,
      civic_number: '7',
      fiscal_code: identity.fiscalCode,
      family_name: identity.familyName,
      given_name: identity.givenName,
      sex: identity.sex,
      birth_date: identity.birthDate,
      birth_place_code: identity.birthPlaceCode,
      citizenship: 'IT',
      marital_status: 'single',
      status: 'resident',
      ...overrides,
    };
    return IMPORT_COLUMNS.map((column) => row[column] ?? '').join(';');
  });
}

function csvFile(name: string, rows: string[], encoding: BufferEncoding = 'utf8') {
  return {
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(`${[IMPORT_COLUMNS.join(';'), ...rows].join('\n')}\n`, encoding),
  };
}

async function upload(page: Page, file: ReturnType<typeof csvFile>): Promise<void> {
  await page.getByLabel("File CSV dell'anagrafe").setInputFiles(file);
  await page.getByRole('button', { name: "Avvia l'importazione" }).click();
}

/** Waits on the job page, which refreshes itself, until the import has an outcome. */
async function finishedJob(page: Page, outcome: RegExp): Promise<void> {
  await page.waitForURL(new RegExp(`${IMPORTS}/[0-9a-f-]{36}$`), { timeout: 15_000 });
  await expectText(page.locator('main'), outcome, 30_000);
  await expect(
    page.getByRole('progressbar', { name: "Avanzamento dell'importazione" }).getAttribute('value'),
  ).resolves.toBe('3');
}

/** The value of one of the job page's counters and details, found by its label. */
function detail(page: Page, label: string): Promise<string> {
  return visibleText(
    page.locator('main dt', { hasText: label }).first().locator('xpath=following-sibling::dd[1]'),
  );
}

describe('registry office imports', () => {
  it('should show a registry clerk on a phone the rejected row of a broken file, then complete a valid one', async () => {
    const clerk = newIdentity();
    await grantRoles(clerk.fiscalCode, ['registry']);
    const { context, page } = await newPage(browser(), { width: 360, height: 740 });
    await loginInBrowser(page, publicUrl, clerk);

    await page.goto(`${publicUrl}${IMPORTS}`);
    const main = page.locator('main');
    await expectText(main.locator('h1'), "Importazioni dell'anagrafe");
    const tab = page
      .getByRole('navigation', { name: 'Sezioni dell’ufficio anagrafe' })
      .getByRole('link', { name: "Importazioni dell'anagrafe" });
    await expect(tab.getAttribute('aria-current')).resolves.toBe('page');
    await expectNoHorizontalScroll(page);
    await expectNoAccessibilityViolations(page);

    // A spreadsheet saved as Windows-1252: refused at once, with the backend's Italian explanation.
    const [head, spouse] = [newIdentity(), newIdentity()];
    await upload(
      page,
      csvFile(
        'anagrafe-ansi.csv',
        householdRows([{ identity: head, overrides: { given_name: 'Nicolò' } }]),
        'latin1',
      ),
    );
    const refusal = main.getByRole('alert');
    await expectText(refusal, 'Il file non è in UTF-8: la riga 2');
    expect(new URL(page.url()).pathname).toBe(IMPORTS);
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'registry-import-1-encoding-refused-phone');

    // One broken row (a wrong check character): the whole file is rejected, the row named with its reason.
    const check = spouse.fiscalCode[15] === 'Z' ? 'Y' : 'Z';
    const broken = householdRows([
      { identity: head },
      { identity: spouse, overrides: { fiscal_code: `${spouse.fiscalCode.slice(0, 15)}${check}` } },
    ]);
    await upload(page, csvFile('anagrafe-errata.csv', broken));
    await finishedJob(page, /File rifiutato: l'anagrafe non è stata modificata/);
    await expectText(main.locator('h1'), 'Importazione «anagrafe-errata.csv»');
    await expect(detail(page, 'Righe lette')).resolves.toBe('2');
    await expect(detail(page, 'Righe scartate')).resolves.toBe('1');
    const problems = page.getByRole('table', { name: 'Problemi del file: riga, colonna e motivo' });
    const problem = problems.getByRole('row').filter({ hasText: 'fiscal_code' });
    await expect(problem.count()).resolves.toBe(1);
    const cells = await problem.locator('th, td').allInnerTexts();
    expect(cells[0]).toBe('3');
    expect(cells[1]).toBe('fiscal_code');
    expect(cells[2]).toMatch(new RegExp(`codice fiscale non valido: il carattere di controllo è «${check}»`));
    await expectNoHorizontalScroll(page);
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'registry-import-2-rejected-phone');

    // The same household, corrected: loaded, with its changes.
    await page.getByRole('link', { name: 'Torna alle importazioni' }).click();
    await page.waitForURL(new RegExp(`${IMPORTS}$`));
    await upload(page, csvFile('anagrafe.csv', householdRows([{ identity: head }, { identity: spouse }])));
    await finishedJob(page, /Importazione completata/);
    const changes = page.getByRole('table', { name: 'Righe inserite e aggiornate, archivio per archivio' });
    const persons = await changes
      .getByRole('row', { name: /Persone/ })
      .locator('th, td')
      .allInnerTexts();
    expect(persons).toEqual(['Persone', '2', '0']);
    await expect(detail(page, 'Righe lette')).resolves.toBe('2');
    await expect(detail(page, 'Righe scartate')).resolves.toBe('0');
    await expect(detail(page, 'Avviata da')).resolves.toBe(clerk.fiscalCode);
    await expectNoHorizontalScroll(page);
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'registry-import-3-completed-phone');

    // The list shows both imports, newest first, with their outcome.
    await page.getByRole('link', { name: 'Torna alle importazioni' }).click();
    await page.waitForURL(new RegExp(`${IMPORTS}$`));
    const list = page.getByRole('table', { name: 'Le ultime 20 importazioni, dalla più recente' });
    const rows = list.getByRole('row').filter({ hasText: /anagrafe(-errata)?\.csv/ });
    await expectText(list, 'anagrafe.csv');
    expect((await visibleText(rows.first())).replace(/\s+/g, ' ')).toMatch(/anagrafe\.csv .*Completata/);
    expect((await visibleText(rows.nth(1))).replace(/\s+/g, ' ')).toMatch(
      /anagrafe-errata\.csv .*File rifiutato/,
    );
    await expectNoHorizontalScroll(page);
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'registry-import-4-list-phone');
    await context.close();
  });
});

import { describe, expect, inject, it } from 'vitest';
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
import { expectNoHorizontalScroll, registerPractice, staffSession } from './support/portal.js';

const { publicUrl } = inject('stack');
const browser = useBrowser();

describe('a clerk moves a practice and the resident sees it', () => {
  it('should show the resident, in their own session, each state the clerk records with its public note', async () => {
    const resident = newIdentity();
    const clerk = newIdentity();
    await grantRoles(clerk.fiscalCode, ['permits']);
    const registrar = await staffSession(['permits']);
    const practice = await registerPractice(
      registrar.session,
      'PDC',
      resident,
      'Nuova autorimessa interrata',
    );

    // Two people, two browser contexts: the resident on a phone, the clerk at the office desk.
    const residentSide = await newPage(browser(), { width: 360, height: 740 });
    await loginInBrowser(residentSide.page, publicUrl, resident);
    await residentSide.page.goto(`${publicUrl}/pratiche/${practice.id}`);
    const residentMain = residentSide.page.locator('main');
    await expectText(residentMain, 'Presentata');
    await expectNoHorizontalScroll(residentSide.page);
    await expectNoAccessibilityViolations(residentSide.page);
    await screenshot(residentSide.page, 'clerk-moves-1-resident-before-phone');

    const clerkSide = await newPage(browser());
    await loginInBrowser(clerkSide.page, publicUrl, clerk);
    await clerkSide.page.goto(`${publicUrl}/backoffice/pratiche`);
    await clerkSide.page
      .getByLabel('Cerca per protocollo, indirizzo o descrizione')
      .fill(practice.protocolNumber);
    await clerkSide.page.getByRole('button', { name: 'Applica i filtri' }).click();
    await clerkSide.page.waitForURL(/\/backoffice\/pratiche\?/);
    const row = clerkSide.page.getByRole('row').filter({ hasText: practice.protocolNumber });
    await row.first().waitFor({ timeout: 15_000 });
    await expect(row.count()).resolves.toBe(1);
    await expectNoAccessibilityViolations(clerkSide.page);
    await screenshot(clerkSide.page, 'clerk-moves-2-queue');
    await row.getByRole('link').first().click();
    await clerkSide.page.waitForURL(new RegExp(`/backoffice/pratiche/${practice.id}$`));
    await expectText(clerkSide.page.locator('main'), practice.protocolNumber);

    // The clerk takes the practice (case officer) with a note for the applicant.
    await waitForHydration(clerkSide.page);
    const form = clerkSide.page.getByRole('complementary', { name: 'Registra un passaggio' });
    await form.getByLabel('Nuovo stato').selectOption('assigned');
    await form.getByLabel('Codice fiscale del responsabile del procedimento').fill(clerk.fiscalCode);
    await form.getByLabel(/Nota per il richiedente/).fill('La pratica è stata presa in carico.');
    await form.getByLabel(/Nota interna/).fill('Verificare le distanze dai confini.');
    await expectNoAccessibilityViolations(clerkSide.page);
    await screenshot(clerkSide.page, 'clerk-moves-3-transition-form');
    await form.getByRole('button', { name: 'Registra il passaggio' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: '«Responsabile assegnato»' })
      .waitFor({ timeout: 15_000 });

    // Then starts the review.
    await expect
      .poll(() => visibleText(form.getByText(/Versione della pratica: \d+/)), { timeout: 15_000 })
      .not.toContain(`Versione della pratica: ${practice.version}`);
    await form.getByLabel('Nuovo stato').selectOption('under_review');
    await form.getByRole('button', { name: 'Registra il passaggio' }).click();
    await form.getByRole('status').filter({ hasText: '«In istruttoria»' }).waitFor({ timeout: 15_000 });
    await screenshot(clerkSide.page, 'clerk-moves-4-clerk-after');

    // The resident reloads: new state, the case officer, the public note, never the internal one.
    await residentSide.page.reload();
    await expectText(residentMain, 'In istruttoria');
    await expect(residentMain.getByText('In istruttoria').first().isVisible()).resolves.toBe(true);
    const timeline = residentSide.page.getByRole('region', { name: 'Cronologia' });
    const timelineText = await visibleText(timeline);
    expect(timelineText).toContain('Responsabile assegnato');
    expect(timelineText).toContain('La pratica è stata presa in carico.');
    const everything = await visibleText(residentMain);
    expect(everything).toContain(`${clerk.givenName} ${clerk.familyName}`);
    expect(everything).not.toContain('Verificare le distanze dai confini.');
    await expectNoHorizontalScroll(residentSide.page);
    await expectNoAccessibilityViolations(residentSide.page);
    await screenshot(residentSide.page, 'clerk-moves-5-resident-after-phone');

    await residentSide.page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(residentSide.page, 'clerk-moves-6-resident-after-desktop');
    await Promise.all([residentSide.context.close(), clerkSide.context.close()]);
  });
});

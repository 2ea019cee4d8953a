import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { testDb } from '../backend/test/support/db.js';
import { seedHousehold, uniqueCode } from '../backend/test/support/registry-factories.js';
import { loginAs, type TestSession } from '../backend/test/support/session.js';
import { checkLabelled, expectNoAccessibilityViolations, expectText, useBrowser } from './support/browser.js';
import {
  addDaysIso,
  expectNoHorizontalScroll,
  italianDate,
  movePractice,
  okJson,
  registerPractice,
  romeToday,
  staffSession,
} from './support/portal.js';
import { browserContextAs } from './support/routes.js';

const { publicUrl } = inject('stack');
const DESKTOP = { locale: 'it', width: 1280, height: 900 } as const;
const browser = useBrowser();

async function openAs(
  session: TestSession | null,
  path: string,
  options: { locale: 'it' | 'en'; width: number; height: number } = DESKTOP,
): Promise<Page> {
  const context = await browserContextAs(browser(), publicUrl, session, options);
  const page = await context.newPage();
  await page.goto(`${publicUrl}${path}`);
  return page;
}

describe('the resident’s personal area', () => {
  it('should put the integration request first, count the sections and let the resident read the message', async () => {
    const today = romeToday();
    const household = await seedHousehold([
      {
        relationshipCode: '01',
        document: {
          kind: 'cie',
          number: uniqueCode('CA', 7),
          issuedOn: '2017-03-01',
          expiresOn: addDaysIso(today, 40),
        },
      },
    ]);
    const head = household.members[0];
    const staff = await staffSession(['permits']);
    const practice = await registerPractice(staff.session, 'CILA', head);
    await movePractice(staff.session, practice.id, 'under_check');
    const dueDate = addDaysIso(today, 10);
    await movePractice(staff.session, practice.id, 'integration_requested', {
      dueDate,
      requestedDocuments: ['Tavola 3 aggiornata'],
      publicNote: 'Manca la tavola 3.',
    });
    const resident = await loginAs(head);

    const page = await openAs(resident, '/');
    const next = page.locator('section[aria-labelledby="next-actions-title"] li');
    await expectText(next.first(), `Integrazione della pratica ${practice.protocolNumber}`);
    await expectText(next.first(), italianDate(dueDate));
    await expectText(page.locator('#pratiche'), 'Da integrare entro il');
    await expectText(page.locator('#scadenze'), 'Scadenza del documento d’identità');
    await expectText(page.locator('#messaggi'), /[1-9]\d* da leggere/);
    await expectNoAccessibilityViolations(page);

    const before = await okJson<{ unread: number }>(await resident.fetch('/api/messages'));
    expect(before.unread).toBeGreaterThan(0);
    const userMenu = page.locator('summary[aria-label^="Menu utente di"]');
    const unreadInHeader = (count: number) =>
      count === 1 ? '1 messaggio da leggere' : `${count} messaggi da leggere`;
    await expect(userMenu.getAttribute('aria-label')).resolves.toContain(unreadInHeader(before.unread));
    await page.goto(`${publicUrl}/messaggi?filtro=da-leggere`);
    await expectText(page.locator('main'), practice.protocolNumber);
    await page.getByRole('button', { name: 'Segna come letto' }).first().click();
    await expect
      .poll(async () => (await okJson<{ unread: number }>(await resident.fetch('/api/messages'))).unread)
      .toBe(before.unread - 1);
    await expectText(page.locator('main [role="status"]'), `${before.unread - 1} da leggere`);
    // The header's count follows without a reload of its own.
    const headerLabel = await userMenu.getAttribute('aria-label');
    if (before.unread === 1) expect(headerLabel).not.toContain('da leggere');
    else expect(headerLabel).toContain(unreadInHeader(before.unread - 1));
    await page.context().close();
  });

  it('should show the personal area in English on a 360 px phone without sideways scrolling', async () => {
    const household = await seedHousehold([{ relationshipCode: '01' }]);
    const resident = await loginAs(household.members[0]);
    const page = await openAs(resident, '/', { locale: 'en', width: 360, height: 740 });
    await expectText(page.locator('main h1'), `Hello, ${household.members[0].givenName}`);
    await expectText(page.locator('#pratiche'), 'My applications');
    await expectNoHorizontalScroll(page);
    await expectNoAccessibilityViolations(page);
    await page.context().close();
  });
});

describe('the rating component', () => {
  it('should store an anonymous rating for the page and thank the resident', async () => {
    const household = await seedHousehold([{ relationshipCode: '01' }]);
    const resident = await loginAs(household.members[0]);
    const comment = `Chiaro ${uniqueCode('', 6)}`;
    const page = await openAs(resident, '/pratiche');
    const rating = page.locator('[data-element="feedback"]');
    await rating.locator('[data-element="feedback-rate-4"]').click();
    await checkLabelled(rating, 'radio', 'Le indicazioni erano complete');
    await rating.getByLabel('Vuoi aggiungere altri dettagli? (facoltativo)').fill(comment);
    await rating.getByRole('button', { name: 'Invia' }).click();
    await expectText(rating, 'Grazie, il tuo giudizio ci aiuterà a migliorare il servizio!');
    const { rows } = await testDb().query(
      'SELECT page, rating, answer FROM service_feedback WHERE comment = $1',
      [comment],
    );
    expect(rows).toEqual([{ page: '/pratiche', rating: 4, answer: 'complete' }]);
    await page.context().close();
  });
});

describe('the staff home', () => {
  it('should show each clerk only the offices they work for, admin all of them', async () => {
    const registry = await staffSession(['registry']);
    const page = await openAs(registry.session, '/backoffice');
    await expectText(page.locator('main h1'), 'Da fare oggi');
    await expect(page.locator('main h2').allInnerTexts()).resolves.toEqual(['Anagrafe']);
    await page.context().close();

    const admin = await staffSession(['admin']);
    const adminPage = await openAs(admin.session, '/backoffice');
    await expectText(adminPage.locator('main h1'), 'Da fare oggi');
    await expect(adminPage.locator('main h2').allInnerTexts()).resolves.toEqual([
      'Anagrafe',
      'Edilizia',
      'Tributi',
    ]);
    await adminPage.context().close();
  });

  it('should refuse the staff home to a resident', async () => {
    const household = await seedHousehold([{ relationshipCode: '01' }]);
    const page = await openAs(await loginAs(household.members[0]), '/backoffice');
    await expectText(page.locator('main [role="alert"]'), 'riservata al personale del Comune');
    await page.context().close();
  });
});

describe('registering a practice from the protocol', () => {
  it('should register it, open it, and explain a refusal next to the form', async () => {
    const staff = await staffSession(['permits']);
    const household = await seedHousehold([{ relationshipCode: '01' }]);
    const applicant = household.members[0];
    const protocolNumber = `${uniqueCode('', 6)}/2026`;
    const page = await openAs(staff.session, '/backoffice/pratiche/nuova');
    const fill = async () => {
      await page.getByLabel('Tipo di pratica').selectOption('SCIA');
      await page.getByLabel('Numero di protocollo').fill(protocolNumber);
      await page.getByLabel('Indirizzo dell’intervento').fill('Via Garibaldi 4');
      await page.getByLabel('Foglio').fill('7');
      await page.getByLabel('Particella').fill('315');
      await page.getByLabel('Descrizione dell’intervento').fill('Frazionamento di unità immobiliare');
      const applicantFields = page.locator('fieldset', { hasText: 'Richiedente' });
      await applicantFields.getByLabel('Codice fiscale').fill(applicant.fiscalCode);
      await applicantFields.getByLabel('Nome', { exact: true }).fill(applicant.givenName);
      await applicantFields.getByLabel('Cognome', { exact: true }).fill(applicant.familyName);
      await page.getByRole('button', { name: 'Registra la pratica' }).click();
    };
    await fill();
    await page.waitForURL(/\/backoffice\/pratiche\/[0-9a-f-]{36}$/);
    await expectText(page.locator('main'), protocolNumber);

    await page.goto(`${publicUrl}/backoffice/pratiche/nuova`);
    await fill();
    await expectText(page.locator('main [role="alert"]'), 'La pratica non è stata registrata');
    await expect(page.getByLabel('Numero di protocollo').inputValue()).resolves.toBe(protocolNumber);
    await expectNoAccessibilityViolations(page);
    await page.context().close();
  });
});

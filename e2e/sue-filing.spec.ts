import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { samplePdf } from '../backend/src/permits/signatures/signature.fixtures.js';
import { newIdentity, type TestIdentity } from '../backend/test/support/factories.js';
import { signWithFirmaSandbox } from '../backend/test/support/firma.js';
import { loginAs } from '../backend/test/support/session.js';
import {
  checkLabelled,
  expectNoAccessibilityViolations,
  expectText,
  loginInBrowser,
  newPage,
  screenshot,
  useBrowser,
  visibleText,
  waitForHydration,
} from './support/browser.js';
import { payOnCheckout } from './support/payments.js';
import {
  expectNoHorizontalScroll,
  jsonRequest,
  movePractice,
  okJson,
  staffSession,
} from './support/portal.js';

const { publicUrl, federationUrl } = inject('stack');
const browser = useBrowser();

/** A PDF signed PAdES or CAdES by the firma sandbox as `who`, saved where the browser can pick it. */
async function signedFile(
  folder: string,
  who: TestIdentity,
  format: 'pades' | 'cades',
  name: string,
): Promise<string> {
  const file = path.join(folder, format === 'cades' ? `${name}.pdf.p7m` : `${name}.pdf`);
  await writeFile(
    file,
    await signWithFirmaSandbox(federationUrl, who, { format, pdf: await samplePdf(name) }),
  );
  return file;
}

async function fillAndSave(page: Page, values: Record<string, string>, next: string) {
  for (const [label, value] of Object.entries(values)) {
    const field = page.getByLabel(label, { exact: true });
    if ((await field.evaluate((element) => element.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
  await page.getByRole('button', { name: 'Salva e continua' }).click();
  await page.waitForURL(new RegExp(`passo=${next}`));
  await waitForHydration(page);
}

describe('a technician files a CILA for a resident', () => {
  it('should file it with signed documents and the proxy; the resident sees it, a clerk takes it over', async () => {
    const resident = newIdentity();
    const technician = newIdentity();
    const techApi = await loginAs(technician);
    await okJson(
      await techApi.fetch(
        '/api/me/technician-profile',
        jsonRequest(
          {
            professionalOrder: 'Ordine degli Architetti',
            registrationNumber: '1234',
            province: 'CR',
            pec: 'arch@pec.example.test',
          },
          'PUT',
        ),
      ),
    );
    // The office charges diritti di segreteria for a CILA (the same tariff the payments story sets).
    const office = await staffSession(['permits']);
    await okJson(
      await office.session.fetch(
        '/api/staff/permits/fee-tariffs',
        jsonRequest(
          { tariffs: [{ practiceType: 'CILA', amount: '57.30', description: 'Diritti di segreteria CILA' }] },
          'PUT',
        ),
      ),
    );
    const folder = await mkdtemp(path.join(os.tmpdir(), 'sue-'));

    const { page } = await newPage(browser(), { width: 360, height: 740 });
    await loginInBrowser(page, publicUrl, technician);
    await page.goto(`${publicUrl}/pratiche/nuova`);
    await waitForHydration(page);
    await expectNoAccessibilityViolations(page);
    await checkLabelled(page, 'radio', /Comunicazione di inizio lavori asseverata/);
    await page.getByRole('button', { name: 'Inizia la compilazione' }).click();
    await page.waitForURL(/passo=titolare/);
    await waitForHydration(page);
    await fillAndSave(
      page,
      {
        'Codice fiscale': resident.fiscalCode,
        Nome: resident.givenName,
        Cognome: resident.familyName,
        'Email per le comunicazioni': 'titolare@example.test',
      },
      'tecnico',
    );
    // The technician's section comes prefilled from the profile.
    await expect
      .poll(() => page.getByLabel('PEC', { exact: true }).inputValue())
      .toBe('arch@pec.example.test');
    await fillAndSave(page, {}, 'immobile');
    await fillAndSave(
      page,
      { 'Indirizzo dell’immobile': 'Via Roma 12', Foglio: '5', Particella: '120' },
      'intervento',
    );
    await fillAndSave(
      page,
      { 'Descrizione dell’intervento': 'Rifacimento del bagno e spostamento di un tramezzo' },
      'dichiarazioni',
    );
    for (const label of [/sanzioni penali/, /titolo ad eseguire/, /informativa/]) {
      await checkLabelled(page, 'checkbox', label);
    }
    await page.getByRole('button', { name: 'Salva e continua' }).click();
    await page.waitForURL(/passo=allegati/);
    await waitForHydration(page);

    const uploads: [string, string][] = [
      ['modulo', await signedFile(folder, technician, 'pades', 'modulo-cila')],
      ['relazione_tecnica', await signedFile(folder, technician, 'pades', 'relazione')],
      ['elaborati_grafici', await signedFile(folder, technician, 'cades', 'tavola-1')],
      ['delega', await signedFile(folder, resident, 'cades', 'procura')],
    ];
    for (const [kind, file] of uploads) {
      await page.getByLabel('Tipo di documento').selectOption(kind);
      await page.getByLabel('File firmato').setInputFiles(file);
      await page.getByRole('button', { name: 'Carica' }).click();
      await expectText(page.locator('main'), path.basename(file));
    }
    await expectText(page.locator('main'), `Firmato da ${resident.givenName} ${resident.familyName}`);
    await expectNoHorizontalScroll(page);
    await expectNoAccessibilityViolations(page);

    await page.goto(page.url().replace('passo=allegati', 'passo=riepilogo'));
    await waitForHydration(page);
    const summaryUrl = page.url();
    await expectText(page.locator('main'), 'Da pagare prima dell’invio: 57,30');
    await expectText(page.locator('main'), 'La pratica è completa');
    await expect(page.getByRole('button', { name: 'Invia la pratica' }).isDisabled()).resolves.toBe(true);
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'sue-filing-summary-phone');
    // The fee is paid with pagoPA inside the wizard, then the technician comes back and sends.
    await page.getByRole('button', { name: 'Paga i diritti con pagoPA' }).click();
    await page.waitForURL(/\/pagamenti\//);
    await payOnCheckout(page, federationUrl, summaryUrl);
    await expect
      .poll(
        async () => {
          await page.goto(summaryUrl);
          return visibleText(page.locator('main'));
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toContain('Pagati.');
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Invia la pratica' }).dblclick();
    await expectText(page.locator('main'), /Pratica inviata/i);
    const protocol = (await visibleText(page.locator('main'))).match(/Protocollo n\. (\d{7}\/\d{4})/)?.[1];
    expect(protocol).toBeDefined();
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'sue-filing-receipt-phone');

    // The resident sees it in "Le mie pratiche".
    const residentPage = (await newPage(browser(), { width: 1280, height: 900 })).page;
    await loginInBrowser(residentPage, publicUrl, resident);
    await residentPage.goto(`${publicUrl}/pratiche`);
    await expectText(residentPage.locator('main'), protocol!);

    // A clerk takes it over: it is in the queue in its initial state, and the office starts its check.
    const clerk = await staffSession(['permits']);
    const queue = await okJson<{ items: { id: string; protocolNumber: string; state: string }[] }>(
      await clerk.session.fetch(`/api/staff/permits?${new URLSearchParams({ q: protocol! })}`),
    );
    const filed = queue.items.find((item) => item.protocolNumber === protocol);
    expect(filed?.state).toBe('effective');
    await movePractice(clerk.session, filed!.id, 'under_check');
    const clerkPage = (await newPage(browser(), { width: 1280, height: 900 })).page;
    await loginInBrowser(clerkPage, publicUrl, clerk.identity);
    await clerkPage.goto(`${publicUrl}/backoffice/pratiche/${filed!.id}`);
    await expectText(clerkPage.locator('main'), protocol!);
    await expectText(clerkPage.locator('main'), 'procura');
  });
});

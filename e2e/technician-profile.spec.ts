import { describe, expect, inject, it } from 'vitest';
import { newIdentity } from '../backend/test/support/factories.js';
import { loginAs } from '../backend/test/support/session.js';
import {
  checkLabelled,
  expectNoAccessibilityViolations,
  expectText,
  loginInBrowser,
  newPage,
  screenshot,
  useBrowser,
  waitForHydration,
} from './support/browser.js';
import { expectNoHorizontalScroll, okJson } from './support/portal.js';

const { publicUrl } = inject('stack');
const browser = useBrowser();

describe('a technician keeps a profile and files with co-titolari', () => {
  it('should save the technician profile from the personal area, refusing a bad province with the reason', async () => {
    const technician = newIdentity();
    const { context, page } = await newPage(browser(), { width: 360, height: 740 });
    await loginInBrowser(page, publicUrl, technician);
    await page.goto(`${publicUrl}/i-miei-dati`);
    await page.getByRole('link', { name: 'Profilo del tecnico' }).click();
    await page.waitForURL(/\/i-miei-dati\/profilo-tecnico$/);
    await waitForHydration(page);
    await expectText(page.locator('main'), 'Non hai ancora salvato un profilo da tecnico.');

    await page.getByLabel('Ordine o collegio professionale').fill('Ordine degli Ingegneri di Cremona');
    await page.getByLabel('Numero di iscrizione all’albo').fill('A-1234');
    await page.getByLabel(/Provincia dell.albo/).fill('Cremona');
    await page.getByLabel('Indirizzo PEC').fill('ing.rossi@pec.example.test');
    await page.getByRole('button', { name: 'Salva il profilo' }).click();
    await page.getByRole('alert').filter({ hasText: 'sigla della provincia' }).waitFor({ timeout: 15_000 });
    expect(await page.getByLabel(/Provincia dell.albo/).getAttribute('aria-invalid')).toBe('true');
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'technician-profile-1-refused-phone');

    await page.getByLabel(/Provincia dell.albo/).fill('cr');
    await page.getByRole('button', { name: 'Salva il profilo' }).click();
    await page.getByRole('status').filter({ hasText: 'Profilo salvato' }).waitFor({ timeout: 15_000 });
    await expectNoHorizontalScroll(page);
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'technician-profile-2-saved-phone');

    const api = await loginAs(technician);
    const saved = await okJson<Record<string, string>>(await api.fetch('/api/me/technician-profile'));
    expect(saved).toMatchObject({
      professionalOrder: 'Ordine degli Ingegneri di Cremona',
      registrationNumber: 'A-1234',
      province: 'CR',
      pec: 'ing.rossi@pec.example.test',
    });

    // Back on the page later: the form shows what was saved.
    await page.reload();
    await waitForHydration(page);
    expect(await page.getByLabel('Numero di iscrizione all’albo').inputValue()).toBe('A-1234');
    await context.close();
  });

  it('should add and remove co-titolari in the titolare step on a phone, saving the ones left', async () => {
    const resident = newIdentity();
    const first = newIdentity();
    const second = newIdentity();
    const { context, page } = await newPage(browser(), { width: 360, height: 740 });
    await loginInBrowser(page, publicUrl, resident);
    await page.goto(`${publicUrl}/pratiche/nuova`);
    await waitForHydration(page);
    await expectText(page.locator('main'), 'Sei un tecnico? Compila il tuo profilo professionale');
    await checkLabelled(page, 'radio', /Comunicazione di inizio lavori asseverata/);
    await page.getByRole('button', { name: 'Inizia la compilazione' }).click();
    await page.waitForURL(/passo=titolare/);
    await waitForHydration(page);
    const draftId = new URL(page.url()).pathname.split('/').pop() as string;

    await page.getByLabel('Email per le comunicazioni', { exact: true }).fill('titolare@example.test');
    const add = page.getByRole('button', { name: 'Aggiungi un co-titolare' });
    for (const [n, person] of [
      [1, first],
      [2, second],
    ] as const) {
      await add.click();
      const row = page.getByRole('group', { name: `Co-titolare ${n}` });
      await row.getByLabel('Codice fiscale', { exact: true }).fill(person.fiscalCode.toLowerCase());
      await row.getByLabel('Nome', { exact: true }).fill(person.givenName);
      await row.getByLabel('Cognome', { exact: true }).fill(person.familyName);
    }
    await expectNoHorizontalScroll(page);
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'co-titolari-1-two-rows-phone');

    // The first is removed: the second becomes "Co-titolare 1" and keeps what was typed.
    await page.getByRole('button', { name: 'Rimuovi il co-titolare 1' }).click();
    const left = page.getByRole('group', { name: 'Co-titolare 1' });
    expect(await left.getByLabel('Codice fiscale', { exact: true }).inputValue()).toBe(
      second.fiscalCode.toLowerCase(),
    );
    expect(await page.getByRole('group', { name: 'Co-titolare 2' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Salva e continua' }).click();
    await page.waitForURL(/passo=tecnico/);

    const api = await loginAs(resident);
    const draft = await okJson<{ sections: { titolare: { coTitolari: unknown[] } } }>(
      await api.fetch(`/api/permits/drafts/${draftId}`),
    );
    expect(draft.sections.titolare.coTitolari).toEqual([
      { fiscalCode: second.fiscalCode, givenName: second.givenName, familyName: second.familyName },
    ]);
    await context.close();
  });
});

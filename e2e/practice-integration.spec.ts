import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { samplePdf } from '../backend/src/permits/signatures/signature.fixtures.js';
import { newIdentity, type TestIdentity } from '../backend/test/support/factories.js';
import { type SignatureDefect, signWithFirmaSandbox } from '../backend/test/support/firma.js';
import {
  expectNoAccessibilityViolations,
  expectText,
  loginInBrowser,
  newPage,
  screenshot,
  useBrowser,
  waitForHydration,
} from './support/browser.js';
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

const { publicUrl, federationUrl } = inject('stack');
const browser = useBrowser();

/** A PDF signed PAdES by the firma sandbox as `who` (with a `defect` when asked), saved for the browser to pick. */
async function signedPdf(
  folder: string,
  who: TestIdentity,
  name: string,
  defect?: SignatureDefect,
): Promise<string> {
  const file = path.join(folder, `${name}.pdf`);
  await writeFile(
    file,
    await signWithFirmaSandbox(federationUrl, who, { defect, pdf: await samplePdf(name) }),
  );
  return file;
}

describe('a resident checks a practice and answers an integration request', () => {
  it('should show the timeline and the due date, take a real PDF and submit the integrations', async () => {
    const resident = newIdentity();
    const staff = await staffSession(['permits']);
    const practice = await registerPractice(
      staff.session,
      'CILA',
      resident,
      'Manutenzione straordinaria bagno',
    );
    await movePractice(staff.session, practice.id, 'under_check');
    const dueDate = addDaysIso(romeToday(), 20);
    await movePractice(staff.session, practice.id, 'integration_requested', {
      dueDate,
      requestedDocuments: ['Tavola 3 aggiornata'],
      publicNote: 'Manca la tavola 3 con lo stato di progetto.',
    });

    // The list, on a phone: the practice is among those to integrate, with its due date.
    const { context, page } = await newPage(browser(), { width: 360, height: 740 });
    await loginInBrowser(page, publicUrl, resident);
    await page.goto(`${publicUrl}/pratiche`);
    const card = page.getByRole('article').filter({ hasText: practice.protocolNumber });
    await expectText(card, `Da integrare entro il ${italianDate(dueDate)}`);
    await expectNoHorizontalScroll(page);
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'practice-integration-1-list-phone');

    // The detail, still on the phone: the timeline, the open request with its due date and the office's
    // explanation, and the upload form.
    await card
      .getByRole('link', { name: new RegExp(`Apri la pratica n. ${practice.protocolNumber}`) })
      .click();
    await page.waitForURL(new RegExp(`/pratiche/${practice.id}$`));
    const main = page.locator('main');
    await expectText(main.getByRole('heading', { level: 1 }), practice.protocolNumber);
    const timeline = page.getByRole('region', { name: 'Cronologia' });
    await expectText(timeline, 'In verifica → Integrazioni richieste');
    await expectText(timeline, 'Manca la tavola 3 con lo stato di progetto.');
    const requests = page.getByRole('region', { name: /Richieste dell.ufficio/ });
    await expectText(requests, `Da presentare entro il ${italianDate(dueDate)}`);
    await expectText(requests, 'Tavola 3 aggiornata');
    await expectText(requests, 'Manca la tavola 3 con lo stato di progetto.');
    await expectNoHorizontalScroll(page);
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'practice-integration-2-detail-phone');

    // A file whose signer certificate has expired is refused, with the Italian reason, and nothing is stored.
    const folder = await mkdtemp(path.join(os.tmpdir(), 'e2e-upload-'));
    const expired = await signedPdf(folder, resident, 'tavola-3-scaduta', 'expired-certificate');
    await waitForHydration(page);
    const input = page.getByLabel(/File firmato \(PDF o .p7m\)/);
    await input.setInputFiles(expired);
    await page.getByRole('button', { name: 'Carica il documento firmato' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: /Il certificato di firma di .+ è scaduto/ });
    await refusal.waitFor({ timeout: 15_000 });
    await expectText(refusal, `${resident.givenName} ${resident.familyName}`);
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'practice-integration-3a-refused-phone');

    // A PDF signed by the resident through the firma sandbox is taken, with its signer shown.
    const file = await signedPdf(folder, resident, 'tavola-3-aggiornata');
    await input.setInputFiles(file);
    await page.getByRole('button', { name: 'Carica il documento firmato' }).click();
    const signer = `${resident.givenName} ${resident.familyName} (codice fiscale ${resident.fiscalCode})`;
    await page
      .getByRole('status')
      .filter({ hasText: `Documento «tavola-3-aggiornata.pdf» caricato: firmato da ${signer}.` })
      .waitFor({ timeout: 15_000 });
    expect(await refusal.count()).toBe(0);
    await expectText(
      page.getByRole('list', { name: 'Documenti firmati caricati' }).getByRole('listitem'),
      `Firmato da ${signer}`,
    );
    const documents = page.getByRole('region', { name: 'Documenti' });
    await expectText(documents, 'tavola-3-aggiornata.pdf');
    // The signer is kept with the document: the practice's documents list says it after a reload too.
    await page.reload();
    await expectText(
      page.getByRole('region', { name: 'Documenti' }),
      `Firmato digitalmente (PAdES) da ${signer} il`,
    );
    await waitForHydration(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'practice-integration-3-uploaded-phone');

    await page.getByLabel(/Messaggio per l.ufficio/).fill('Allego la tavola 3 aggiornata.');
    await page.getByRole('button', { name: 'Invia le integrazioni caricate' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Fatto: la pratica è ora nello stato «Integrazioni presentate».' })
      .waitFor({ timeout: 15_000 });
    await expectText(timeline, 'Integrazioni presentate');
    await expectNoHorizontalScroll(page);
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'practice-integration-4-submitted-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'practice-integration-5-submitted-desktop');

    // The office sees the answer: the new state and the uploaded file, byte for byte.
    const seen = await okJson<{
      state: string;
      documents: { id: string; fileName: string; sizeBytes: number }[];
    }>(await staff.session.fetch(`/api/staff/permits/${practice.id}`));
    expect(seen.state).toBe('integrations_submitted');
    expect(seen.documents.map((document) => document.fileName)).toContain('tavola-3-aggiornata.pdf');
    await context.close();
  });
});

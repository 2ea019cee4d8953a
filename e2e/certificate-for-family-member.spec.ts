import { describe, expect, inject, it } from 'vitest';
import { newIdentity } from '../backend/test/support/factories.js';
import { seedHousehold } from '../backend/test/support/registry-factories.js';
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
import { expectNoHorizontalScroll } from './support/portal.js';

const { publicUrl } = inject('stack');
const browser = useBrowser();

describe('a resident prints a certificate for a family member', () => {
  it('should issue a residence certificate for the spouse, download it, list it and verify it publicly', async () => {
    const head = newIdentity({ sex: 'M', birthDate: '1975-04-21' });
    const spouse = newIdentity({ sex: 'F', birthDate: '1978-09-03' });
    await seedHousehold([
      { identity: head, relationshipCode: '01', maritalStatus: 'married' },
      { identity: spouse, relationshipCode: '02', maritalStatus: 'married' },
    ]);

    // The resident's whole request happens on a 360 px phone.
    const { context, page } = await newPage(browser(), { width: 360, height: 740 });
    await loginInBrowser(page, publicUrl, head);
    await page.goto(`${publicUrl}/certificati`);
    await expectText(page.getByRole('heading', { level: 1 }), /Certificati/);
    await expectNoAccessibilityViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'certificate-1-person-phone');

    // Step 1: whom for. The spouse is offered beside the resident, with the relationship.
    const spouseName = `${spouse.givenName} ${spouse.familyName}`;
    await checkLabelled(page, 'radio', new RegExp(spouseName));
    await page.getByRole('button', { name: 'Continua' }).click();
    await page.waitForURL(/\/certificati\/richiesta\?/);
    await expectText(page.locator('main'), spouseName);

    // Step 2: the type and the stamp-duty exemption.
    await checkLabelled(page, 'checkbox', 'Certificato di residenza');
    await checkLabelled(page, 'radio', /esente dal bollo/i);
    const exemption = page.getByLabel('Uso del certificato');
    const firstUse = await exemption.locator('option:not([value=""])').first().getAttribute('value');
    expect(firstUse, 'the exemption list offers at least one use').toBeTruthy();
    await exemption.selectOption(firstUse!);
    await expectNoAccessibilityViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'certificate-2-type-and-stamp-duty-phone');
    await page.getByRole('button', { name: /Vedi l.anteprima/ }).click();

    // Step 3: the preview names the spouse; issuing lands on the archive with the new certificate on top.
    await page.waitForURL(/\/certificati\/anteprima\?/);
    await expectText(page.locator('main'), new RegExp(spouse.familyName, 'i'));
    await expectNoAccessibilityViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'certificate-3-preview-phone');
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Emetti il certificato' }).click();
    await page.waitForURL(/\/certificati\?emesso=/, { timeout: 30_000 });
    const issued = page.getByRole('status').filter({ hasText: 'Certificato emesso' });
    const issuedText = await visibleText(issued);
    const code = /([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3}|[0-9A-Z]{8,})/.exec(
      issuedText.replace('Certificato emesso', ''),
    )?.[1];
    expect(code, `a certificate code in «${issuedText}»`).toBeTruthy();

    // Download: the browser receives a PDF attachment, and the same URL answers application/pdf.
    const downloadLink = issued.getByRole('link');
    const href = await downloadLink.getAttribute('href');
    const [download] = await Promise.all([page.waitForEvent('download'), downloadLink.click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = await context.request.get(new URL(href!, publicUrl).href);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The archive lists it, for the spouse, with its code.
    const archive = page.getByRole('region', { name: 'I tuoi certificati' });
    const card = archive.getByRole('article').filter({ hasText: code! });
    await expect(card.count()).resolves.toBe(1);
    // Certificates print the subject as the registry does: family name first, in capitals.
    await expect(visibleText(card)).resolves.toMatch(
      new RegExp(`${spouse.familyName} ${spouse.givenName}`, 'i'),
    );
    await expectNoAccessibilityViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'certificate-4-archive-phone');
    await context.close();

    // Anyone, without logging in, can check the code on the public page; on a phone as after a QR scan.
    const anonymous = await newPage(browser(), { width: 360, height: 740 });
    const response = await anonymous.page.goto(`${publicUrl}/verifica/${encodeURIComponent(code!)}`);
    expect(response?.status()).toBe(200);
    await expectText(anonymous.page.locator('main'), 'Certificato autentico');
    await expect(
      anonymous.page.getByRole('heading', { name: 'Certificato autentico' }).count(),
    ).resolves.toBe(1);
    await expectText(anonymous.page.locator('main'), code!);
    await expectNoHorizontalScroll(anonymous.page);
    await expectNoAccessibilityViolations(anonymous.page);
    await screenshot(anonymous.page, 'certificate-5-verification-phone');
    await anonymous.context.close();
  });
});

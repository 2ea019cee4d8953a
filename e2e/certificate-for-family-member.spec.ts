import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { newIdentity } from '../backend/test/support/factories.js';
import { seedHousehold } from '../backend/test/support/registry-factories.js';
import {
  expectNoAccessibilityViolations,
  launchBrowser,
  loginInBrowser,
  newPage,
  screenshot,
} from './support/browser.js';
import { expectNoHorizontalScroll } from './support/portal.js';

const { publicUrl } = inject('stack');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a resident prints a certificate for a family member', () => {
  it('should issue a residence certificate for the spouse, download it, list it and verify it publicly', async () => {
    const head = newIdentity({ sex: 'M', birthDate: '1975-04-21' });
    const spouse = newIdentity({ sex: 'F', birthDate: '1978-09-03' });
    await seedHousehold([
      { identity: head, relationshipCode: '01', maritalStatus: 'married' },
      { identity: spouse, relationshipCode: '02', maritalStatus: 'married' },
    ]);

    const { context, page } = await newPage(browser);
    await loginInBrowser(page, publicUrl, head);
    await page.goto(`${publicUrl}/certificati`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(/Certificati/);
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'certificate-1-person');

    // Step 1: whom for. The spouse is offered beside the resident, with the relationship.
    const spouseName = `${spouse.givenName} ${spouse.familyName}`;
    await page.getByRole('radio', { name: new RegExp(spouseName) }).check();
    await page.getByRole('button', { name: 'Continua' }).click();
    await page.waitForURL(/\/certificati\/richiesta\?/);
    await expect(page.locator('main').innerText()).resolves.toContain(spouseName);

    // Step 2: the type and the stamp-duty exemption.
    const residence = page.getByRole('checkbox', { name: /^Certificato di residenza$|^Residenza$/i });
    const fallback = page.getByRole('checkbox', { name: /residenza/i }).and(page.locator(':enabled'));
    await ((await residence.count()) > 0 ? residence.first() : fallback.first()).check();
    await page.getByRole('radio', { name: /esente dal bollo/i }).check();
    const exemption = page.getByLabel('Uso del certificato');
    const firstUse = await exemption.locator('option:not([value=""])').first().getAttribute('value');
    expect(firstUse, 'the exemption list offers at least one use').toBeTruthy();
    await exemption.selectOption(firstUse!);
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'certificate-2-type-and-stamp-duty');
    await page.getByRole('button', { name: /Vedi l.anteprima/ }).click();

    // Step 3: the preview names the spouse; issuing lands on the archive with the new certificate on top.
    await page.waitForURL(/\/certificati\/anteprima\?/);
    const preview = await page.locator('main').innerText();
    expect(preview.toUpperCase()).toContain(spouse.familyName.toUpperCase());
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'certificate-3-preview');
    await page.getByRole('button', { name: 'Emetti il certificato' }).click();
    await page.waitForURL(/\/certificati\?emesso=/, { timeout: 30_000 });
    const issued = page.getByRole('status').filter({ hasText: 'Certificato emesso' });
    const issuedText = await issued.innerText();
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
    await expect(card.innerText()).resolves.toContain(spouse.givenName);
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'certificate-4-archive');
    await context.close();

    // Anyone, without logging in, can check the code on the public page; on a phone as after a QR scan.
    const anonymous = await newPage(browser, { width: 360, height: 740 });
    const response = await anonymous.page.goto(`${publicUrl}/verifica/${encodeURIComponent(code!)}`);
    expect(response?.status()).toBe(200);
    await expect(
      anonymous.page.getByRole('heading', { name: 'Certificato autentico' }).count(),
    ).resolves.toBe(1);
    await expect(anonymous.page.locator('main').innerText()).resolves.toContain(code!);
    await expectNoHorizontalScroll(anonymous.page);
    await expectNoAccessibilityViolations(anonymous.page);
    await screenshot(anonymous.page, 'certificate-5-verification-phone');
    await anonymous.context.close();
  });
});

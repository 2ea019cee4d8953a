import { describe, expect, inject, it } from 'vitest';
import { pdfText } from '../backend/test/f24-fixtures.js';
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
  waitForHydration,
} from './support/browser.js';
import {
  expectPaymentStatus,
  fetchPdf,
  listedPayments,
  paymentIdOf,
  payOnCheckout,
} from './support/payments.js';
import { expectNoHorizontalScroll } from './support/portal.js';

const { publicUrl, federationUrl } = inject('stack');
const browser = useBrowser();

describe('a resident pays the stamp duty of a certificate with pagoPA', () => {
  it('should go from the request to the issued certificate through the pagoPA checkout within 30 seconds', async () => {
    const head = newIdentity({ sex: 'F', birthDate: '1980-02-11' });
    await seedHousehold([{ identity: head, relationshipCode: '01' }]);
    const { context, page } = await newPage(browser(), { width: 360, height: 740 });
    await loginInBrowser(page, publicUrl, head);

    // The request: residence, with the marca da bollo digitale instead of the exemption or the paper marca.
    await page.goto(`${publicUrl}/certificati`);
    await expectText(page.getByRole('heading', { level: 1 }), /Certificati/);
    await page.getByRole('button', { name: 'Continua' }).click();
    await page.waitForURL(/\/certificati\/richiesta\?/);
    await checkLabelled(page, 'checkbox', 'Certificato di residenza');
    await checkLabelled(page, 'radio', /Marca da bollo digitale \(pagoPA\) — € 16,00/);
    await expectNoAccessibilityViolations(page);
    await expectNoHorizontalScroll(page);
    await page.getByRole('button', { name: /Vedi l.anteprima/ }).click();
    await page.waitForURL(/\/certificati\/anteprima\?/);
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Richiedi e paga' }).click();

    // The payment step: amount, notice number, Paga online, the avviso, and what happens once paid.
    await page.waitForURL(/\/pagamenti\/[^/?]+$/, { timeout: 30_000 });
    const paymentId = paymentIdOf(page);
    const main = page.locator('main');
    await expectText(main, '€ 16,00');
    await expectText(main, 'Il certificato sarà emesso automaticamente');
    const [listed] = (await listedPayments(context, publicUrl)).filter((item) => item.id === paymentId);
    expect(listed).toMatchObject({ kind: 'certificate-stamp', status: 'due', amount: '16.00' });
    expect(listed.noticeNumber).toMatch(/^3\d{17}$/);
    await expectText(main, listed.noticeNumber!);
    await expectNoAccessibilityViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'payments-certificate-1-payment-step-phone');
    const noticeHref = await page.getByRole('link', { name: /avviso di pagamento/ }).getAttribute('href');
    const notice = pdfText(await fetchPdf(context, new URL(noticeHref!, publicUrl).href));
    expect(notice.replace(/\s+/g, ' ')).toContain('16,00');

    // The certificates list shows the request waiting for its payment, with Paga online.
    await page.goto(`${publicUrl}/certificati`);
    const waiting = main.locator('[data-element="certificate-awaiting-payment"]');
    await expectText(waiting, 'In attesa di pagamento');
    await expect(waiting.getByRole('link', { name: /Paga online/ }).count()).resolves.toBe(1);

    // Pay on the pagoPA checkout, come back: within 30 s the payment is paid and the certificate issued.
    const paymentUrl = `${publicUrl}/pagamenti/${encodeURIComponent(paymentId)}`;
    await page.goto(paymentUrl);
    await payOnCheckout(page, federationUrl, paymentUrl);
    const paid = await expectPaymentStatus(context, publicUrl, paymentId, 'paid', 30_000);
    await expectText(page.locator('[data-element="payment-status"]'), 'Pagato', 30_000);
    await expectText(main, 'il certificato è stato emesso');
    await screenshot(page, 'payments-certificate-2-paid-phone');
    expect(paid.receiptUrl, 'a paid position has its receipt').toBeTruthy();
    await fetchPdf(context, new URL(paid.receiptUrl!, publicUrl).href);

    // Pagamenti lists it as paid; the certificate is issued, downloadable and prints the digital stamp.
    await page.goto(`${publicUrl}/pagamenti`);
    const card = main.locator(`[data-element="payment-item"][data-status="paid"]`);
    await expect.poll(() => card.count(), { timeout: 15_000 }).toBe(1);
    await page.goto(`${publicUrl}/certificati`);
    const download = main.getByRole('link', { name: /Scarica il certificato/ }).first();
    await expect.poll(() => download.count(), { timeout: 15_000 }).toBe(1);
    const certificate = pdfText(
      await fetchPdf(context, new URL((await download.getAttribute('href'))!, publicUrl).href),
    );
    expect(paid.iubd, 'the digital stamp identifier').toBeTruthy();
    expect(certificate.replace(/\s+/g, '')).toContain(paid.iubd!);
    await expect(main.locator('[data-element="certificate-awaiting-payment"]').count()).resolves.toBe(0);
    await context.close();
  });
});

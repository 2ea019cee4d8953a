import { describe, expect, inject, it } from 'vitest';
import { pdfText } from '../backend/test/f24-fixtures.js';
import { expectNoAccessibilityViolations, expectText, screenshot, useBrowser } from './support/browser.js';
import {
  askCertificateWithDigitalStamp,
  expectPaymentStatus,
  fetchPdf,
  householdHeadOnPhone,
  listedPayment,
  paymentPageUrl,
  payOnCheckout,
} from './support/payments.js';
import { expectNoHorizontalScroll } from './support/portal.js';

const { publicUrl, federationUrl } = inject('stack');
const browser = useBrowser();

describe('a resident pays the stamp duty of a certificate with pagoPA', () => {
  it('should go from the request to the issued certificate through the pagoPA checkout within 30 seconds', async () => {
    const { context, page } = await householdHeadOnPhone(browser(), publicUrl, {
      sex: 'F',
      birthDate: '1980-02-11',
    });

    // The request: residence, with the marca da bollo digitale instead of the exemption or the paper marca.
    const paymentId = await askCertificateWithDigitalStamp(page, publicUrl, {
      stampLabel: /Marca da bollo digitale \(pagoPA\) — € 16,00/,
      onForm: async (form) => {
        await expectNoAccessibilityViolations(form);
        await expectNoHorizontalScroll(form);
      },
    });

    // The payment step: amount, notice number, Paga online, the avviso, and what happens once paid.
    const main = page.locator('main');
    await expectText(main, '€ 16,00');
    await expectText(main, 'Il certificato sarà emesso automaticamente');
    const listed = await listedPayment(context, publicUrl, paymentId);
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
    const paymentUrl = paymentPageUrl(publicUrl, paymentId);
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

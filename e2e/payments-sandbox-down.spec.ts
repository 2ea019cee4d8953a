import { afterEach, describe, expect, inject, it } from 'vitest';
import { sandboxSwitches } from '../backend/test/support/sandbox-switches.js';
import { expectNoAccessibilityViolations, expectText, screenshot, useBrowser } from './support/browser.js';
import {
  askCertificateWithDigitalStamp,
  expectPaymentStatus,
  householdHeadOnPhone,
  listedPayment,
  listedPayments,
} from './support/payments.js';
import { expectNoHorizontalScroll } from './support/portal.js';

const { publicUrl, federationUrl } = inject('stack');
const browser = useBrowser();

afterEach(async () => {
  await sandboxSwitches(federationUrl, 'pagopa', { unavailable: false });
});

describe('pagoPA is down when a resident asks for a certificate with the digital stamp', () => {
  it('should keep the request as "in attesa del sistema pagoPA" and make it payable once pagoPA is back', async () => {
    const { context, page } = await householdHeadOnPhone(browser(), publicUrl, {
      sex: 'M',
      birthDate: '1990-07-30',
    });

    await sandboxSwitches(federationUrl, 'pagopa', { unavailable: true });
    const paymentId = await askCertificateWithDigitalStamp(page, publicUrl);

    // Accepted by the portal, not yet by pagoPA: explained, nothing to pay yet, and only one position.
    const main = page.locator('main');
    await expectText(main, 'In attesa del sistema pagoPA');
    await expectText(main, 'non ti sarà addebitato nulla due volte');
    await expect(main.getByRole('link', { name: /Paga online/ }).count()).resolves.toBe(0);
    expect(await listedPayment(context, publicUrl, paymentId)).toMatchObject({
      status: 'pending',
      noticeNumber: null,
    });
    await expectNoAccessibilityViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'payments-sandbox-down-1-pending-phone');

    // pagoPA comes back: the kept request is retried by itself and the page, refreshing, offers Paga online.
    await sandboxSwitches(federationUrl, 'pagopa', { unavailable: false });
    const due = await expectPaymentStatus(context, publicUrl, paymentId, 'due', 60_000);
    expect(due.noticeNumber).toMatch(/^3\d{17}$/);
    await expect
      .poll(() => main.getByRole('link', { name: /Paga online/ }).count(), { timeout: 30_000 })
      .toBe(1);
    await expectText(page.locator('[data-element="payment-status"]'), 'Da pagare');
    const items = await listedPayments(context, publicUrl);
    expect(items.filter((item) => item.kind === 'certificate-stamp')).toHaveLength(1);
    await context.close();
  });
});

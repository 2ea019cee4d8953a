import { afterEach, describe, expect, inject, it } from 'vitest';
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
import { expectPaymentStatus, listedPayments, paymentIdOf, setSandboxSwitches } from './support/payments.js';
import { expectNoHorizontalScroll } from './support/portal.js';

const { publicUrl, federationUrl } = inject('stack');
const browser = useBrowser();

afterEach(async () => {
  await setSandboxSwitches(federationUrl, { unavailable: false });
});

describe('pagoPA is down when a resident asks for a certificate with the digital stamp', () => {
  it('should keep the request as "in attesa del sistema pagoPA" and make it payable once pagoPA is back', async () => {
    const head = newIdentity({ sex: 'M', birthDate: '1990-07-30' });
    await seedHousehold([{ identity: head, relationshipCode: '01' }]);
    const { context, page } = await newPage(browser(), { width: 360, height: 740 });
    await loginInBrowser(page, publicUrl, head);

    await setSandboxSwitches(federationUrl, { unavailable: true });
    await page.goto(`${publicUrl}/certificati`);
    await page.getByRole('button', { name: 'Continua' }).click();
    await page.waitForURL(/\/certificati\/richiesta\?/);
    await checkLabelled(page, 'checkbox', 'Certificato di residenza');
    await checkLabelled(page, 'radio', /Marca da bollo digitale/);
    await page.getByRole('button', { name: /Vedi l.anteprima/ }).click();
    await page.waitForURL(/\/certificati\/anteprima\?/);
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Richiedi e paga' }).click();

    // Accepted by the portal, not yet by pagoPA: explained, nothing to pay yet, and only one position.
    await page.waitForURL(/\/pagamenti\/[^/?]+$/, { timeout: 30_000 });
    const paymentId = paymentIdOf(page);
    const main = page.locator('main');
    await expectText(main, 'In attesa del sistema pagoPA');
    await expectText(main, 'non ti sarà addebitato nulla due volte');
    await expect(main.getByRole('link', { name: /Paga online/ }).count()).resolves.toBe(0);
    const pending = await listedPayments(context, publicUrl);
    expect(pending.filter((item) => item.id === paymentId)).toMatchObject([
      { status: 'pending', noticeNumber: null },
    ]);
    await expectNoAccessibilityViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'payments-sandbox-down-1-pending-phone');

    // pagoPA comes back: the kept request is retried by itself and the page, refreshing, offers Paga online.
    await setSandboxSwitches(federationUrl, { unavailable: false });
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

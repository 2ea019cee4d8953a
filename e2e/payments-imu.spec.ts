import { describe, expect, inject, it } from 'vitest';
import { createProperty, insertRegistryPerson, putBaseRates } from '../backend/test/f24-fixtures.js';
import { newIdentity } from '../backend/test/support/factories.js';
import {
  expectNoAccessibilityViolations,
  expectText,
  screenshot,
  useBrowser,
  waitForHydration,
} from './support/browser.js';
import {
  expectPaymentStatus,
  fetchPdf,
  listedPayment,
  listedPayments,
  paymentPageUrl,
  payOnCheckout,
  phonePageAs,
  waitForPaymentPage,
} from './support/payments.js';
import { expectNoHorizontalScroll, romeToday, staffSession } from './support/portal.js';

const { publicUrl, federationUrl } = inject('stack');
const browser = useBrowser();

describe('a resident pays an IMU instalment with pagoPA', () => {
  it('should create the saldo notice once, beside the F24, and record it paid after the checkout', async () => {
    const year = Number(romeToday().slice(0, 4));
    const office = await staffSession(['taxes']);
    for (const rateYear of new Set([year - 1, year])) await putBaseRates(office.session, rateYear);
    const owner = newIdentity({ sex: 'M', birthDate: '1966-10-02' });
    await insertRegistryPerson(owner);
    await createProperty(office.session, {
      kind: 'building',
      cadastralCategory: 'A/2',
      cadastralIncome: '500.00',
      address: 'Via Milano 3',
      owners: [
        { fiscalCode: owner.fiscalCode, sharePercent: '100', from: '2020-01-01', to: `${year}-12-31` },
      ],
    });

    const { context, page } = await phonePageAs(browser(), publicUrl, owner);
    const summaryUrl = `${publicUrl}/pagamenti/imu/riepilogo?anno=${year}`;
    await page.goto(summaryUrl);
    const saldo = page.getByRole('region', { name: 'Saldo' });
    await expectText(saldo, 'Paga con pagoPA');
    await expectNoAccessibilityViolations(page);
    await expectNoHorizontalScroll(page);
    await waitForHydration(page);
    await saldo.getByRole('button', { name: /Paga con pagoPA/ }).click();

    // The instalment's notice: IMU, due, with its avviso; asking again gives the same notice.
    const paymentId = await waitForPaymentPage(page);
    const notice = await listedPayment(context, publicUrl, paymentId);
    expect(notice).toMatchObject({ kind: 'imu', status: 'due' });
    const csrf = (await context.cookies()).find((cookie) => cookie.name === 'csrf_token')?.value ?? '';
    const again = await context.request.post(`${publicUrl}/api/f24/imu/${year}/payments`, {
      data: { instalment: 'saldo' },
      headers: { 'x-csrf-token': csrf },
    });
    expect([200, 201], await again.text()).toContain(again.status());
    expect(((await again.json()) as { id: string }).id).toBe(paymentId);
    expect((await listedPayments(context, publicUrl)).filter((item) => item.kind === 'imu')).toHaveLength(1);
    await fetchPdf(context, new URL(notice.noticePdfUrl!, publicUrl).href);
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'payments-imu-1-notice-phone');

    const paymentUrl = paymentPageUrl(publicUrl, paymentId);
    await payOnCheckout(page, federationUrl, paymentUrl);
    await expectPaymentStatus(context, publicUrl, paymentId, 'paid', 30_000);
    await expectText(page.locator('[data-element="payment-status"]'), 'Pagato', 30_000);

    // Back on the summary, the saldo points to its notice instead of offering a new one.
    await page.goto(summaryUrl);
    await expectText(saldo, 'Avviso pagoPA della rata');
    await expect(saldo.getByRole('button', { name: /Paga con pagoPA/ }).count()).resolves.toBe(0);
    await context.close();
  });
});

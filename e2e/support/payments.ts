import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { newIdentity, type TestIdentity } from '../../backend/test/support/factories.js';
import { seedHousehold } from '../../backend/test/support/registry-factories.js';
import { checkLabelled, expectText, loginInBrowser, newPage, waitForHydration } from './browser.js';

/** An item of `GET /api/payments`, as far as the browser scenarios look at it. */
export interface ListedPayment {
  id: string;
  kind: string;
  status: string;
  amount: string;
  noticeNumber: string | null;
  checkoutUrl?: string;
  noticePdfUrl?: string;
  receiptUrl?: string;
  iubd?: string;
}

/** `GET /api/payments` with the browser's own session, as the page would call it. */
export async function listedPayments(context: BrowserContext, publicUrl: string): Promise<ListedPayment[]> {
  const response = await context.request.get(`${publicUrl}/api/payments`);
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { items: ListedPayment[] }).items;
}

/** The item of `GET /api/payments` with that id, failing when the list does not hold it. */
export async function listedPayment(
  context: BrowserContext,
  publicUrl: string,
  id: string,
): Promise<ListedPayment> {
  const payment = (await listedPayments(context, publicUrl)).find((item) => item.id === id);
  if (!payment) throw new Error(`payment ${id} is not in GET /api/payments`);
  return payment;
}

/** Polls `GET /api/payments` until the payment has the expected status. */
export async function expectPaymentStatus(
  context: BrowserContext,
  publicUrl: string,
  id: string,
  status: string,
  timeout = 30_000,
): Promise<ListedPayment> {
  await expect
    .poll(
      async () => (await listedPayments(context, publicUrl)).find((payment) => payment.id === id)?.status,
      { timeout, interval: 1_000, message: `status of payment ${id}` },
    )
    .toBe(status);
  const payment = (await listedPayments(context, publicUrl)).find((item) => item.id === id);
  if (!payment) throw new Error(`payment ${id} vanished from GET /api/payments`);
  return payment;
}

/** Downloads a PDF the browser's session may read, checking it is one. */
export async function fetchPdf(context: BrowserContext, url: string): Promise<Buffer> {
  const response = await context.request.get(url);
  expect(response.status(), `GET ${url}`).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  const body = await response.body();
  expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return body;
}

/**
 * Follows "Paga online" to the pagoPA checkout (the sandbox, on the federation's origin), presses "Paga" as the
 * resident would, and comes back to the portal page the payment started from.
 */
export async function payOnCheckout(page: Page, federationUrl: string, returnTo: string): Promise<void> {
  await page
    .getByRole('link', { name: /Paga online/ })
    .first()
    .click();
  await page.waitForURL((url) => url.href.startsWith(federationUrl));
  await page.getByRole('button', { name: 'Paga', exact: true }).click();
  await page.getByRole('link', { name: 'Torna al portale' }).click();
  await page.waitForURL((url) => !url.href.startsWith(federationUrl));
  if (!page.url().startsWith(returnTo)) await page.goto(returnTo);
}

/** The portal's page of a payment. */
export function paymentPageUrl(publicUrl: string, id: string): string {
  return `${publicUrl}/pagamenti/${encodeURIComponent(id)}`;
}

/** Waits until the page shows a payment (`/pagamenti/{id}`), as after "Richiedi e paga", and gives its id. */
export async function waitForPaymentPage(page: Page): Promise<string> {
  await page.waitForURL(/\/pagamenti\/[^/?]+$/, { timeout: 30_000 });
  return paymentIdOf(page);
}

/** The payment id in a `/pagamenti/{id}` address. */
export function paymentIdOf(page: Page): string {
  const id = /\/pagamenti\/([^/?#]+)/.exec(new URL(page.url()).pathname)?.[1];
  if (!id) throw new Error(`not a payment page: ${page.url()}`);
  return decodeURIComponent(id);
}

/** A phone-sized page (360 × 740, where the payment pages must work) logged in as `identity`. */
export async function phonePageAs(
  browser: Browser,
  publicUrl: string,
  identity: TestIdentity,
): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await newPage(browser, { width: 360, height: 740 });
  await loginInBrowser(page, publicUrl, identity);
  return { context, page };
}

/** A new resident who heads a household of one (so may ask for certificates), logged in on a phone. */
export async function householdHeadOnPhone(
  browser: Browser,
  publicUrl: string,
  identity: Parameters<typeof newIdentity>[0],
): Promise<{ head: TestIdentity; context: BrowserContext; page: Page }> {
  const head = newIdentity(identity);
  await seedHousehold([{ identity: head, relationshipCode: '01' }]);
  return { head, ...(await phonePageAs(browser, publicUrl, head)) };
}

/**
 * Asks, from `/certificati`, for a residence certificate with the marca da bollo digitale and presses
 * "Richiedi e paga": `onForm` runs on the filled form before its preview. Gives the id of the payment the portal
 * then shows.
 */
export async function askCertificateWithDigitalStamp(
  page: Page,
  publicUrl: string,
  options: { stampLabel?: RegExp; onForm?: (page: Page) => Promise<void> } = {},
): Promise<string> {
  await page.goto(`${publicUrl}/certificati`);
  await expectText(page.getByRole('heading', { level: 1 }), /Certificati/);
  await page.getByRole('button', { name: 'Continua' }).click();
  await page.waitForURL(/\/certificati\/richiesta\?/);
  await checkLabelled(page, 'checkbox', 'Certificato di residenza');
  await checkLabelled(page, 'radio', options.stampLabel ?? /Marca da bollo digitale/);
  await options.onForm?.(page);
  await page.getByRole('button', { name: /Vedi l.anteprima/ }).click();
  await page.waitForURL(/\/certificati\/anteprima\?/);
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Richiedi e paga' }).click();
  return waitForPaymentPage(page);
}

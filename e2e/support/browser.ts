import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(import.meta.dirname, '..', 'test-results');

/** Debian's Chromium, headless, with the flags these machines need (see STACK-NOTES). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
}

/** One browser for the calling spec file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is launched in beforeAll: use it inside a test.');
    return browser;
  };
}

export async function newPage(
  browser: Browser,
  options: { width?: number; height?: number; locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await bounded('Opening a browser context', 30_000, () =>
    browser.newContext({
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      locale: options.locale ?? 'it-IT',
    }),
  );
  // Playwright waits forever by default: a step that cannot happen should fail on its own line, not as a test
  // timeout; the generous limits leave room for a loaded 2-core machine.
  context.setDefaultTimeout(45_000);
  context.setDefaultNavigationTimeout(60_000);
  return { context, page: await bounded('Opening a page', 30_000, () => context.newPage()) };
}

/**
 * Runs `work`, failing with a message naming `what` when it has not finished after `ms`. Playwright bounds its own
 * actions, not `evaluate`, `newContext` or `newPage`: without this a stuck browser call surfaces only as the test's
 * timeout, with no word of the step.
 */
export async function bounded<T>(what: string, ms: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new BrowserStepTimeout(`${what} did not finish within ${ms / 1000} s`)),
      ms,
    );
  });
  try {
    return await Promise.race([work(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export class BrowserStepTimeout extends Error {}

/**
 * axe-core's WCAG 2.1 AA analysis of the page. Its last step evaluates in a blank page it opens beside this one; when
 * a run does not finish in 30 s (it normally takes 1–1.5 s) the pages it left are closed and the analysis runs once
 * more, said on stderr, before failing.
 */
async function analyzeAccessibility(page: Page) {
  const analyze = () =>
    new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  try {
    return await bounded(`The axe-core analysis of ${page.url()}`, 30_000, analyze);
  } catch (error) {
    if (!(error instanceof BrowserStepTimeout)) throw error;
    console.warn(`${error.message}: closing the pages it opened and running it once more`);
    await Promise.all(
      page
        .context()
        .pages()
        .filter((other) => other !== page)
        .map((other) => other.close().catch(() => undefined)),
    );
    return bounded(`The second axe-core analysis of ${page.url()}`, 30_000, analyze);
  }
}

/** Fails with the list of WCAG 2.1 AA violations axe-core finds on the page. */
export async function expectNoAccessibilityViolations(page: Page): Promise<void> {
  // After a client-side navigation Next.js streams the page's <title> a moment after its content: check the page
  // once it has one. A page without a title still fails below (document-title), after this wait.
  await page
    .waitForFunction(() => document.title.trim() !== '', undefined, { timeout: 10_000 })
    .catch(() => undefined);
  const results = await analyzeAccessibility(page);
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Keeps a screenshot as a test artifact under test-results/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Logs in through the test OP's plain HTML forms, as a resident would. */
export async function loginInBrowser(
  page: Page,
  baseUrl: string,
  identity: { fiscalCode: string; givenName?: string; familyName?: string },
  provider: 'spid' | 'cie' = 'spid',
): Promise<void> {
  await page.goto(`${baseUrl}/accedi`);
  if (provider === 'spid') {
    await page
      .locator('summary', { hasText: /Entra con SPID/i })
      .first()
      .click();
    await page.getByRole('link', { name: /SPID Test A/i }).click();
  } else {
    await page.getByRole('link', { name: /Entra con CIE/i }).click();
  }
  await page.locator('input[name="fiscal_number"]').fill(identity.fiscalCode);
  if (identity.givenName) await page.locator('input[name="given_name"]').fill(identity.givenName);
  if (identity.familyName) await page.locator('input[name="family_name"]').fill(identity.familyName);
  await page.locator('form button[type="submit"], form input[type="submit"]').first().click();
  const consent = page.locator('button[name="decision"][value="allow"], button[value="allow"]');
  await consent.first().click();
  await page.waitForURL((url) => url.href.startsWith(baseUrl) && !url.pathname.startsWith('/api/'));
}

/** Opens the user menu of the header and logs out. */
export async function logoutInBrowser(page: Page): Promise<void> {
  await page.locator('header details.it-user-wrapper > summary').first().click();
  await page
    .getByRole('button', { name: /Esci|Log out/i })
    .first()
    .click();
}

/**
 * Ticks a Bootstrap Italia radio button or checkbox as a person does, through its label: the theme hides the
 * input under the control its label draws, so the label is what receives the click.
 */
export async function checkLabelled(
  scope: Page | Locator,
  role: 'radio' | 'checkbox',
  name: string | RegExp,
): Promise<void> {
  const input = scope.getByRole(role, { name, exact: typeof name === 'string' });
  const id = await input.getAttribute('id');
  expect(id, `the ${role} «${name}» has an id its label points to`).toBeTruthy();
  await scope.locator(`label[for="${id}"]`).check();
  await expect(input.isChecked()).resolves.toBe(true);
}

/** The text a person reads in `locator`: rendered, so hidden parts are left out and CSS capitals kept. */
export function visibleText(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's rendered text, not a DOM property.
  return locator.innerText();
}

/** Waits until the text of `locator` contains `expected`: pages stream in behind a loading state. */
export async function expectText(
  locator: Locator,
  expected: string | RegExp,
  timeout = 15_000,
): Promise<void> {
  const poll = expect.poll(() => visibleText(locator), { timeout, message: `text of ${locator}` });
  await (typeof expected === 'string' ? poll.toContain(expected) : poll.toMatch(expected));
}

/**
 * Waits until the page's scripts have run and its network is quiet: client components are hydrated, so a
 * click reaches their handlers rather than submitting the bare HTML form.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { testDb } from '../backend/test/support/db.js';
import { newIdentity } from '../backend/test/support/factories.js';
import { loginAs, type TestSession } from '../backend/test/support/session.js';
import { useBrowser, waitForHydration } from './support/browser.js';
import { browserContextAs } from './support/routes.js';

const { publicUrl } = inject('stack');
const browser = useBrowser();
const DESKTOP = { locale: 'it', width: 1280, height: 900 } as const;

/** Return addresses that browsers resolve to another host once normalised (shared/return-address.cases.ts). */
const FOREIGN = ['/.//evil.example', '/%2e%2e//evil.example', '/%2F%2Fevil.example', '/\\evil.example'];

describe('return addresses in the browser', () => {
  let session: TestSession;
  let fiscalCode: string;

  beforeAll(async () => {
    const person = newIdentity();
    fiscalCode = person.fiscalCode;
    session = await loginAs(person);
  });

  afterAll(async () => {
    await testDb().query('DELETE FROM personal_message WHERE recipient_fiscal_code = $1', [fiscalCode]);
  });

  it('should send the language switch back to this site only', async () => {
    for (const returnTo of FOREIGN) {
      const response = await fetch(`${publicUrl}/lingua?${new URLSearchParams({ to: 'en', returnTo })}`, {
        redirect: 'manual',
      });
      expect(response.status, returnTo).toBe(303);
      expect(response.headers.get('location'), returnTo).toBe('/');
    }
    const home = await fetch(`${publicUrl}/lingua?to=it&returnTo=%2Fprivacy%3Fa%3D1`, { redirect: 'manual' });
    expect(home.headers.get('location')).toBe('/privacy?a=1');
  });

  it('should send a logged-in person from the login page to the home page, not to another host', async () => {
    const context = await browserContextAs(browser(), publicUrl, session, DESKTOP);
    const page = await context.newPage();
    for (const returnTo of FOREIGN) {
      await page.goto(`${publicUrl}/accedi?${new URLSearchParams({ returnTo })}`);
      // The redirect may arrive in the streamed page, after the navigation itself has answered.
      await page.waitForURL(`${publicUrl}/`);
      expect(page.url(), returnTo).toBe(`${publicUrl}/`);
    }
    await context.close();
  });

  it('should come back to the inbox after marking a message read with a forged return address', async () => {
    const content = {
      locale: 'it',
      subject: 'Messaggio di prova',
      sender: 'Comune',
      blocks: [{ kind: 'paragraph', text: 'Testo.' }],
      action: { label: 'Apri', url: '/' },
    };
    await testDb().query(
      `INSERT INTO personal_message (recipient_fiscal_code, kind, content) VALUES ($1, 'test', $2)`,
      [fiscalCode, JSON.stringify(content)],
    );
    const context = await browserContextAs(browser(), publicUrl, session, DESKTOP);
    const page = await context.newPage();
    await page.goto(`${publicUrl}/messaggi?filtro=da-leggere`);
    await waitForHydration(page);
    await page
      .locator('input[name="returnTo"]')
      .first()
      .evaluate((input) => {
        (input as HTMLInputElement).value = '/.//evil.example';
      });
    await page.getByRole('button', { name: 'Segna come letto' }).first().click();
    // The fallback of a refused return address is the inbox itself, without the filter the page had.
    await page.waitForURL(`${publicUrl}/messaggi`);
    const { rows } = await testDb().query(
      'SELECT read_at FROM personal_message WHERE recipient_fiscal_code = $1',
      [fiscalCode],
    );
    expect(rows[0].read_at).not.toBeNull();
    await context.close();
  });
});

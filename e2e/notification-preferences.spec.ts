import { describe, expect, inject, it } from 'vitest';
import { newIdentity } from '../backend/test/support/factories.js';
import { loginAs } from '../backend/test/support/session.js';
import { expectNoAccessibilityViolations, useBrowser } from './support/browser.js';
import { expectNoHorizontalScroll, okJson } from './support/portal.js';
import { browserContextAs } from './support/routes.js';

const { publicUrl } = inject('stack');
const browser = useBrowser();

interface Preferences {
  topics: { topic: string; email: boolean; appIo: boolean }[];
}

describe('notification preferences in the personal area', () => {
  it('should let a resident turn App IO off for one topic and e-mail off for another, and keep the choice', async () => {
    const resident = await loginAs(newIdentity());
    const context = await browserContextAs(browser(), publicUrl, resident, {
      locale: 'it',
      width: 1280,
      height: 900,
    });
    const page = await context.newPage();
    await page.goto(`${publicUrl}/messaggi`);
    await page.getByRole('link', { name: 'Scegli come ricevere le comunicazioni' }).click();
    await page.waitForURL('**/messaggi/preferenze');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Come ricevere le comunicazioni',
    );

    const permits = page.getByRole('group', { name: 'Pratiche edilizie' });
    const taxes = page.getByRole('group', { name: 'Tributi e scadenze IMU' });
    expect(await permits.getByRole('checkbox', { name: 'App IO' }).isChecked()).toBe(true);
    expect(await taxes.getByRole('checkbox', { name: 'E-mail' }).isChecked()).toBe(true);
    await expectNoAccessibilityViolations(page);

    // Through the labels, as a person does: Bootstrap Italia draws the box with the label over the input.
    await permits.locator('label[for="permits-appio"]').click();
    await taxes.locator('label[for="taxes-email"]').click();
    expect(await permits.getByRole('checkbox', { name: 'App IO' }).isChecked()).toBe(false);
    expect(await taxes.getByRole('checkbox', { name: 'E-mail' }).isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Salva le preferenze' }).click();
    await page.waitForURL('**/messaggi/preferenze?esito=salvate');
    await expect(page.getByRole('status').filter({ hasText: 'Preferenze salvate.' }).count()).resolves.toBe(
      1,
    );
    expect(
      await page
        .getByRole('group', { name: 'Pratiche edilizie' })
        .getByRole('checkbox', { name: 'App IO' })
        .isChecked(),
    ).toBe(false);

    const saved = await okJson<Preferences>(await resident.fetch('/api/me/notification-preferences'));
    expect(saved.topics).toEqual([
      { topic: 'permits', email: true, appIo: false, appIoAvailable: true },
      { topic: 'certificates', email: true, appIo: true, appIoAvailable: true },
      { topic: 'registry', email: true, appIo: true, appIoAvailable: true },
      { topic: 'taxes', email: false, appIo: true, appIoAvailable: true },
      { topic: 'documents', email: true, appIo: true, appIoAvailable: true },
    ]);
    await expectNoAccessibilityViolations(page);
    await context.close();
  });

  it('should work at 360 px and in English', async () => {
    const resident = await loginAs(newIdentity());
    const context = await browserContextAs(browser(), publicUrl, resident, {
      locale: 'en',
      width: 360,
      height: 740,
    });
    const page = await context.newPage();
    await page.goto(`${publicUrl}/messaggi/preferenze`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'How to receive messages',
    );
    await expect(
      page
        .getByRole('group', { name: 'Building permits' })
        .getByRole('checkbox', { name: 'IO app' })
        .isChecked(),
    ).resolves.toBe(true);
    await expectNoHorizontalScroll(page);
    await expectNoAccessibilityViolations(page);
    await context.close();
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { testDb } from '../backend/test/support/db.js';
import { newIdentity } from '../backend/test/support/factories.js';
import { loginAs } from '../backend/test/support/session.js';
import { APPOINTMENT_REASON, nextOpenDay, seedAppointmentOffice, slotId } from './support/appointments.js';
import {
  checkLabelled,
  expectNoAccessibilityViolations,
  expectText,
  newPage,
  useBrowser,
  waitForHydration,
} from './support/browser.js';
import { expectNoHorizontalScroll, staffSession } from './support/portal.js';
import { browserContextAs } from './support/routes.js';

const { publicUrl } = inject('stack');
const browser = useBrowser();
const PHONE = { width: 360, height: 740 };

/** axe, and at 360 px no sideways scrolling: every step of the booking is checked the same way. */
async function checkPage(page: Page): Promise<void> {
  await expectNoAccessibilityViolations(page);
  await expectNoHorizontalScroll(page);
}

/** The test OP's forms, started from the login page the portal redirected to. */
async function loginFromLoginPage(
  page: Page,
  identity: { fiscalCode: string; givenName: string; familyName: string },
) {
  await page
    .locator('summary', { hasText: /Entra con SPID/i })
    .first()
    .click();
  await page.getByRole('link', { name: /SPID Test A/i }).click();
  await page.locator('input[name="fiscal_number"]').fill(identity.fiscalCode);
  await page.locator('input[name="given_name"]').fill(identity.givenName);
  await page.locator('input[name="family_name"]').fill(identity.familyName);
  await page.locator('form button[type="submit"], form input[type="submit"]').first().click();
  await page.locator('button[name="decision"][value="allow"], button[value="allow"]').first().click();
}

describe('appointment booking in the browser', () => {
  it('should let a visitor pick office, reason, day and time, log in to confirm, then move and cancel', async () => {
    const office = `Anagrafe ${Math.random().toString(36).slice(2, 8)}`;
    const officeId = await seedAppointmentOffice(office);
    const day = nextOpenDay();
    const resident = newIdentity();
    const { context, page } = await newPage(browser(), PHONE);
    try {
      await page.goto(`${publicUrl}/prenotazione-appuntamenti`);
      await expect(page.locator('[data-element="breadcrumb"]').count()).resolves.toBe(1);
      await checkPage(page);
      await checkLabelled(page, 'radio', new RegExp(office));
      await page.getByRole('button', { name: 'Continua' }).click();
      await checkLabelled(page, 'radio', APPOINTMENT_REASON);
      await page.getByRole('button', { name: 'Continua' }).click();
      await page.getByLabel('Giorno').selectOption(day);
      await page.getByRole('button', { name: 'Continua' }).click();
      await expectText(page.locator('main'), 'Scegli l’orario');
      await checkPage(page);
      await checkLabelled(page, 'radio', '09:30');
      await page.getByRole('button', { name: 'Prenota questo orario' }).click();

      await page.waitForURL((url) => url.pathname === '/accedi');
      await loginFromLoginPage(page, resident);
      await page.waitForURL((url) => url.pathname === '/prenotazione-appuntamenti/conferma');
      await expectText(page.locator('main'), resident.fiscalCode);
      await expectText(page.locator('main'), '09:30');
      await checkPage(page);
      await page.getByLabel('E-mail per la conferma').fill('residente@example.it');
      await page.getByRole('button', { name: 'Conferma la prenotazione' }).click();

      await page.waitForURL((url) => url.pathname.startsWith('/appuntamenti/'));
      await expectText(page.locator('main'), 'Prenotazione confermata');
      await checkPage(page);
      const calendarHref = await page
        .getByRole('link', { name: 'Aggiungi al calendario' })
        .getAttribute('href');
      const calendar = await context.request.get(`${publicUrl}${calendarHref}`);
      expect(calendar.headers()['content-type']).toMatch(/^text\/calendar/);
      expect(await calendar.text()).toMatch(/METHOD:REQUEST[\s\S]*UID:appointment-/);

      await page.getByRole('link', { name: 'Sposta' }).click();
      await page.getByLabel('Giorno').selectOption(day);
      await page.getByRole('button', { name: 'Continua' }).click();
      await checkPage(page);
      await checkLabelled(page, 'radio', '11:00');
      await page.getByRole('button', { name: 'Sposta a questo orario' }).click();
      await expectText(page.locator('main'), 'Appuntamento spostato');
      await expectText(page.locator('main'), '11:00');

      await page.goto(`${publicUrl}/appuntamenti`);
      await checkPage(page);
      await page.getByRole('button', { name: /Annulla l’appuntamento/ }).click();
      await expectText(page.locator('main'), 'Appuntamento annullato');
      const { rows } = await testDb().query(
        "SELECT status, to_char(starts_at AT TIME ZONE $2, 'HH24:MI') AS time FROM appointment WHERE office_id = $1",
        [officeId, 'Europe/Rome'],
      );
      expect(rows).toEqual([{ status: 'cancelled', time: '11:00' }]);
    } finally {
      await context.close();
    }
  });

  it('should give a contested slot to one of two residents confirming at once, and send the other back to choose', async () => {
    const officeId = await seedAppointmentOffice(`Anagrafe ${Math.random().toString(36).slice(2, 8)}`);
    const day = nextOpenDay();
    const slot = slotId(officeId, day, '15:00');
    const [first, second] = await Promise.all([loginAs(newIdentity()), loginAs(newIdentity())]);
    const pages = await Promise.all(
      [first, second].map(async (session) => {
        const context = await browserContextAs(browser(), publicUrl, session, { locale: 'it', ...PHONE });
        const page = await context.newPage();
        await page.goto(
          `${publicUrl}/prenotazione-appuntamenti/conferma?${new URLSearchParams({ orario: slot, motivo: APPOINTMENT_REASON })}`,
        );
        return page;
      }),
    );
    try {
      await Promise.all(
        pages.map((page) => page.getByRole('button', { name: 'Conferma la prenotazione' }).click()),
      );
      await Promise.all(pages.map((page) => page.waitForURL((url) => !url.pathname.endsWith('/conferma'))));
      const landed = pages.map((page) => new URL(page.url()).pathname).sort();
      expect(landed[0]).toMatch(/^\/appuntamenti\/[0-9a-f-]{36}$/);
      expect(landed[1]).toBe('/prenotazione-appuntamenti');
      const loser = pages.find((page) => new URL(page.url()).pathname === '/prenotazione-appuntamenti')!;
      await expectText(loser.locator('main [role="alert"]'), 'appena stato prenotato');
      // Sent back to the times of the same day, the contested one no longer offered.
      await expect(loser.locator(`input[value="${slot}"]`).count()).resolves.toBe(0);
      await checkPage(loser);
    } finally {
      for (const page of pages) await page.context().close();
    }
  });

  it('should show the clerk the day’s agenda and let them close a day', async () => {
    const officeId = await seedAppointmentOffice(`Anagrafe ${Math.random().toString(36).slice(2, 8)}`);
    const day = nextOpenDay();
    const resident = newIdentity();
    const session = await loginAs(resident);
    const booked = await session.fetch('/api/appointments', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ slotId: slotId(officeId, day, '10:30'), reason: APPOINTMENT_REASON }),
    });
    expect(booked.status).toBe(201);
    const clerk = await staffSession(['registry']);
    const context = await browserContextAs(browser(), publicUrl, clerk.session, {
      locale: 'it',
      width: 1280,
      height: 900,
    });
    const page = await context.newPage();
    try {
      await page.goto(`${publicUrl}/backoffice/appuntamenti?ufficio=${officeId}&giorno=${day}`);
      const row = page.locator('tbody tr', { hasText: resident.fiscalCode });
      await expectText(row, '10:30');
      await expectNoAccessibilityViolations(page);

      await page.getByRole('link', { name: 'Orari, durata e chiusure' }).click();
      await page.waitForURL((url) => url.pathname.endsWith('/impostazioni'));
      await waitForHydration(page);
      await page.getByLabel('Giorno').fill(nextOpenDay(day));
      await page.getByLabel('Motivo').fill('Chiusura straordinaria');
      await page.getByRole('button', { name: 'Aggiungi la chiusura' }).click();
      await expectText(page.locator('main'), 'Chiusura registrata');
      await expectText(page.locator('main'), 'Chiusura straordinaria');
      await expectNoAccessibilityViolations(page);
      const free = await fetch(
        `${publicUrl}/api/appointments/slots?office=${officeId}&from=${nextOpenDay(day)}&to=${nextOpenDay(day)}`,
      );
      expect(((await free.json()) as { items: unknown[] }).items).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

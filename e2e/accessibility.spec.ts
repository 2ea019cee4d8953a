import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { IMPORT_COLUMNS } from '../backend/src/registry/domain/import-columns.js';
import { createProperty, putBaseRates } from '../backend/test/f24-fixtures.js';
import type { TestIdentity } from '../backend/test/support/factories.js';
import { seedHousehold, uniqueCode } from '../backend/test/support/registry-factories.js';
import { loginAs, type TestSession } from '../backend/test/support/session.js';
import { APPOINTMENT_REASON, nextOpenDay, seedAppointmentOffice, slotId } from './support/appointments.js';
import { expectNoAccessibilityViolations, launchBrowser } from './support/browser.js';
import {
  EMOJI,
  HOSTILE_TEXT,
  hostileUpload,
  LONG_FILE_NAME,
  LONG_WORD,
  RIGHT_TO_LEFT,
} from './support/hostile-text.js';
import {
  addDaysIso,
  expectNoHorizontalScroll,
  jsonRequest,
  movePractice,
  okJson,
  registerPractice,
  romeToday,
  staffSession,
} from './support/portal.js';
import {
  type Audience,
  appRoutePatterns,
  browserContextAs,
  PORTAL_ROUTES,
  type RouteFixtures,
} from './support/routes.js';

const { publicUrl } = inject('stack');

/** Italian, the default, on desktop and on a 360 px phone; English on the phone too, where longer words overflow. */
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900, locale: 'it' },
  { name: '360 px phone', width: 360, height: 740, locale: 'it' },
  { name: '360 px phone', width: 360, height: 740, locale: 'en' },
] as const;

let browser: Browser;
let fixtures: RouteFixtures;
const sessions = new Map<Audience, TestSession | null>();
const contexts = new Map<string, BrowserContext>();

async function completedBulkJob(taxes: TestSession, year: number): Promise<string> {
  const { id } = await okJson<{ id: string }>(
    await taxes.fetch('/api/staff/taxes/bulk-jobs', jsonRequest({ year, instalment: 'saldo' })),
    202,
  );
  const deadline = Date.now() + 60_000;
  for (;;) {
    const job = await okJson<{ status: string }>(await taxes.fetch(`/api/staff/taxes/bulk-jobs/${id}`));
    if (job.status !== 'running') break;
    if (Date.now() > deadline) throw new Error(`bulk job ${id} still running after a minute`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return id;
}

/**
 * The resident's practice, as the hostile probe left one: a description and an address with a 300-letter word,
 * Arabic, Hebrew and emoji; an open integration request whose note and documents say the same; a document
 * uploaded under a 197-character file name. It shows on the home, the list, the detail, the messages and the
 * staff queue.
 */
async function seedHostilePractice(staff: TestSession, resident: TestSession, head: TestIdentity) {
  const practice = await registerPractice(
    staff,
    'CILA',
    head,
    HOSTILE_TEXT,
    `Via ${LONG_WORD.slice(0, 200)} 1`,
  );
  await movePractice(staff, practice.id, 'under_check');
  await movePractice(staff, practice.id, 'integration_requested', {
    dueDate: addDaysIso(romeToday(), 20),
    requestedDocuments: [LONG_WORD, `${RIGHT_TO_LEFT} ${EMOJI}`],
    publicNote: HOSTILE_TEXT,
  });
  const upload = hostileUpload();
  const form = new FormData();
  form.set('file', upload.blob, upload.name);
  await okJson(
    await resident.fetch(`/api/permits/${practice.id}/documents`, { method: 'POST', body: form }),
    201,
  );
  return practice;
}

/** Two rettifica requests with the same text: one still open (the office's queue), one answered in kind. */
async function seedHostileCorrections(resident: TestSession, registry: TestSession) {
  const request = (field: string) =>
    resident.fetch(
      '/api/registry/me/corrections',
      jsonRequest({
        field,
        currentValue: LONG_WORD.slice(0, 200),
        requestedValue: `${RIGHT_TO_LEFT} ${EMOJI}`,
        reason: HOSTILE_TEXT,
      }),
    );
  await okJson(await request('other'), 201);
  const answered = await okJson<{ id: string }>(await request('address'), 201);
  await okJson(
    await registry.fetch(
      `/api/staff/registry/corrections/${answered.id}/answer`,
      jsonRequest({ outcome: 'rejected', answer: HOSTILE_TEXT, version: 1 }),
    ),
  );
}

beforeAll(async () => {
  browser = await launchBrowser();
  const today = romeToday();
  const year = Number(today.slice(0, 4));
  const household = await seedHousehold([
    {
      relationshipCode: '01',
      document: {
        kind: 'cie',
        number: uniqueCode('CA', 7),
        issuedOn: '2017-03-01',
        expiresOn: addDaysIso(today, 90),
      },
    },
    { relationshipCode: '02' },
  ]);
  const head = household.members[0];
  const [resident, registry, permits, taxes, admin] = await Promise.all([
    loginAs(head),
    staffSession(['registry']),
    staffSession(['permits']),
    staffSession(['taxes']),
    staffSession(['admin']),
  ]);
  sessions.set('anonymous', null);
  sessions.set('resident', resident);
  sessions.set('registry', registry.session);
  sessions.set('permits', permits.session);
  sessions.set('taxes', taxes.session);
  sessions.set('admin', admin.session);

  // The acconto of a year is computed with the previous year's rates.
  await putBaseRates(taxes.session, year - 1);
  await putBaseRates(taxes.session, year);
  await createProperty(taxes.session, {
    kind: 'building',
    cadastralCategory: 'A/2',
    cadastralIncome: '750.00',
    address: 'Via Roma 12',
    owners: [
      { fiscalCode: head.fiscalCode, sharePercent: '100', from: `${year - 1}-01-01`, to: `${year}-12-31` },
    ],
  });
  const practice = await seedHostilePractice(permits.session, resident, head);
  await seedHostileCorrections(resident, registry.session);
  const certificate = await okJson<{ code: string }>(
    await resident.fetch(
      '/api/certificates',
      jsonRequest({ type: 'residence', subjectId: head.id, stampDuty: { exemption: 'pension' } }),
    ),
    201,
  );
  const importJob = await okJson<{ id: string }>(
    await registry.session.fetch(
      `/api/staff/registry/imports?${new URLSearchParams({ fileName: LONG_FILE_NAME.replace(/pdf$/, 'csv') })}`,
      {
        method: 'POST',
        headers: { 'content-type': 'text/csv' },
        body: `${IMPORT_COLUMNS.join(';')}\n`,
      },
    ),
    202,
  );
  const officeId = await seedAppointmentOffice('Anagrafe (verifica accessibilità)');
  const day = nextOpenDay();
  const booked = await okJson<{ id: string }>(
    await resident.fetch(
      '/api/appointments',
      jsonRequest({ slotId: slotId(officeId, day, '09:00'), reason: APPOINTMENT_REASON }),
    ),
    201,
  );
  const draft = await okJson<{ id: string }>(
    await resident.fetch('/api/permits/drafts', jsonRequest({ type: 'CILA' })),
    201,
  );
  // A pagoPA notice of the resident, so that the payments pages show a position (and the staff's its row).
  const payment = await okJson<{ id: string }>(
    await resident.fetch(`/api/f24/imu/${year}/payments`, jsonRequest({ instalment: 'saldo' })),
    201,
  );
  fixtures = {
    appointments: {
      officeId,
      day,
      freeSlotId: slotId(officeId, day, '10:00'),
      appointmentId: booked.id,
      reason: APPOINTMENT_REASON,
    },
    personId: head.id,
    practiceId: practice.id,
    draftId: draft.id,
    certificateCode: certificate.code,
    bulkJobId: await completedBulkJob(taxes.session, year),
    importJobId: importJob.id,
    year,
    paymentId: payment.id,
  };
});

afterAll(async () => {
  for (const context of contexts.values()) await context.close();
  await browser?.close();
});

/**
 * Pages that must show the seeded hostile text before their width is measured: a crawl that measured pages
 * without it would prove nothing about item 13.
 */
const SEEDED_TEXT: Readonly<Record<string, string>> = {
  'resident /': LONG_WORD.slice(0, 120),
  'resident /pratiche': LONG_WORD.slice(0, 120),
  'resident /pratiche/[id]': RIGHT_TO_LEFT,
  'resident /i-miei-dati/rettifiche': LONG_WORD.slice(0, 120),
  'permits /backoffice/pratiche/[id]': LONG_FILE_NAME,
  'registry /backoffice/anagrafe/rettifiche': LONG_WORD.slice(0, 120),
  'registry /backoffice/anagrafe/importazioni': LONG_FILE_NAME.replace(/pdf$/, 'csv'),
};

/** One browser context per person and viewport, carrying the person's session and language cookies. */
async function pageFor(audience: Audience, viewport: (typeof VIEWPORTS)[number]): Promise<Page> {
  const key = `${audience}-${viewport.name}-${viewport.locale}`;
  let context = contexts.get(key);
  if (!context) {
    context = await browserContextAs(browser, publicUrl, sessions.get(audience) ?? null, viewport);
    contexts.set(key, context);
  }
  return context.newPage();
}

describe('accessibility of every page', () => {
  it('should list every page of the frontend among the routes checked', async () => {
    const patterns = await appRoutePatterns(path.resolve(import.meta.dirname, '../frontend/src/app'));
    expect(patterns.length).toBeGreaterThan(30);
    expect([...new Set(PORTAL_ROUTES.map((route) => route.pattern))].sort()).toEqual(patterns);
    const routeKeys = PORTAL_ROUTES.map((route) => `${route.audience} ${route.pattern}`);
    expect(routeKeys).toEqual(expect.arrayContaining(Object.keys(SEEDED_TEXT)));
  });

  for (const viewport of VIEWPORTS) {
    describe(`on ${viewport.name}, in ${viewport.locale === 'it' ? 'Italian' : 'English'}`, () => {
      for (const route of PORTAL_ROUTES) {
        it(`should show ${route.pattern} to ${route.audience} with no WCAG 2.1 AA violations`, async () => {
          const page = await pageFor(route.audience, viewport);
          try {
            const target = new URL(route.path(fixtures), publicUrl);
            const response = await page.goto(target.href);
            expect(response?.status(), `status of ${target.pathname}`).toBe(200);
            expect(new URL(page.url()).pathname, 'no redirect to the login').toBe(target.pathname);
            await expect(page.locator('html').getAttribute('lang')).resolves.toBe(viewport.locale);
            // Streamed pages reveal their content after the load event: wait for the one page heading.
            await expect.poll(() => page.locator('main h1:visible').count(), { timeout: 10_000 }).toBe(1);
            const seeded = SEEDED_TEXT[`${route.audience} ${route.pattern}`];
            if (seeded) await expect(page.locator('main').textContent()).resolves.toContain(seeded);
            await expectNoAccessibilityViolations(page);
            if (viewport.width <= 360) await expectNoHorizontalScroll(page);
          } finally {
            await page.close();
          }
        });
      }
    });
  }
});

/** The element that has the keyboard focus: what it is and whether a focus indicator is drawn. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      id: element.id,
      text: element.textContent?.trim() ?? '',
      inMain: element.closest('main') !== null,
      visible: box.width > 1 && box.height > 1,
      indicator:
        (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== 'none',
    };
  });
}

describe('keyboard', () => {
  for (const { audience, route } of [
    { audience: 'anonymous', route: '/' },
    { audience: 'resident', route: '/' },
    { audience: 'resident', route: '/messaggi' },
    { audience: 'admin', route: '/backoffice' },
  ] as const) {
    it(`should reach the main content of ${route} as ${audience} through the skip link, focus visible`, async () => {
      const page = await pageFor(audience, VIEWPORTS[0]);
      try {
        await page.goto(new URL(route, publicUrl).href);
        // The keyboard user starts once the page is there: streamed pages show a spinner (nothing to focus) first.
        await expect.poll(() => page.locator('main h1:visible').count(), { timeout: 10_000 }).toBe(1);
        await page.keyboard.press('Tab');
        const skipLink = await focused(page);
        expect(skipLink).toMatchObject({ text: 'Vai al contenuto', visible: true, indicator: true });
        await page.keyboard.press('Enter');
        await expect.poll(async () => (await focused(page))?.id).toBe('main-container');
        await page.keyboard.press('Tab');
        const first = await focused(page);
        expect(first).toMatchObject({ inMain: true, visible: true, indicator: true });
      } finally {
        await page.close();
      }
    });
  }
});

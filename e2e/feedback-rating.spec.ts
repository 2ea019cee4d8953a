import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { testDb } from '../backend/test/support/db.js';
import { uniqueCode } from '../backend/test/support/registry-factories.js';
import {
  checkLabelled,
  expectNoAccessibilityViolations,
  expectText,
  useBrowser,
  waitForHydration,
} from './support/browser.js';
import { staffSession } from './support/portal.js';
import { browserContextAs } from './support/routes.js';

const { publicUrl, backendUrl } = inject('stack');
const browser = useBrowser();

/** The model's follow-up answers, verbatim (the government's validator compares them). */
const POSITIVE = [
  'Le indicazioni erano chiare',
  'Le indicazioni erano complete',
  'Capivo sempre che stavo procedendo correttamente',
  'Non ho avuto problemi tecnici',
  'Altro',
];
const NEGATIVE = [
  'A volte le indicazioni non erano chiare',
  'A volte le indicazioni non erano complete',
  'A volte non capivo se stavo procedendo correttamente',
  'Ho avuto problemi tecnici',
  'Altro',
];

async function openAnonymous(path: string): Promise<Page> {
  const context = await browserContextAs(browser(), publicUrl, null, {
    locale: 'it',
    width: 1280,
    height: 900,
  });
  const page = await context.newPage();
  await page.goto(`${publicUrl}${path}`);
  return page;
}

const visible = (rating: Locator, polarity: 'positive' | 'negative') =>
  rating.locator(`[data-element="feedback-rating-${polarity}"]`).isVisible();

async function answersOf(rating: Locator, polarity: 'positive' | 'negative'): Promise<string[]> {
  return rating
    .locator(`[data-element="feedback-rating-${polarity}"] [data-element="feedback-rating-answer"]`)
    .evaluateAll((nodes) => nodes.map((node) => (node.textContent ?? '').trim()));
}

async function storedComment(comment: string) {
  const { rows } = await testDb().query(
    'SELECT page, rating, answer FROM service_feedback WHERE comment = $1',
    [comment],
  );
  return rows;
}

describe('the model’s rating component', () => {
  it('should show the question, five stars, and the follow-up of the chosen polarity, then store the answer', async () => {
    const page = await openAnonymous('/servizi/imu-e-f24');
    await waitForHydration(page);
    const rating = page.locator('[data-element="feedback"]');
    await expect(rating.locator('[data-element="feedback-title"]').textContent()).resolves.toBe(
      'Quanto sono chiare le informazioni su questa pagina?',
    );
    for (const star of [1, 2, 3, 4, 5]) {
      await expect(
        rating.getByRole('radio', { name: `Valuta ${star} stell${star === 1 ? 'a' : 'e'} su 5` }).count(),
      ).resolves.toBe(1);
    }
    await expect(visible(rating, 'positive')).resolves.toBe(false);
    await expect(visible(rating, 'negative')).resolves.toBe(false);

    for (const star of [1, 2, 3]) {
      await rating.locator(`[data-element="feedback-rate-${star}"]`).click();
      await expect(visible(rating, 'negative'), `${star} stars`).resolves.toBe(true);
      await expect(visible(rating, 'positive'), `${star} stars`).resolves.toBe(false);
    }
    await expectText(
      rating.locator('[data-element="feedback-rating-negative"] [data-element="feedback-rating-question"]'),
      'Dove hai incontrato le maggiori difficoltà?',
    );
    await expect(answersOf(rating, 'negative')).resolves.toEqual(NEGATIVE);

    for (const star of [4, 5]) {
      await rating.locator(`[data-element="feedback-rate-${star}"]`).click();
      await expect(visible(rating, 'positive'), `${star} stars`).resolves.toBe(true);
      await expect(visible(rating, 'negative'), `${star} stars`).resolves.toBe(false);
    }
    await expectText(
      rating.locator('[data-element="feedback-rating-positive"] [data-element="feedback-rating-question"]'),
      'Quali sono stati gli aspetti che hai preferito?',
    );
    await expect(answersOf(rating, 'positive')).resolves.toEqual(POSITIVE);
    await expectNoAccessibilityViolations(page);

    const comment = `Chiarissimo ${uniqueCode('', 6)}`;
    await checkLabelled(rating, 'radio', 'Non ho avuto problemi tecnici');
    await rating.locator('[data-element="feedback-input-text"]').fill(comment);
    await rating.getByRole('button', { name: 'Invia' }).click();
    await expectText(rating, 'Grazie, il tuo giudizio ci aiuterà a migliorare il servizio!');
    await expect(storedComment(comment)).resolves.toEqual([
      { page: '/servizi/imu-e-f24', rating: 5, answer: 'no-technical-problems' },
    ]);
    await page.context().close();
  });

  it('should drop a follow-up answer that a change of stars hid', async () => {
    const page = await openAnonymous('/faq');
    await waitForHydration(page);
    const rating = page.locator('[data-element="feedback"]');
    await rating.locator('[data-element="feedback-rate-5"]').click();
    await checkLabelled(rating, 'radio', 'Le indicazioni erano chiare');
    // Changing to two stars hides the positive answers: the one checked must not be stored as a reason.
    await rating.locator('[data-element="feedback-rate-2"]').click();
    await expect(visible(rating, 'negative')).resolves.toBe(true);
    await expect(visible(rating, 'positive')).resolves.toBe(false);
    const comment = `Cambio idea ${uniqueCode('', 6)}`;
    await rating.locator('[data-element="feedback-input-text"]').fill(comment);
    await rating.getByRole('button', { name: 'Invia' }).click();
    await expectText(
      page.locator('[data-element="feedback"]'),
      'Grazie, il tuo giudizio ci aiuterà a migliorare il servizio!',
    );
    await expect(storedComment(comment)).resolves.toEqual([{ page: '/faq', rating: 2, answer: null }]);
    await page.context().close();
  });
});

describe('the ratings report', () => {
  it('should show staff the average, the count, the answers and the answers over time of one page', async () => {
    const path = `/servizi/prova-${uniqueCode('', 8).toLowerCase()}`;
    await testDb().query(
      `INSERT INTO service_feedback (page, rating, answer, created_at) VALUES
        ($1, 5, 'clear', now() - interval '2 days'), ($1, 4, 'clear', now() - interval '2 days'),
        ($1, 2, 'technical-problems', now() - interval '1 day'), ($1, 3, NULL, now())`,
      [path],
    );
    const admin = await staffSession(['registry']);
    const report = await admin.session.fetch(`/api/staff/feedback/report?page=${encodeURIComponent(path)}`);
    expect(report.status).toBe(200);
    const body = await report.json();
    expect(body).toMatchObject({ page: path, count: 4, average: 3.5, stars: [0, 1, 1, 1, 1] });
    expect(body.answers).toEqual([
      { answer: 'clear', count: 2 },
      { answer: 'technical-problems', count: 1 },
    ]);
    expect(body.days.map((day: { count: number }) => day.count)).toEqual([2, 1, 1]);
    expect(body.pages).toContainEqual({ page: path, count: 4, average: 3.5 });

    const context = await browserContextAs(browser(), publicUrl, admin.session, {
      locale: 'it',
      width: 1280,
      height: 900,
    });
    const page = await context.newPage();
    await page.goto(`${publicUrl}/backoffice/valutazioni?${new URLSearchParams({ page: path })}`);
    await expectText(page.locator('main'), '4 risposte, media 3.50 stelle su 5');
    await expectText(page.locator('main table', { hasText: 'Le indicazioni erano chiare' }), '2');
    await expect(page.locator('main svg[role="img"] rect').count()).resolves.toBe(3);
    await expect(page.locator('[data-testid="feedback-days"] tbody tr').count()).resolves.toBe(3);
    await expectNoAccessibilityViolations(page);
    await context.close();
  });

  it('should refuse the report to residents and a follow-up answer of the other polarity', async () => {
    const refused = await fetch(`${backendUrl}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ page: '/faq', rating: 1, answer: 'clear' }),
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ code: 'FEEDBACK_ANSWER_MISMATCH', field: 'answer' });
    const anonymous = await fetch(`${backendUrl}/api/staff/feedback/report`);
    expect(anonymous.status).toBe(401);
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoAccessibilityViolations, expectText, useBrowser } from './support/browser.js';
import { expectNoHorizontalScroll } from './support/portal.js';
import { browserContextAs } from './support/routes.js';

const { publicUrl } = inject('stack');
const browser = useBrowser();

/** The model's index, in its order (the government's validator compares these texts). */
const MODEL_INDEX = [
  'A chi è rivolto',
  'Come fare',
  'Cosa serve',
  'Cosa si ottiene',
  'Tempi e scadenze',
  'Costi',
  'Accedi al servizio',
  'Condizioni di servizio',
  'Contatti',
];

/** The model's licence wording for the legal notes, verbatim. */
const LICENCE =
  'In applicazione del principio open by default ai sensi dell’articolo 52 del decreto legislativo 7 marzo 2005, n. 82 (CAD) e salvo dove diversamente specificato (compresi i contenuti incorporati di terzi), i dati, i documenti e le informazioni pubblicati sul sito sono rilasciati con licenza CC-BY 4.0. Gli utenti sono quindi liberi di condividere (riprodurre, distribuire, comunicare al pubblico, esporre in pubblico), rappresentare, eseguire e recitare questo materiale con qualsiasi mezzo e formato e modificare (trasformare il materiale e utilizzarlo per opere derivate) per qualsiasi fine, anche commerciale con il solo onere di attribuzione, senza apporre restrizioni aggiuntive.';

async function openAnonymous(
  path: string,
  options: { width?: number; locale?: 'it' | 'en' } = {},
): Promise<Page> {
  const context = await browserContextAs(browser(), publicUrl, null, {
    locale: options.locale ?? 'it',
    width: options.width ?? 1280,
    height: 900,
  });
  const page = await context.newPage();
  await page.goto(`${publicUrl}${path}`);
  return page;
}

const texts = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((nodes) => nodes.map((node) => (node.textContent ?? '').trim()));

describe('the list of services', () => {
  it('should list every service without login, reachable from the menu as the model asks', async () => {
    const page = await openAnonymous('/');
    await page.locator('[data-element="all-services"]').first().click();
    await page.waitForURL(`${publicUrl}/servizi`);
    // The page streams in after the address changes: wait for the list before reading it.
    await page.locator('[data-element="service-link"]').first().waitFor();
    await expect(texts(page, '[data-element="service-link"]')).resolves.toEqual([
      'Certificati anagrafici',
      'I miei dati anagrafici',
      'Pratiche edilizie',
      'IMU e modello F24',
      'Prenotazione appuntamenti',
      'Verifica di un certificato',
    ]);
    await expect(texts(page, '[data-element="breadcrumb"] li')).resolves.toEqual(['Home/', 'Servizi']);
    await expect(page.locator('[data-element="appointment-booking"]').getAttribute('href')).resolves.toBe(
      '/prenotazione-appuntamenti',
    );
    await expect(page.locator('[data-element="feedback"]').count()).resolves.toBe(1);
    await expectNoAccessibilityViolations(page);
    await page.context().close();
  });

  it('should search and filter by category with a plain GET form (an address a browser without scripts reaches too)', async () => {
    const page = await openAnonymous('/servizi');
    await expect(page.locator('form:has(#service-search)').getAttribute('method')).resolves.toBe('get');
    await page.getByLabel('Cerca un servizio').fill('imposte');
    await page.getByRole('button', { name: 'Cerca' }).click();
    await page.waitForURL(/\/servizi\?q=imposte$/);
    await expect.poll(() => texts(page, '[data-element="service-link"]')).toEqual(['IMU e modello F24']);
    await expectText(page.locator('main'), '1 servizio trovato');

    await page.goto(`${publicUrl}/servizi`);
    await page
      .locator('[data-element="service-category-link"]', { hasText: 'Catasto e urbanistica' })
      .click();
    await page.waitForURL(/categoria=Catasto/);
    await expect.poll(() => texts(page, '[data-element="service-link"]')).toEqual(['Pratiche edilizie']);

    await page.goto(`${publicUrl}/servizi?q=${encodeURIComponent('nessunservizio')}`);
    await expectText(page.locator('main'), 'Nessun servizio corrisponde alla ricerca.');
    await page.context().close();
  });

  it('should lead the public home page’s cards to the service pages', async () => {
    const page = await openAnonymous('/');
    await page.getByRole('link', { name: 'Prenotazione appuntamenti' }).first().click();
    await page.waitForURL(`${publicUrl}/servizi/prenotazione-appuntamenti`);
    await expect(
      page.locator('[data-element="service-booking-access"]').first().getAttribute('href'),
    ).resolves.toBe('/prenotazione-appuntamenti');
    await page.context().close();
  });
});

describe('a service page', () => {
  it('should show the model’s header, ordered index, sections and access button without login', async () => {
    const page = await openAnonymous('/servizi/certificati-anagrafici');
    await expect(page.locator('[data-element="service-title"]').textContent()).resolves.toBe(
      'Certificati anagrafici',
    );
    await expectText(page.locator('[data-element="service-description"]'), 'certificati anagrafici');
    await expectText(page.locator('[data-element="service-status"]'), 'Servizio attivo');
    await expect(texts(page, '[data-element="service-topic"]')).resolves.toEqual(['Anagrafe', 'Residenza']);
    await expect(texts(page, '[data-element="breadcrumb"] li')).resolves.toEqual([
      'Home/',
      'Servizi/',
      'Certificati anagrafici',
    ]);
    await expect(texts(page, '[data-element="page-index"] > li > a')).resolves.toEqual(MODEL_INDEX);
    for (const element of [
      'service-addressed',
      'service-how-to',
      'service-needed',
      'service-achieved',
      'service-calendar-text',
      'service-area',
    ]) {
      const text = await page.locator(`[data-element="${element}"]`).textContent();
      expect((text ?? '').trim().length, element).toBeGreaterThanOrEqual(3);
    }
    await expect(page.locator('[data-element="service-online-access"]').getAttribute('href')).resolves.toBe(
      '/certificati',
    );
    await expect(page.locator('[data-element="service-file"]').getAttribute('href')).resolves.toBe(
      '/privacy',
    );
    await expect(page.locator('[data-element="appointment-booking"]').getAttribute('href')).resolves.toBe(
      '/prenotazione-appuntamenti',
    );
    await expectText(page.locator('[data-element="service-area"]'), 'Ufficio Anagrafe e Stato civile');
    await expectNoAccessibilityViolations(page);
    await page.context().close();
  });

  it('should carry a GovernmentService JSON-LD block with the office’s address and an absolute service URL', async () => {
    const page = await openAnonymous('/servizi/imu-e-f24');
    const metatag = await page.locator('script[data-element="metatag"]').textContent();
    const ld = JSON.parse(metatag ?? '');
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      name: 'IMU e modello F24',
      serviceType: 'Tributi, finanze e contravvenzioni',
      serviceOperator: { name: "Comune di Spino d'Adda" },
      areaServed: { name: "Spino d'Adda" },
      audience: { audienceType: 'Proprietari di immobili nel Comune' },
      availableChannel: {
        serviceLocation: {
          name: 'Ufficio Tributi',
          address: {
            streetAddress: 'Piazza XXV Aprile 1',
            postalCode: '26016',
            addressLocality: "Spino d'Adda",
          },
        },
      },
    });
    expect(ld.availableChannel.serviceUrl).toMatch(/^https?:\/\/[^/]+\/pagamenti\/imu$/);
    await page.context().close();
  });

  it('should fit a 360 px phone, in English too', async () => {
    for (const locale of ['it', 'en'] as const) {
      const page = await openAnonymous('/servizi/pratiche-edilizie', { width: 360, locale });
      await expectNoHorizontalScroll(page);
      await expectNoAccessibilityViolations(page);
      await page.context().close();
    }
  });

  it('should show the not-found page for a service the comune does not offer', async () => {
    const context = await browserContextAs(browser(), publicUrl, null, {
      locale: 'it',
      width: 1280,
      height: 900,
    });
    const page = await context.newPage();
    await page.goto(`${publicUrl}/servizi/servizio-inesistente`);
    await expectText(page.locator('main h1'), 'Pagina non trovata');
    await context.close();
  });
});

describe('without JavaScript', () => {
  /** A browser with scripts off sees only the HTML the server sent: no streamed part may stay hidden in it. */
  async function openWithoutScripts(path: string): Promise<Page> {
    const context = await browser().newContext({
      javaScriptEnabled: false,
      locale: 'it-IT',
      viewport: { width: 1280, height: 900 },
    });
    await context.addCookies([{ name: 'lang', value: 'it', url: publicUrl }]);
    const page = await context.newPage();
    const response = await page.goto(`${publicUrl}${path}`);
    expect(response?.status()).toBe(200);
    return page;
  }

  it('should show the list of services, their links and the rating component in the server’s HTML', async () => {
    const page = await openWithoutScripts('/servizi');
    const links = page.locator('[data-element="service-link"]');
    await expect(links.count()).resolves.toBe(6);
    for (const link of await links.all()) await expect(link.isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-element="feedback"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('main [hidden]').count()).resolves.toBe(0);
    await expect(page.locator('main [role="status"] .progress-spinner').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('should show a service page’s index, sections and rating stars in the server’s HTML', async () => {
    const page = await openWithoutScripts('/servizi/certificati-anagrafici');
    await expect(page.locator('[data-element="service-title"]').isVisible()).resolves.toBe(true);
    await expect(texts(page, '[data-element="page-index"] > li > a')).resolves.toEqual(MODEL_INDEX);
    await expect(page.locator('[data-element="page-index"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-element="service-area"]').isVisible()).resolves.toBe(true);
    const feedback = page.locator('[data-element="feedback"]');
    await expect(feedback.isVisible()).resolves.toBe(true);
    await expect(feedback.locator('[data-element="feedback-title"]').textContent()).resolves.toBe(
      'Quanto sono chiare le informazioni su questa pagina?',
    );
    for (const star of [1, 2, 3, 4, 5]) {
      await expect(feedback.locator(`[data-element="feedback-rate-${star}"]`).isVisible()).resolves.toBe(
        true,
      );
    }
    await expect(feedback.locator('[data-element="feedback-input-text"]').count()).resolves.toBe(1);
    await expect(page.locator('main [hidden]').count()).resolves.toBe(0);
    await page.context().close();
  });
});

describe('the page furniture the validator looks for', () => {
  it('should link the footer’s model entries, each to a page that exists', async () => {
    const page = await openAnonymous('/servizi');
    const footer = page.locator('footer');
    const expected: Record<string, string> = {
      'accessibility-link': '/dichiarazione-accessibilita',
      'privacy-policy-link': '/privacy',
      'legal-notes': '/note-legali',
      'all-topics': '/argomenti',
      faq: '/faq',
      'report-inefficiency': '/segnala-disservizio',
    };
    for (const [element, href] of Object.entries(expected)) {
      await expect(footer.locator(`[data-element="${element}"]`).getAttribute('href'), element).resolves.toBe(
        href,
      );
      const response = await page.request.get(`${publicUrl}${href}`);
      expect(response.status(), href).toBe(200);
    }
    await expectText(footer.locator('[data-element="faq"]'), 'FAQ');
    // C.SI.2.4 gives full marks only to the labels "disservizio", "segnala disservizio", "segnalazione disservizio".
    await expect(footer.locator('[data-element="report-inefficiency"]').textContent()).resolves.toBe(
      'Segnala disservizio',
    );
    await page.context().close();
  });

  it('should draw every icon from a symbol of the page itself, never from an external sprite file', async () => {
    // A page with an external `<use>` never fires its load event in a background tab of Chromium, which kept the
    // government's validator (it opens pages in parallel tabs) waiting forever.
    for (const path of ['/', '/servizi', '/servizi/pratiche-edilizie']) {
      const page = await openAnonymous(path);
      const uses = await page
        .locator('use')
        .evaluateAll((nodes) =>
          nodes.map((use) => [
            use.getAttribute('href') ?? '',
            use.ownerDocument.getElementById((use.getAttribute('href') ?? '').slice(1))?.tagName ?? '',
          ]),
        );
      expect(uses.length, path).toBeGreaterThan(0);
      for (const [href, target] of uses) {
        expect(href, path).toMatch(/^#it-[a-z-]+$/);
        expect(target, `${path} ${href}`).toBe('symbol');
      }
      await page.context().close();
    }
  });

  it('should list the services’ topics on the all-topics page, each leading to the services on it', async () => {
    const services = (await (await fetch(`${publicUrl}/api/public/services`)).json()) as {
      services: { slug: string; topics: string[] }[];
    };
    const topics = [...new Set(services.services.flatMap((service) => service.topics))];
    const page = await openAnonymous('/');
    await page.locator('footer [data-element="all-topics"]').click();
    await page.waitForURL(`${publicUrl}/argomenti`);
    await expect(page.locator('[data-element="breadcrumb"]').count()).resolves.toBe(1);
    const listed = await texts(page, '[data-element="topic-element"]');
    expect([...listed].sort()).toEqual([...topics].sort());
    await expectNoAccessibilityViolations(page);
    await page.locator('[data-element="topic-element"]', { hasText: 'Anagrafe' }).click();
    await page.waitForURL(/\/servizi\?argomento=Anagrafe$/);
    await page.locator('[data-element="service-link"]').first().waitFor();
    const expected = services.services.filter((service) => service.topics.includes('Anagrafe')).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(services.services.length);
    await expect(page.locator('[data-element="service-link"]').count()).resolves.toBe(expected);
    await page.context().close();
  });

  it('should publish the model’s licence wording in the legal notes', async () => {
    const page = await openAnonymous('/note-legali');
    await expect(page.locator('[data-element="legal-notes-section"]').textContent()).resolves.toBe(
      'Licenza dei contenuti',
    );
    const body = ((await page.locator('[data-element="legal-notes-body"]').textContent()) ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    expect(body).toBe(LICENCE);
    await page.context().close();
  });

  it('should show the FAQ and the ways to report a disservice, with a breadcrumb', async () => {
    const page = await openAnonymous('/faq');
    await expectText(page.locator('main h1'), 'Domande frequenti');
    await expectText(page.locator('main'), 'Il certificato scaricato dal portale ha valore legale?');
    await expect(texts(page, '[data-element="breadcrumb"] li')).resolves.toEqual([
      'Home/',
      'Domande frequenti (FAQ)',
    ]);
    await expectNoAccessibilityViolations(page);
    await page.goto(`${publicUrl}/segnala-disservizio`);
    await expect(page.locator('main a[href^="mailto:info@comune.spinodadda.cr.it"]').count()).resolves.toBe(
      1,
    );
    await expectNoAccessibilityViolations(page);
    await page.context().close();
  });

  it('should put a breadcrumb on the nested pages of the existing sections', async () => {
    const page = await openAnonymous('/verifica/NONESISTE1');
    await expect(texts(page, '[data-element="breadcrumb"] li')).resolves.toEqual([
      'Home/',
      'Verifica certificato/',
      'Dettaglio',
    ]);
    await expect(
      page
        .locator('[data-element="breadcrumb"] a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).resolves.toEqual(['/', '/verifica']);
    await page.goto(`${publicUrl}/verifica`);
    await expect(page.locator('[data-element="breadcrumb"]').count()).resolves.toBe(0);
    await page.context().close();
  });
});

import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { Request, Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newIdentity, type TestIdentity } from '../backend/test/support/factories.js';
import { signWithFirmaSandbox } from '../backend/test/support/firma.js';
import { loginAs } from '../backend/test/support/session.js';
import {
  expectNoAccessibilityViolations,
  expectText,
  loginInBrowser,
  newPage,
  useBrowser,
  waitForHydration,
} from './support/browser.js';
import { jsonRequest, okJson } from './support/portal.js';

const { publicUrl, federationUrl } = inject('stack');
const browser = useBrowser();
/** The wizard's tus chunk (UPLOAD_CHUNK_BYTES): the second PATCH of an upload starts here. */
const CHUNK = 1_048_576;

/** An uncompressed drawing of ~2.5 MB: three chunks, so an upload can stop with part of it on the server. */
async function largeDrawing(): Promise<Buffer> {
  const document = new PDFDocument({ size: 'A3', compress: false });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => document.on('end', () => resolve()));
  document.text('Tavola 1 – pianta del piano terra');
  for (let index = 0; index < 90_000; index += 1) {
    document.rect((index % 300) * 2.6, 40 + Math.floor(index / 300) * 3.6, 2, 2);
  }
  document.stroke();
  document.end();
  await done;
  return Buffer.concat(chunks);
}

async function signedDrawing(folder: string, who: TestIdentity): Promise<string> {
  const file = path.join(folder, 'tavola-1.pdf');
  await writeFile(file, await signWithFirmaSandbox(federationUrl, who, { pdf: await largeDrawing() }));
  return file;
}

describe('an interrupted attachment upload resumes', () => {
  it('should resume after the connection drops mid-file and after a reload, and attach the verified file', {
    timeout: 180_000,
  }, async () => {
    const resident = newIdentity();
    const api = await loginAs(resident);
    const { id } = await okJson<{ id: string }>(
      await api.fetch('/api/permits/drafts', jsonRequest({ type: 'SCIA' })),
      201,
    );
    const file = await signedDrawing(await mkdtemp(path.join(os.tmpdir(), 'sue-tus-')), resident);

    const { page } = await newPage(browser(), { width: 360, height: 740 });
    await loginInBrowser(page, publicUrl, resident);
    const seen: { method: string; offset: string | null; creation: boolean }[] = [];
    page.on('request', (request: Request) => {
      const { pathname } = new URL(request.url());
      if (/\/uploads(\/|$)/.test(pathname)) {
        seen.push({
          method: request.method(),
          offset: request.headers()['upload-offset'] ?? null,
          creation: request.method() === 'POST' && pathname.endsWith('/uploads'),
        });
      }
    });
    // The network fails for every byte after the first chunk, until the page is reloaded.
    let networkDown = true;
    await page.route('**/api/permits/drafts/*/uploads/*', (route: Route) => {
      const request = route.request();
      if (networkDown && request.method() === 'PATCH' && request.headers()['upload-offset'] !== '0') {
        return route.abort('connectionreset');
      }
      return route.continue();
    });

    const attachments = `${publicUrl}/pratiche/bozze/${id}?passo=allegati`;
    await page.goto(attachments);
    await waitForHydration(page);
    await page.getByLabel('Tipo di documento').selectOption('elaborati_grafici');
    await page.getByLabel('File firmato').setInputFiles(file);
    await page.getByRole('button', { name: 'Carica' }).click();
    // tus-js-client retries on its own (HEAD, then PATCH from the offset); the network stays down, so it gives up.
    await expectText(page.locator('main'), /non è raggiungibile/, 30_000);
    const progress = page.getByRole('progressbar', { name: 'Avanzamento del caricamento' });
    expect(Number(await progress.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(30);
    expect(seen.filter(({ method }) => method === 'HEAD').length).toBeGreaterThanOrEqual(1);
    expect(
      seen.filter(({ method, offset }) => method === 'PATCH' && offset === String(CHUNK)).length,
    ).toBeGreaterThan(1);
    await expectNoAccessibilityViolations(page);

    // Back online, after a reload: the same file again resumes the same upload from the server's offset.
    networkDown = false;
    const creationsBefore = seen.filter(({ creation }) => creation).length;
    seen.length = 0;
    await page.reload();
    await waitForHydration(page);
    await page.getByLabel('Tipo di documento').selectOption('elaborati_grafici');
    await page.getByLabel('File firmato').setInputFiles(file);
    await page.getByRole('button', { name: 'Carica' }).click();
    await expectText(page.locator('main'), 'tavola-1.pdf', 60_000);
    await expectText(page.locator('main'), `Firmato da ${resident.givenName} ${resident.familyName}`);
    expect(creationsBefore).toBe(1);
    expect(seen.filter(({ creation }) => creation).length).toBe(0);
    expect(seen.filter(({ method }) => method === 'HEAD').length).toBe(1);
    expect(seen.find(({ method }) => method === 'PATCH')?.offset).toBe(String(CHUNK));

    const draft = await okJson<{ attachments: { kind: string; signerFiscalCode: string }[] }>(
      await api.fetch(`/api/permits/drafts/${id}`),
    );
    expect(draft.attachments).toEqual([
      expect.objectContaining({ kind: 'elaborati_grafici', signerFiscalCode: resident.fiscalCode }),
    ]);
  });
});

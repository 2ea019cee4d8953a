import fc from 'fast-check';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { DraftView } from '../src/permits/filing/filing-views.js';
import { newIdentity, type TestIdentity } from './support/factories.js';
import { signWithFirmaSandbox } from './support/firma.js';
import { loginAs, type TestSession } from './support/session.js';

const { federationUrl, backendUrl } = inject('stack');

interface Problem {
  code: string;
  detail: string;
  field?: string;
  offset?: number;
  length?: number;
}

/** Signs a PDF through the firma sandbox as `who` (PAdES), optionally spoiled. */
function signAs(who: TestIdentity, defect?: 'altered-after-signing'): Promise<Buffer> {
  return signWithFirmaSandbox(federationUrl, who, { defect });
}

const base64 = (text: string) => Buffer.from(text).toString('base64');
const TUS = { 'tus-resumable': '1.0.0' };

async function problem(response: Response, status: number): Promise<Problem> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return JSON.parse(text) as Problem;
}

async function newDraft(session: TestSession, type = 'SCIA'): Promise<string> {
  const response = await session.fetch('/api/permits/drafts', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** tus creation: answers the upload's path (from `Location`). */
function createUpload(
  session: TestSession,
  draftId: string,
  kind: string,
  length: number,
  filename = 'modulo.pdf',
) {
  return session.fetch(`/api/permits/drafts/${draftId}/uploads`, {
    method: 'POST',
    headers: {
      ...TUS,
      'upload-length': String(length),
      'upload-metadata': `kind ${base64(kind)},filename ${base64(filename)}`,
    },
  });
}

function patch(session: TestSession, location: string, offset: number, bytes: Buffer) {
  return session.fetch(location, {
    method: 'PATCH',
    headers: { ...TUS, 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' },
    body: new Uint8Array(bytes),
  });
}

async function created(response: Response): Promise<string> {
  expect(response.status, await response.clone().text()).toBe(201);
  const location = response.headers.get('location') ?? '';
  expect(location).toMatch(/^\/api\/permits\/drafts\/[0-9a-f-]{36}\/uploads\/[0-9a-f-]{36}$/);
  return location;
}

describe('SUE resumable uploads (tus)', () => {
  let resident: TestIdentity;
  let session: TestSession;
  let stranger: TestSession;

  beforeAll(async () => {
    resident = newIdentity();
    [session, stranger] = await Promise.all([loginAs(resident), loginAs(newIdentity())]);
  });

  it('should resume an interrupted upload from the offset the server reports and attach the verified file', async () => {
    const draftId = await newDraft(session);
    const file = await signAs(resident);
    const location = await created(await createUpload(session, draftId, 'modulo', file.length));
    const half = Math.floor(file.length / 2);

    const first = await patch(session, location, 0, file.subarray(0, half));
    expect(first.status, await first.text()).toBe(204);
    expect(first.headers.get('upload-offset')).toBe(String(half));

    // The connection dropped here: the client asks where to resume.
    const head = await session.fetch(location, { method: 'HEAD', headers: TUS });
    expect(head.status).toBe(200);
    expect(head.headers.get('upload-offset')).toBe(String(half));
    expect(head.headers.get('upload-length')).toBe(String(file.length));

    const early = await problem(await session.fetch(`${location}/complete`, { method: 'POST' }), 409);
    expect(early.code).toBe('UPLOAD_INCOMPLETE');
    expect(early).toMatchObject({ offset: half, length: file.length });

    const wrongOffset = await problem(await patch(session, location, 0, file.subarray(0, 10)), 409);
    expect(wrongOffset.code).toBe('UPLOAD_OFFSET_MISMATCH');

    const rest = await patch(session, location, half, file.subarray(half));
    expect(rest.status, await rest.text()).toBe(204);
    expect(rest.headers.get('upload-offset')).toBe(String(file.length));

    const completed = await session.fetch(`${location}/complete`, { method: 'POST' });
    expect(completed.status, await completed.clone().text()).toBe(201);
    const attachment = (await completed.json()) as {
      id: string;
      kind: string;
      fileName: string;
      signerFiscalCode: string;
    };
    expect(attachment).toMatchObject({
      kind: 'modulo',
      fileName: 'modulo.pdf',
      signerFiscalCode: resident.fiscalCode,
    });

    const draft = (await (await session.fetch(`/api/permits/drafts/${draftId}`)).json()) as DraftView;
    expect(draft.attachments.map(({ id }) => id)).toEqual([attachment.id]);
    // Attached: the upload is gone, and the kind (one file at most) is full before any byte is sent.
    expect((await session.fetch(location, { method: 'HEAD', headers: TUS })).status).toBe(404);
    const full = await problem(await createUpload(session, draftId, 'modulo', file.length), 422);
    expect(full.code).toBe('ATTACHMENT_LIMIT_REACHED');
  });

  it('should refuse an altered file at completion with the Italian reason, and forget it', async () => {
    const draftId = await newDraft(session);
    const file = await signAs(resident, 'altered-after-signing');
    const location = await created(await createUpload(session, draftId, 'relazione_tecnica', file.length));
    expect((await patch(session, location, 0, file)).status).toBe(204);

    const refused = await problem(await session.fetch(`${location}/complete`, { method: 'POST' }), 422);
    expect(refused.code).toMatch(/^SIGNATURE_/);
    expect(refused.detail).toMatch(/firma/i);
    const draft = (await (await session.fetch(`/api/permits/drafts/${draftId}`)).json()) as DraftView;
    expect(draft.attachments).toEqual([]);
    expect((await session.fetch(location, { method: 'HEAD', headers: TUS })).status).toBe(404);
  });

  it('should refuse at creation a file over the kind’s limit, or with no size or kind', async () => {
    const draftId = await newDraft(session);
    const tooLarge = await problem(await createUpload(session, draftId, 'modulo', 5 * 1_048_576 + 1), 413);
    expect(tooLarge.code).toBe('ATTACHMENT_TOO_LARGE');
    expect(tooLarge.detail).toContain('5 MB');
    const overall = await problem(await createUpload(session, draftId, 'elaborati_grafici', 2 ** 40), 413);
    expect(overall.code).toBe('DOCUMENT_TOO_LARGE');

    const unknownKind = await problem(await createUpload(session, draftId, 'integrazione', 1000), 400);
    expect(unknownKind.field).toBe('kind');
    const noLength = await session.fetch(`/api/permits/drafts/${draftId}/uploads`, {
      method: 'POST',
      headers: { ...TUS, 'upload-defer-length': '1', 'upload-metadata': `kind ${base64('modulo')}` },
    });
    expect((await problem(noLength, 400)).field).toBe('Upload-Length');
    const noTus = await session.fetch(`/api/permits/drafts/${draftId}/uploads`, {
      method: 'POST',
      headers: { 'upload-length': '1000', 'upload-metadata': `kind ${base64('modulo')}` },
    });
    expect((await problem(noTus, 412)).code).toBe('TUS_RESUMABLE_REQUIRED');
  });

  it('should let nobody but the draft’s author create, read, resume or complete its uploads', async () => {
    const draftId = await newDraft(session);
    const file = await signAs(resident);
    expect((await problem(await createUpload(stranger, draftId, 'modulo', file.length), 404)).code).toBe(
      'DRAFT_NOT_FOUND',
    );
    const location = await created(await createUpload(session, draftId, 'modulo', file.length));
    expect((await stranger.fetch(location, { method: 'HEAD', headers: TUS })).status).toBe(404);
    expect((await problem(await patch(stranger, location, 0, file), 404)).code).toBe('UPLOAD_NOT_FOUND');
    await problem(await stranger.fetch(`${location}/complete`, { method: 'POST' }), 404);
    // The same upload under another of the author's drafts is not found either.
    const other = await newDraft(session);
    const elsewhere = location.replace(draftId, other);
    expect((await session.fetch(elsewhere, { method: 'HEAD', headers: TUS })).status).toBe(404);
    expect((await problem(await patch(session, elsewhere, 0, file), 404)).code).toBe('UPLOAD_NOT_FOUND');

    // Without the CSRF header a write is refused, even with the author's cookies.
    const forged = await fetch(`${backendUrl}${location}`, {
      method: 'PATCH',
      headers: {
        ...TUS,
        cookie: session.cookie(),
        'upload-offset': '0',
        'content-type': 'application/offset+octet-stream',
      },
      body: new Uint8Array(file),
    });
    expect((await problem(forged, 403)).code).toBe('CSRF_TOKEN_INVALID');
    const head = await session.fetch(location, { method: 'HEAD', headers: TUS });
    expect(head.headers.get('upload-offset')).toBe('0');

    // Anonymous: 401.
    expect((await fetch(`${backendUrl}${location}`, { method: 'HEAD', headers: TUS })).status).toBe(401);
  });

  it('should answer hostile creation headers with a problem, never a 5xx, and store no NUL', {
    timeout: 120_000,
  }, async () => {
    const draftId = await newDraft(session);
    const text = fc.oneof(
      fc.string({ maxLength: 12 }).map((value) => `${value}\u0000`),
      fc.constantFrom('__proto__', 'constructor', 'modulo', 'integrazione', '', 'a'.repeat(3000)),
    );
    const length = fc.oneof(
      fc.constantFrom(
        '1e99',
        '9007199254740993',
        '-1',
        '0',
        '1.5',
        'NaN',
        ' 12',
        '0x10',
        '99999999999999999999',
      ),
      fc.integer({ min: 1, max: 20_000_000 }).map(String),
    );
    await fc.assert(
      fc.asyncProperty(length, text, text, fc.boolean(), async (declared, kind, filename, prototypeKey) => {
        const metadata = [`kind ${base64(kind)}`, `filename ${base64(filename)}`];
        if (prototypeKey) metadata.push(`__proto__ ${base64('{"polluted":true}')}`);
        const response = await session.fetch(`/api/permits/drafts/${draftId}/uploads`, {
          method: 'POST',
          headers: { ...TUS, 'upload-length': declared, 'upload-metadata': metadata.join(',') },
        });
        const body = await response.text();
        expect(response.status, body).toBeLessThan(500);
        if (response.status === 201) {
          expect(kind).not.toContain('\u0000');
          // Given up at once, so the property's uploads do not fill the kind.
          const location = response.headers.get('location') ?? '';
          expect((await session.fetch(location, { method: 'DELETE', headers: TUS })).status).toBe(204);
          return;
        }
        expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        const refused = JSON.parse(body) as Problem;
        expect(refused.detail.length).toBeGreaterThan(0);
        if (kind.includes('\u0000'))
          expect(['kind', 'Upload-Length', 'Upload-Metadata']).toContain(refused.field);
      }),
      { numRuns: 60 },
    );
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

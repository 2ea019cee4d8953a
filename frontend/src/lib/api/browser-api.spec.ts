import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserApi } from './api-fetch-client';
import { bodyOf } from './read-api-response';

function stubBrowser(cookie: string, answer: () => Response) {
  const fetch = vi.fn(async (_input: Request, _init?: RequestInit) => answer());
  vi.stubGlobal('document', { cookie });
  vi.stubGlobal('window', { location: { origin: 'https://portale.example' } });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const ANSWER = { outcome: 'accepted' as const, answer: 'Corretto.', version: 3 };

describe('browserApi', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('should post the typed body to the same origin with the CSRF header and read the JSON answer', async () => {
    const fetch = stubBrowser('csrf_token=tok%2B1', () => Response.json({ id: 'c1', version: 4 }));
    const answered = await bodyOf(
      browserApi().POST('/api/staff/registry/corrections/{id}/answer', {
        params: { path: { id: 'c 1' } },
        body: ANSWER,
      }),
    );
    expect(answered).toMatchObject({ id: 'c1', version: 4 });
    // What fetch itself sends: the request, with the init's headers and credentials laid over it.
    const sent = new Request(...fetch.mock.calls[0]);
    expect(sent.url).toBe('https://portale.example/api/staff/registry/corrections/c%201/answer');
    expect(sent.method).toBe('POST');
    expect(sent.credentials).toBe('same-origin');
    expect(sent.headers.get('x-csrf-token')).toBe('tok+1');
    expect(await sent.json()).toEqual(ANSWER);
  });

  it('should throw ApiError with the backend problem on a refusal', async () => {
    stubBrowser('', () =>
      Response.json(
        {
          type: 'about:blank',
          title: 'Conflict',
          detail: 'Già risposta.',
          code: 'CORRECTION_VERSION_CONFLICT',
        },
        { status: 409, headers: { 'content-type': 'application/problem+json' } },
      ),
    );
    const call = bodyOf(
      browserApi().POST('/api/staff/registry/corrections/{id}/answer', {
        params: { path: { id: 'c1' } },
        body: ANSWER,
      }),
    );
    await expect(call).rejects.toMatchObject({
      name: 'ApiError',
      status: 409,
      problem: { code: 'CORRECTION_VERSION_CONFLICT', detail: 'Già risposta.' },
    });
  });

  it('should turn a network failure into a 503 ApiError', async () => {
    stubBrowser('', () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(bodyOf(browserApi().GET('/api/me'))).rejects.toMatchObject({
      status: 503,
      problem: { code: 'BACKEND_UNREACHABLE' },
    });
  });
});

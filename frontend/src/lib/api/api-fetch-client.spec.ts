import { afterEach, describe, expect, it, vi } from 'vitest';
import { clientApiFetch } from './api-fetch-client';

function stubBrowser(cookie: string) {
  const fetch = vi.fn(async () => Response.json({ ok: true }));
  vi.stubGlobal('document', { cookie });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function sentHeaders(fetch: ReturnType<typeof stubBrowser>): Headers {
  const init = (fetch.mock.calls[0] as unknown as [string, RequestInit])[1];
  return new Headers(init.headers);
}

describe('clientApiFetch', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('should send the CSRF token from the cookie as X-CSRF-Token on a POST', async () => {
    const fetch = stubBrowser('lang=it; csrf_token=abc%3D123');
    await clientApiFetch('/api/auth/logout', { method: 'POST' });
    expect(sentHeaders(fetch).get('x-csrf-token')).toBe('abc=123');
  });

  it('should not send the CSRF token on a GET', async () => {
    const fetch = stubBrowser('csrf_token=abc');
    await clientApiFetch('/api/me');
    expect(sentHeaders(fetch).has('x-csrf-token')).toBe(false);
  });

  it('should send the session cookie to the same origin only', async () => {
    const fetch = stubBrowser('');
    await clientApiFetch('/api/me');
    const init = (fetch.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(init.credentials).toBe('same-origin');
  });

  it('should turn a network failure into a 503 ApiError', async () => {
    vi.stubGlobal('document', { cookie: '' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(clientApiFetch('/api/me')).rejects.toMatchObject({
      status: 503,
      problem: { code: 'BACKEND_UNREACHABLE' },
    });
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clientResponseHeaders, forwardToBackend, upstreamRequestHeaders } from './forward-to-backend';

const PUBLIC = new URL('https://servizi.comune.example.test/api/me');

describe('upstreamRequestHeaders', () => {
  it('should pass the session, the CSRF token and the forwarding chain, and drop the hop’s own fields', () => {
    const incoming = new Headers({
      cookie: 'portal_session=s; csrf_token=t',
      'x-csrf-token': 't',
      'content-type': 'text/csv',
      'content-length': '73400320',
      'x-forwarded-for': '203.0.113.7',
      host: 'servizi.comune.example.test',
      connection: 'keep-alive, x-hop',
      'x-hop': 'for this connection only',
      'keep-alive': 'timeout=5',
      expect: '100-continue',
      te: 'trailers',
    });
    expect(upstreamRequestHeaders(incoming, PUBLIC)).toEqual({
      cookie: 'portal_session=s; csrf_token=t',
      'x-csrf-token': 't',
      'content-type': 'text/csv',
      'x-forwarded-for': '203.0.113.7',
      'x-forwarded-host': 'servizi.comune.example.test',
      'x-forwarded-proto': 'https',
    });
  });

  it('should keep the forwarded host and protocol a proxy in front already set', () => {
    const incoming = new Headers({
      host: '127.0.0.1:3000',
      'x-forwarded-host': 'servizi.comune.example.test',
      'x-forwarded-proto': 'https',
    });
    const outgoing = upstreamRequestHeaders(incoming, new URL('http://127.0.0.1:3000/api/me'));
    expect(outgoing['x-forwarded-host']).toBe('servizi.comune.example.test');
    expect(outgoing['x-forwarded-proto']).toBe('https');
  });
});

describe('clientResponseHeaders', () => {
  it('should keep every Set-Cookie on its own and drop the fields of the backend connection', () => {
    const headers = clientResponseHeaders(
      [
        'Set-Cookie',
        'portal_session=s; Path=/; HttpOnly',
        'Set-Cookie',
        'csrf_token=t; Path=/',
        'Content-Type',
        'application/problem+json',
        'Cache-Control',
        'no-store',
        'Connection',
        'keep-alive',
        'Keep-Alive',
        'timeout=5',
        'Transfer-Encoding',
        'chunked',
      ],
      { connection: 'keep-alive' },
    );
    expect(headers.getSetCookie()).toEqual(['portal_session=s; Path=/; HttpOnly', 'csrf_token=t; Path=/']);
    expect(headers.get('content-type')).toBe('application/problem+json');
    expect(headers.get('cache-control')).toBe('no-store');
    expect([...new Set(headers.keys())].sort()).toEqual(['cache-control', 'content-type', 'set-cookie']);
  });
});

/** A body of `bytes` bytes, produced as it is read, that tells how much of it was read. */
function countedBody(bytes: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  const read = { bytes: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (read.bytes >= bytes) return controller.close();
      read.bytes += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { stream, read };
}

describe('forwardToBackend', () => {
  let server: http.Server | undefined;

  afterEach(async () => {
    vi.unstubAllEnvs();
    const running = server;
    server = undefined;
    if (!running) return;
    running.closeAllConnections();
    await new Promise((resolve) => running.close(resolve));
  });

  async function backend(handler: http.RequestListener): Promise<void> {
    server = http.createServer(handler);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    vi.stubEnv('BACKEND_URL', `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  }

  it('should stream a body to the backend whole, chunked, and its answer back', async () => {
    const seen: { bytes: number; length?: string; encoding?: string; url?: string } = { bytes: 0 };
    await backend((req, res) => {
      seen.length = req.headers['content-length'];
      seen.encoding = req.headers['transfer-encoding'];
      seen.url = req.url;
      req.on('data', (chunk: Buffer) => {
        seen.bytes += chunk.length;
      });
      req.on('end', () => {
        res.writeHead(202, { 'content-type': 'application/json', 'set-cookie': ['a=1', 'b=2'] });
        res.end(JSON.stringify({ received: seen.bytes }));
      });
    });
    const body = countedBody(5 * 1024 * 1024);
    const response = await forwardToBackend(
      new Request('http://127.0.0.1:3000/api/staff/registry/imports?fileName=a.csv', {
        method: 'POST',
        headers: { 'content-type': 'text/csv', 'content-length': String(5 * 1024 * 1024) },
        body: body.stream,
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(202);
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(await response.json()).toEqual({ received: 5 * 1024 * 1024 });
    expect(seen).toMatchObject({
      url: '/api/staff/registry/imports?fileName=a.csv',
      length: undefined,
      encoding: 'chunked',
    });
  });

  it('should hand over a refusal that comes mid-upload, and read the rest of the upload so the client gets it', async () => {
    await backend((req, res) => {
      req.once('data', () => {
        req.pause();
        res.writeHead(413, { 'content-type': 'application/problem+json' });
        res.end(JSON.stringify({ code: 'PAYLOAD_TOO_LARGE' }));
      });
    });
    const size = 20 * 1024 * 1024;
    const body = countedBody(size);
    const response = await forwardToBackend(
      new Request('http://127.0.0.1:3000/api/permits', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: body.stream,
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ code: 'PAYLOAD_TOO_LARGE' });
    await vi.waitFor(() => expect(body.read.bytes).toBeGreaterThanOrEqual(size), { timeout: 5_000 });
  });

  it('should answer a problem document of its own when the backend cannot be reached', async () => {
    await backend((_req, res) => res.end());
    const port = (server!.address() as AddressInfo).port;
    await new Promise((resolve) => server!.close(resolve));
    server = undefined;
    vi.stubEnv('BACKEND_URL', `http://127.0.0.1:${port}`);
    const response = await forwardToBackend(new Request('http://127.0.0.1:3000/api/me'));
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(((await response.json()) as { code: string }).code).toBe('BACKEND_UNREACHABLE');
  });
});

import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { backendUrl } from './backend-url';

/** Headers that describe one hop, not the message: never copied from one connection to the next (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/**
 * Not forwarded upstream either: `host` names this server; `content-length` because the body goes on chunked
 * (see `forwardToBackend`); `expect` because Node's server already answered the client's 100-continue.
 */
const NOT_FORWARDED = new Set([...HOP_BY_HOP, 'host', 'content-length', 'expect']);

/** Bodies cannot accompany these statuses (Fetch standard: a null body status). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * One connection per request: a pooled connection the backend closes at the end of its keep-alive can be picked
 * for the next request just as it closes, and a POST cannot be retried. A connect is cheap next to the request.
 */
const HTTP_AGENT = new http.Agent({ keepAlive: false });
const HTTPS_AGENT = new https.Agent({ keepAlive: false });

/** A backend that says nothing for this long, mid-request or mid-answer, is given up on. */
const IDLE_TIMEOUT_MS = 60_000;

/** The fields a header named in `Connection` adds to the hop-by-hop ones of that message. */
function connectionFields(connection: string | null): Set<string> {
  return new Set(
    (connection ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
  );
}

/**
 * What the backend receives of the browser's headers: all of the message's own (cookies with the session, the
 * CSRF token, content type, language, `X-Forwarded-*` as Next's server completed them), none of the hop's.
 */
export function upstreamRequestHeaders(incoming: Headers, publicUrl: URL): Record<string, string> {
  const dropped = connectionFields(incoming.get('connection'));
  const outgoing: Record<string, string> = {};
  incoming.forEach((value, name) => {
    if (!NOT_FORWARDED.has(name) && !dropped.has(name)) outgoing[name] = value;
  });
  outgoing['x-forwarded-host'] ??= incoming.get('host') ?? publicUrl.host;
  outgoing['x-forwarded-proto'] ??= publicUrl.protocol.replace(':', '');
  return outgoing;
}

/** What the browser receives of the backend's headers: every `Set-Cookie` on its own, no hop-by-hop field. */
export function clientResponseHeaders(rawHeaders: readonly string[], incoming: IncomingHttpHeaders): Headers {
  const connection = incoming.connection;
  const dropped = connectionFields(Array.isArray(connection) ? connection.join(',') : (connection ?? null));
  const headers = new Headers();
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = rawHeaders[i].toLowerCase();
    if (!HOP_BY_HOP.has(name) && !dropped.has(name)) headers.append(name, rawHeaders[i + 1]);
  }
  return headers;
}

/** The answer when the backend cannot be reached: the same problem document `apiFetch` turns into an ApiError. */
function unreachable(): Response {
  return Response.json(
    {
      type: 'about:blank',
      title: 'Service Unavailable',
      status: 503,
      code: 'BACKEND_UNREACHABLE',
      detail: 'Il servizio non è raggiungibile in questo momento. Riprova tra qualche minuto.',
    },
    { status: 503, headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store' } },
  );
}

/**
 * Forwards one `/api` request to the backend and its answer back, both streamed: nothing is buffered, so a
 * registry import of hundreds of megabytes reaches the backend whole, and the backend's own limits decide what
 * is too large (Next's proxy would buffer the body, cut it at `proxyClientMaxBodySize` and answer a refusal
 * that arrives mid-upload with a text/plain 500).
 *
 * The body goes on chunked, without the browser's `Content-Length`: told a length far over its limits the
 * backend answers 413 and closes the connection at once, and the answer is lost in the reset of a connection
 * still being written to. Reading a chunked body, its parsers apply the same limits and the answer arrives
 * whole. When the answer comes before the upload is over (a refusal), the rest of the browser's body is read
 * and dropped, so the browser, still sending, gets to read the answer.
 */
export async function forwardToBackend(request: Request): Promise<Response> {
  const incomingUrl = new URL(request.url);
  const target = new URL(`${incomingUrl.pathname}${incomingUrl.search}`, backendUrl());
  const body = request.body ? Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>) : null;

  return new Promise<Response>((resolve) => {
    let answered = false;
    const options = { method: request.method, headers: upstreamRequestHeaders(request.headers, incomingUrl) };
    const upstream =
      target.protocol === 'https:'
        ? https.request(target, { ...options, agent: HTTPS_AGENT })
        : http.request(target, { ...options, agent: HTTP_AGENT });
    upstream.setTimeout(IDLE_TIMEOUT_MS, () => upstream.destroy(new Error('backend idle timeout')));
    const dropRestOfBody = () => {
      if (!body || body.readableEnded) return;
      body.unpipe(upstream);
      body.on('error', () => {});
      body.resume();
    };
    // The browser went away: the backend stops reading on its behalf.
    request.signal.addEventListener('abort', () => upstream.destroy(), { once: true });

    upstream.on('response', (answer: IncomingMessage) => {
      answered = true;
      const uploadUnfinished = body !== null && !body.readableEnded;
      if (uploadUnfinished) {
        dropRestOfBody();
        // The backend has said all it will; once its answer is through, this half-sent request is abandoned.
        answer.once('end', () => upstream.destroy());
      }
      const status = answer.statusCode ?? 502;
      const withoutBody = request.method === 'HEAD' || NULL_BODY_STATUSES.has(status);
      if (withoutBody) answer.resume();
      resolve(
        new Response(withoutBody ? null : (Readable.toWeb(answer) as ReadableStream<Uint8Array>), {
          status,
          statusText: answer.statusMessage,
          headers: clientResponseHeaders(answer.rawHeaders, answer.headers),
        }),
      );
    });
    upstream.on('error', () => {
      if (answered) return;
      answered = true;
      dropRestOfBody();
      resolve(unreachable());
    });

    if (body) {
      body.on('error', (error) => upstream.destroy(error));
      body.pipe(upstream);
    } else {
      upstream.end();
    }
  });
}

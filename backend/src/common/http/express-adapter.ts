import http, { IncomingMessage, ServerResponse } from 'node:http';
import type { NestApplicationOptions } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { Express } from 'express';

/**
 * A constructor that builds what `base` builds, with `prototype` as the new object's prototype from the start.
 * `http.createServer` calls it with `new` for every request (or response).
 */
function bornWith<T extends typeof IncomingMessage | typeof ServerResponse>(base: T, prototype: object): T {
  const Constructor = function (this: unknown, ...args: unknown[]) {
    return Reflect.construct(base, args, Constructor);
  } as unknown as T;
  Object.defineProperty(Constructor, 'prototype', { value: prototype });
  return Constructor;
}

/**
 * Nest's Express adapter with one difference: the HTTP server creates every request and response with Express's
 * prototypes (`app.request`, `app.response`) instead of Node's.
 *
 * Express moves each request and response onto its prototypes as they arrive (`Object.setPrototypeOf` in
 * `app.handle`). V8 gives an object whose prototype changed a map of its own, and the request's whole graph then
 * outlives the young generation: measured at 200 visure a second, every scavenge copied and promoted ~2 MB and
 * took 3–5 ms, the portal's p99 (docs/performance.md). Born with the right prototype, the same call in Express
 * changes nothing (V8 returns at once when the prototype is already the one asked), and the requests die young
 * like any short-lived object. Behaviour is Express's own: same prototypes, same methods, same order.
 *
 * HTTPS and the adapter's connection-tracking options (not used by the portal, which runs behind a proxy) keep
 * Nest's own server.
 */
export class PortalExpressAdapter extends ExpressAdapter {
  override initHttpServer(options: NestApplicationOptions): void {
    if (options?.httpsOptions || options?.forceCloseConnections || options?.return503OnClosing) {
      super.initHttpServer(options);
      return;
    }
    const app = this.getInstance<Express>();
    this.httpServer = http.createServer(
      {
        IncomingMessage: bornWith(IncomingMessage, app.request),
        ServerResponse: bornWith(ServerResponse, app.response),
      },
      app,
    );
  }
}

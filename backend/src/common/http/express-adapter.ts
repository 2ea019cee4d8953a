import http, { IncomingMessage, ServerResponse } from 'node:http';
import type { NestApplicationOptions } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { Express } from 'express';

/**
 * Nest's Express adapter with one difference: the HTTP server creates every request and response already on
 * Express's prototypes, instead of Node's.
 *
 * Express moves each request and response onto its prototypes as they arrive (`Object.setPrototypeOf(req,
 * app.request)` in `app.handle`). Changing an object's prototype sends V8 down its slow paths, and the request's
 * objects then outlive the young generation: at 200 visure a second, every scavenge promoted ~2 MB and took
 * 3–5 ms, the portal's p99 (docs/performance.md). Here the server builds requests and responses with subclasses
 * of Node's `IncomingMessage` and `ServerResponse`, whose prototypes inherit from Express's and become the
 * application's `request` and `response`: Express's call then finds the prototype already set and returns, and
 * every method Express adds is still there, first in the chain after the subclass's own (none).
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
    class PortalRequest extends IncomingMessage {}
    class PortalResponse extends ServerResponse {}
    Object.setPrototypeOf(PortalRequest.prototype, app.request);
    Object.setPrototypeOf(PortalResponse.prototype, app.response);
    app.request = PortalRequest.prototype as unknown as Express['request'];
    app.response = PortalResponse.prototype as unknown as Express['response'];
    this.httpServer = http.createServer(
      { IncomingMessage: PortalRequest, ServerResponse: PortalResponse },
      app,
    );
  }
}

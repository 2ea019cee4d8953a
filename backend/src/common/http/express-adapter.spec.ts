import type { Server } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Express, Request, Response } from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { PortalExpressAdapter } from './express-adapter.js';

describe('PortalExpressAdapter', () => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
    server = undefined;
  });

  it("should create requests and responses with Express's prototypes, and serve them as Express does", async () => {
    const adapter = new PortalExpressAdapter();
    adapter.initHttpServer({});
    const app = adapter.getInstance<Express>();
    server = adapter.getHttpServer() as Server;
    const atArrival: boolean[] = [];
    // Before Express's own request listener: what the HTTP server built, before Express touches it.
    server.prependListener('request', (req, res) => {
      atArrival.push(Object.getPrototypeOf(req) === app.request, Object.getPrototypeOf(res) === app.response);
    });
    app.get('/probe', (req: Request, res: Response) => {
      res
        .status(201)
        .json({ path: req.path, fresh: req.fresh, socket: req.socket.remoteAddress !== undefined });
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;

    const answer = await fetch(`http://127.0.0.1:${port}/probe?x=1`);

    expect(answer.status).toBe(201);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await answer.json()).toEqual({ path: '/probe', fresh: false, socket: true });
    expect(atArrival).toEqual([true, true]);
  });

  it('should leave HTTPS to Nest’s own server', () => {
    const adapter = new PortalExpressAdapter();
    adapter.initHttpServer({ httpsOptions: {} });
    expect(adapter.getHttpServer()).toBeInstanceOf(https.Server);
  });
});

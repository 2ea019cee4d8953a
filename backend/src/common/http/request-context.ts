import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

export interface RequestContext {
  requestId?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The context of the request being served (empty outside a request, e.g. in background jobs). */
export function currentRequest(): RequestContext {
  return storage.getStore() ?? {};
}

/** Express middleware: runs the rest of the request inside its context. */
export function requestContextMiddleware(
  req: Request & { id?: unknown },
  _res: Response,
  next: NextFunction,
): void {
  storage.run({ requestId: typeof req.id === 'string' ? req.id : undefined }, next);
}

import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

export type PortalLocale = 'it' | 'en';

export interface RequestContext {
  requestId?: string;
  /** The language of the page that asked (the frontend's `lang` cookie), for the labels views carry. */
  locale?: PortalLocale;
  /**
   * The signed-in person the session store read with the session (auth/session/session-user.ts), so the
   * current-user middleware needs no second query. Typed loosely here: common/ does not know auth/.
   */
  sessionUser?: { sessionId: string; fiscalCode: string | undefined; user: unknown };
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The context of the request being served (empty outside a request, e.g. in background jobs). */
export function currentRequest(): RequestContext {
  return storage.getStore() ?? {};
}

/** The language in a Cookie header: the frontend's `lang` cookie, set by its language switcher. */
export function cookieLocale(cookie: string | undefined): PortalLocale | undefined {
  const match = /(?:^|;\s*)lang=(it|en)(?:;|$)/.exec(cookie ?? '');
  return match ? (match[1] as PortalLocale) : undefined;
}

/**
 * The language of labels in views: the page's, so the frontend shows them as sent and keeps no copy of the
 * catalogues; Italian outside a request and when the page did not say.
 */
export function viewLocale(): PortalLocale {
  return currentRequest().locale ?? 'it';
}

/** Express middleware: runs the rest of the request inside its context. */
export function requestContextMiddleware(
  req: Request & { id?: unknown },
  _res: Response,
  next: NextFunction,
): void {
  storage.run(
    {
      requestId: typeof req.id === 'string' ? req.id : undefined,
      locale: cookieLocale(req.headers.cookie),
    },
    next,
  );
}

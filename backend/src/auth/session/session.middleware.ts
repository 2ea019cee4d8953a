import connectPgSimple from 'connect-pg-simple';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import session from 'express-session';
import type { Pool } from 'pg';
import type { AuthConfig } from '../../config/configuration.js';

export const SESSION_COOKIE = 'portal_session';

declare module 'express-session' {
  interface SessionData {
    /** When the user logged in (epoch ms): the absolute timeout counts from here. */
    authenticatedAt?: number;
    fiscalCode?: string;
    provider?: 'spid' | 'cie';
    opEntityId?: string;
    accessToken?: string;
    csrfToken?: string;
    /** The pending SPID/CIE login of this browser, single use. */
    oidcTransaction?: Record<string, unknown> & { state: string };
    returnTo?: string;
  }
}

/**
 * Server-side sessions in PostgreSQL (any replica can serve any request). The cookie is HttpOnly,
 * SameSite=Lax and Secure when the portal is served over HTTPS; every request renews the idle
 * timeout, and the absolute timeout ends the session however active it is.
 */
export function sessionMiddleware(
  pool: Pool,
  config: AuthConfig,
  secret: string,
  secure: boolean,
): RequestHandler {
  const PgStore = connectPgSimple(session);
  const idleMs = config.sessionIdleMinutes * 60_000;
  const absoluteMs = config.sessionAbsoluteHours * 3_600_000;
  const base = session({
    name: SESSION_COOKIE,
    secret,
    store: new PgStore({
      pool,
      tableName: 'user_session',
      createTableIfMissing: false,
      pruneSessionInterval: 600,
    }),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    proxy: true,
    cookie: { httpOnly: true, sameSite: 'lax', secure, maxAge: idleMs, path: '/' },
  });
  return (req: Request, res: Response, next: NextFunction) => {
    base(req, res, (error?: unknown) => {
      if (error) return next(error);
      const started = req.session?.authenticatedAt;
      if (started !== undefined && Date.now() - started > absoluteMs) {
        res.locals.sessionExpired = true;
        return req.session.destroy(() => next());
      }
      next();
    });
  };
}

import connectPgSimple from 'connect-pg-simple';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import session from 'express-session';
import type { Pool } from 'pg';
import { currentRequest } from '../../common/http/request-context.js';
import type { AuthConfig } from '../../config/configuration.js';
import type { SessionCache } from './session-cache.js';
import {
  type PreloadedSessionUser,
  SESSION_WITH_USER_SQL,
  sessionUserFromRow,
  type UserWithRolesRow,
} from './session-user.js';

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

/** The store, and the throttled renewal of a session's row that the middleware calls itself. */
interface SessionStore {
  store: session.Store;
  renew(sid: string, data: session.SessionData, callback: (error?: unknown) => void): void;
}

/**
 * The PostgreSQL store: a session's row expires `idleMs` after its last renewal, renewed at most once a minute
 * (or a tenth of the idle timeout) per process instead of on every request: reads stay reads, and the idle
 * timeout is exact to within that interval. Reads go through `cache` (session-cache.ts) when it is live; this
 * process's own writes drop the session from it before they start and once they are done.
 *
 * The store offers no `touch` to express-session: when it does, express-session hashes the session a third time
 * on every answer to decide whether to touch it (docs/performance.md). `sessionMiddleware` renews the row itself
 * (`renew`), once the session is read.
 */
function throttledTouchStore(
  Store: ReturnType<typeof connectPgSimple>,
  pool: Pool,
  idleMs: number,
  cache: SessionCache,
): SessionStore {
  const touchIntervalMs = Math.min(60_000, idleMs / 10);
  const lastTouch = new Map<string, number>();
  const store = new Store({
    pool,
    tableName: 'user_session',
    createTableIfMissing: false,
    pruneSessionInterval: 600,
    // Seconds; the cookie carries no expiry, so the row's comes from here.
    ttl: Math.ceil(idleMs / 1000),
  });
  const touch = store.touch.bind(store);
  const renew: SessionStore['renew'] = (sid, data, callback) => {
    const now = Date.now();
    if (now - (lastTouch.get(sid) ?? 0) < touchIntervalMs) return callback();
    // Forget old entries so the map stays as small as the set of active sessions.
    if (lastTouch.size > 100_000) {
      for (const [key, at] of lastTouch) if (now - at >= touchIntervalMs) lastTouch.delete(key);
    }
    lastTouch.set(sid, now);
    touch(sid, data, (error?: unknown) => callback(error));
  };
  // An own property that shadows connect-pg-simple's method: express-session sees a store without `touch`.
  Object.defineProperty(store, 'touch', { value: undefined });
  store.get = (sid, callback) => {
    // Taken now, inside the request's context: the current-user middleware reads what is put here.
    const context = currentRequest();
    const cached = cache.get(sid);
    if (cached !== undefined) {
      const preloaded: PreloadedSessionUser = {
        sessionId: sid,
        fiscalCode: cached.fiscalCode,
        user: cached.user,
      };
      context.sessionUser = preloaded;
      return process.nextTick(callback, null, JSON.parse(cached.json));
    }
    const ticket = cache.ticket();
    pool.query(SESSION_WITH_USER_SQL, [sid, Math.ceil(Date.now() / 1000)]).then(
      ({ rows }) => {
        const row = rows[0] as (UserWithRolesRow & { sess: string; expire_ms: number }) | undefined;
        if (!row) return process.nextTick(callback, null, null);
        let data: session.SessionData;
        try {
          data = JSON.parse(row.sess);
        } catch (error) {
          return process.nextTick(callback, error);
        }
        const preloaded: PreloadedSessionUser = {
          sessionId: sid,
          fiscalCode: data.fiscalCode,
          user: row.fiscal_code ? sessionUserFromRow(row) : null,
        };
        context.sessionUser = preloaded;
        cache.put(ticket, sid, {
          json: row.sess,
          fiscalCode: preloaded.fiscalCode,
          user: preloaded.user,
          expiresAt: row.expire_ms,
        });
        process.nextTick(callback, null, data);
      },
      (error: unknown) => process.nextTick(callback, error),
    );
  };
  const set = store.set.bind(store);
  store.set = (sid, data, callback) => {
    cache.drop({ session: sid });
    set(sid, data, (error?: unknown) => {
      cache.drop({ session: sid });
      callback?.(error);
    });
  };
  const destroy = store.destroy.bind(store);
  store.destroy = (sid, callback) => {
    lastTouch.delete(sid);
    cache.drop({ session: sid });
    destroy(sid, (error?: unknown) => {
      cache.drop({ session: sid });
      callback?.(error);
    });
  };
  return { store, renew };
}

/**
 * Server-side sessions in PostgreSQL (any replica can serve any request). The cookie is HttpOnly,
 * SameSite=Lax and Secure when the portal is served over HTTPS; requests renew the idle timeout (on the row,
 * at most once a minute per process), and the absolute timeout ends the session however active it is.
 *
 * Both timeouts are kept by the server, on the session's row: the cookie is a browser-session cookie (no
 * Max-Age), set when the session starts or changes and not re-sent with every answer. A cookie that outlives
 * its session finds no row and is a logged-out visitor's.
 *
 * A request finds its session (with its person and roles) in `cache` when this process read it within the last
 * `SESSION_CACHE_SECONDS` and nothing it was read from changed since (session-changes.ts): one statement less
 * per request.
 */
export function sessionMiddleware(
  pool: Pool,
  config: AuthConfig,
  secret: string,
  secure: boolean,
  cache: SessionCache,
): RequestHandler {
  const PgStore = connectPgSimple(session);
  const idleMs = config.sessionIdleMinutes * 60_000;
  const absoluteMs = config.sessionAbsoluteHours * 3_600_000;
  const { store, renew } = throttledTouchStore(PgStore, pool, idleMs, cache);
  const base = session({
    name: SESSION_COOKIE,
    secret,
    store,
    resave: false,
    saveUninitialized: false,
    // Not re-signed and re-sent with every answer: the idle timeout is renewed on the row (`renew`, below).
    rolling: false,
    proxy: true,
    cookie: { httpOnly: true, sameSite: 'lax', secure, path: '/' },
  });
  return (req: Request, res: Response, next: NextFunction) => {
    base(req, res, (error?: unknown) => {
      if (error) return next(error);
      const started = req.session?.authenticatedAt;
      if (started !== undefined && Date.now() - started > absoluteMs) {
        res.locals.sessionExpired = true;
        return req.session.destroy(() => next());
      }
      // Renewed only when the session came from the store (the store's read put it in the request context); a
      // session express-session just generated has no row yet.
      if (req.session && currentRequest().sessionUser?.sessionId === req.sessionID) {
        return renew(req.sessionID, req.session, (renewError) => next(renewError));
      }
      next();
    });
  };
}

import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '../../common/errors/domain-error.js';

export const CSRF_COOKIE = 'csrf_token';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Synchronizer-token CSRF protection for the server-side session: the token lives in the session and
 * is mirrored in a cookie the page's script can read; every state-changing request of a session must
 * send it back in the `X-CSRF-Token` header (or the `_csrf` field of a plain HTML form).
 */
export function csrfMiddleware(secure: boolean) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.session) return next();
    if (req.session.fiscalCode && !req.session.csrfToken)
      req.session.csrfToken = randomBytes(32).toString('base64url');
    const token = req.session.csrfToken;
    if (token && readCookie(req, CSRF_COOKIE) !== token) {
      res.cookie(CSRF_COOKIE, token, { httpOnly: false, sameSite: 'lax', secure, path: '/' });
    }
    if (SAFE_METHODS.has(req.method) || !req.session.fiscalCode) return next();
    const sent = req.get(CSRF_HEADER) ?? (req.body as { _csrf?: unknown } | undefined)?._csrf;
    if (typeof sent === 'string' && token && sameToken(sent, token)) {
      if (req.body && typeof req.body === 'object') delete (req.body as { _csrf?: unknown })._csrf;
      return next();
    }
    next(
      new DomainError({
        code: 'CSRF_TOKEN_INVALID',
        status: 403,
        detail: 'La richiesta non è stata accettata per motivi di sicurezza: ricarica la pagina e riprova.',
      }),
    );
  };
}

export function newCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Gives a logged-in session its token and the browser the matching cookie. Called on every request and
 * right after login, because the first page after login is rendered server-side, where the backend's
 * cookies never reach the browser.
 */
export function ensureCsrfToken(req: Request, res: Response, secure: boolean): string | undefined {
  if (req.session.fiscalCode && !req.session.csrfToken)
    req.session.csrfToken = randomBytes(32).toString('base64url');
  const token = req.session.csrfToken;
  if (token && readCookie(req, CSRF_COOKIE) !== token) {
    res.cookie(CSRF_COOKIE, token, { httpOnly: false, sameSite: 'lax', secure, path: '/' });
  }
  return token;
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The value of one cookie, found in place: every request reads it, and the header may hold many others. */
function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  let at = 0;
  while (at < header.length) {
    const end = header.indexOf(';', at);
    const stop = end === -1 ? header.length : end;
    const equals = header.indexOf('=', at);
    if (equals !== -1 && equals < stop && header.slice(at, equals).trim() === name) {
      const value = header.slice(equals + 1, stop).trim();
      try {
        return decodeURIComponent(value);
      } catch {
        return undefined;
      }
    }
    at = stop + 1;
  }
  return undefined;
}

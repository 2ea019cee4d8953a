import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { currentRequest } from '../../common/http/request-context.js';
import type { AuthUser } from '../authorization/roles.js';
import { UsersService } from '../users/users.service.js';
import type { PreloadedSessionUser, SessionUser } from './session-user.js';

/**
 * Resolves the session into `req.user`, reading roles fresh so a revoked role takes effect at once: the session
 * store read them with the session in the same statement (session-user.ts); a query of its own only when the
 * session changed hands since (a login within this request).
 */
@Injectable()
export class CurrentUserMiddleware implements NestMiddleware {
  constructor(private readonly users: UsersService) {}

  async use(req: Request & { user?: AuthUser }, _res: Response, next: NextFunction) {
    const data = req.session;
    if (!data?.fiscalCode || !data.provider) return next();
    try {
      const preloaded = currentRequest().sessionUser as PreloadedSessionUser | undefined;
      const user: SessionUser | null =
        preloaded && preloaded.sessionId === req.sessionID && preloaded.fiscalCode === data.fiscalCode
          ? preloaded.user
          : await this.users.findWithRoles(data.fiscalCode);
      if (user) req.user = { sessionId: req.sessionID, ...user, provider: data.provider };
      next();
    } catch (error) {
      next(error);
    }
  }
}

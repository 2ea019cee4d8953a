import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { AuthUser } from '../authorization/roles.js';
import { UsersService } from '../users/users.service.js';

/** Resolves the session into `req.user`, reading roles fresh so a revoked role takes effect at once. */
@Injectable()
export class CurrentUserMiddleware implements NestMiddleware {
  constructor(private readonly users: UsersService) {}

  async use(req: Request & { user?: AuthUser }, _res: Response, next: NextFunction) {
    const data = req.session;
    if (!data?.fiscalCode || !data.provider) return next();
    try {
      const user = await this.users.findWithRoles(data.fiscalCode);
      if (user) req.user = { sessionId: req.sessionID, ...user, provider: data.provider };
      next();
    } catch (error) {
      next(error);
    }
  }
}

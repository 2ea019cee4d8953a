import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../../common/errors/domain-error.js';
import { ACCESS_RULE, type AccessRule } from './access.decorators.js';
import type { AuthUser } from './roles.js';

export const unauthenticated = () =>
  new DomainError({
    code: 'UNAUTHENTICATED',
    status: 401,
    detail: 'Per continuare è necessario accedere con SPID o CIE.',
  });

export const sessionExpired = () =>
  new DomainError({
    code: 'SESSION_EXPIRED',
    status: 401,
    detail: 'La sessione è scaduta per inattività o durata massima: accedi di nuovo.',
  });

export const forbidden = () =>
  new DomainError({ code: 'FORBIDDEN', status: 403, detail: 'Non hai i permessi per questa operazione.' });

/** Global guard: a route runs only when its access rule allows the caller. No rule, no access. */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      this.logger.error(`No access rule on ${context.getClass().name}.${context.getHandler().name}: denied`);
      throw forbidden();
    }
    if (rule.kind === 'public') return true;
    const request = context.switchToHttp().getRequest<{ user?: AuthUser; headers: { cookie?: string } }>();
    const user = request.user;
    if (!user)
      throw /(^|;\s*)portal_session=/.test(request.headers.cookie ?? '')
        ? sessionExpired()
        : unauthenticated();
    if (rule.roles.length > 0 && !rule.roles.some((role) => user.roles.includes(role))) throw forbidden();
    return true;
  }
}

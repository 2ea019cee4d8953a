import { createHash } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { rateLimitConfig } from '../../config/app.config.js';
import { ACCESS_RULE, type AccessRuleKind, type IdentifiedRequest } from '../http/access-rule.js';
import { PostgresThrottlerStorage } from './postgres-throttler-storage.js';
import { type AddressRateLimitPolicy, RATE_LIMIT_POLICY } from './rate-limit.decorator.js';
import { tooManyRequests } from './too-many-requests.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Keys are hashed: the table never holds a client address or a codice fiscale in clear. */
const hashed = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * Global guard, after the `AccessGuard`: routes marked `@RateLimitByAddress(...)` are limited per client address
 * (each route apart), and every state-changing request of a logged-in person counts against one budget per
 * person, whatever the route. Counters live in PostgreSQL, so a limit holds across replicas.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly storage: PostgresThrottlerStorage,
    @Inject(rateLimitConfig.KEY) private readonly config: ConfigType<typeof rateLimitConfig>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<Request & IdentifiedRequest>();
    const policy = this.reflector.getAllAndOverride<AddressRateLimitPolicy | undefined>(
      RATE_LIMIT_POLICY,
      targets,
    );
    if (policy) {
      const route = `${context.getClass().name}.${context.getHandler().name}`;
      await this.consume(context, policy, `${route}:${request.ip ?? 'unknown'}`, this.config[policy]);
    }
    const rule = this.reflector.getAllAndOverride<AccessRuleKind | undefined>(ACCESS_RULE, targets);
    if (rule?.kind === 'authenticated' && request.user && !SAFE_METHODS.has(request.method)) {
      await this.consume(context, 'writes', request.user.fiscalCode, this.config.writes);
    }
    return true;
  }

  private async consume(
    context: ExecutionContext,
    name: string,
    tracker: string,
    { limit, windowMs }: { limit: number; windowMs: number },
  ): Promise<void> {
    const record = await this.storage.increment(hashed(tracker), windowMs, limit, windowMs, name);
    if (!record.isBlocked) return;
    const retryAfter = Math.max(1, record.timeToBlockExpire);
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfter));
    throw tooManyRequests(retryAfter);
  }
}

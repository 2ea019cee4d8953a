import { createHash, timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { DomainError } from '../common/errors/domain-error.js';
import { metricsConfig } from './metrics.config.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * `GET /api/metrics` is outside the session rules (Prometheus has no SPID login): with `METRICS_TOKEN` set it
 * takes `Authorization: Bearer <token>`; without it, it is open in development and test and closed in production.
 */
@Injectable()
export class MetricsTokenGuard implements CanActivate {
  constructor(@Inject(metricsConfig.KEY) private readonly config: ConfigType<typeof metricsConfig>) {}

  canActivate(context: ExecutionContext): boolean {
    const { token, openWithoutToken } = this.config;
    if (token === null) {
      if (openWithoutToken) return true;
      throw new DomainError({
        code: 'METRICS_DISABLED',
        status: 403,
        detail: 'Le metriche sono disattivate: configurare METRICS_TOKEN per abilitarle.',
      });
    }
    const header = context.switchToHttp().getRequest<{ headers: { authorization?: string } }>()
      .headers.authorization;
    const presented = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
    // Comparing digests keeps the comparison constant-time whatever the presented length.
    if (presented === undefined || !timingSafeEqual(digest(presented), digest(token))) {
      throw new DomainError({
        code: 'METRICS_TOKEN_INVALID',
        status: 401,
        detail: 'Token delle metriche mancante o non valido.',
      });
    }
    return true;
  }
}

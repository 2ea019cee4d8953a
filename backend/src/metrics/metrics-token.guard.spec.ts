import type { ExecutionContext } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/errors/domain-error.js';
import { readMetricsConfig } from './metrics.config.js';
import { MetricsTokenGuard } from './metrics-token.guard.js';

const TOKEN = 'prometheus-scrape-token-0123456789';

function context(authorization?: string): ExecutionContext {
  return {
    switchToHttp: () => ({ getRequest: () => ({ headers: authorization ? { authorization } : {} }) }),
  } as unknown as ExecutionContext;
}

function refusal(guard: MetricsTokenGuard, authorization?: string): DomainError {
  try {
    guard.canActivate(context(authorization));
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('the guard let the request through');
}

describe('MetricsTokenGuard', () => {
  it('should let anyone scrape outside production when no token is configured', () => {
    const guard = new MetricsTokenGuard(readMetricsConfig({ NODE_ENV: 'development' }));
    expect(guard.canActivate(context())).toBe(true);
  });

  it('should close the endpoint in production when no token is configured', () => {
    const guard = new MetricsTokenGuard(readMetricsConfig({ NODE_ENV: 'production' }));
    expect(refusal(guard)).toMatchObject({ code: 'METRICS_DISABLED', status: 403 });
  });

  it('should require the bearer token when one is configured, in any environment', () => {
    const guard = new MetricsTokenGuard(readMetricsConfig({ NODE_ENV: 'development', METRICS_TOKEN: TOKEN }));
    expect(refusal(guard)).toMatchObject({ code: 'METRICS_TOKEN_INVALID', status: 401 });
    expect(refusal(guard, `Bearer ${TOKEN}x`)).toMatchObject({ code: 'METRICS_TOKEN_INVALID' });
    expect(refusal(guard, `Basic ${TOKEN}`)).toMatchObject({ code: 'METRICS_TOKEN_INVALID' });
    expect(guard.canActivate(context(`Bearer ${TOKEN}`))).toBe(true);
  });

  it('should refuse a token too short to resist guessing', () => {
    expect(() => readMetricsConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });
});

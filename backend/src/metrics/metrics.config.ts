import { registerAs } from '@nestjs/config';

export interface MetricsConfig {
  /** Bearer token that `GET /api/metrics` requires; null when unset. */
  token: string | null;
  /** Without a token the endpoint is open, outside production only. */
  openWithoutToken: boolean;
}

/** Long enough that it cannot be guessed by a scraper running through a dictionary. */
const MIN_TOKEN_LENGTH = 16;

/** Reads and validates the metrics settings; throws a message naming the bad variable. */
export function readMetricsConfig(env: Record<string, string | undefined>): MetricsConfig {
  const token = env.METRICS_TOKEN?.trim() || null;
  if (token !== null && token.length < MIN_TOKEN_LENGTH) {
    throw new Error(`Invalid configuration: METRICS_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters`);
  }
  return { token, openWithoutToken: token === null && env.NODE_ENV !== 'production' };
}

export const metricsConfig = registerAs('metrics', () => readMetricsConfig(process.env));

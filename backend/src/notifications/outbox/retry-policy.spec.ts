import { describe, expect, it } from 'vitest';
import { afterFailedAttempt } from './retry-policy.js';

const POLICY = { maxAttempts: 5, baseMs: 30_000, maxMs: 120_000 };

describe('afterFailedAttempt', () => {
  it('should double the wait after each failure, starting from the base', () => {
    expect(afterFailedAttempt(1, POLICY)).toEqual({ status: 'pending', retryInMs: 30_000 });
    expect(afterFailedAttempt(2, POLICY)).toEqual({ status: 'pending', retryInMs: 60_000 });
    expect(afterFailedAttempt(3, POLICY)).toEqual({ status: 'pending', retryInMs: 120_000 });
  });

  it('should never wait longer than the maximum', () => {
    expect(afterFailedAttempt(4, POLICY)).toEqual({ status: 'pending', retryInMs: 120_000 });
    expect(afterFailedAttempt(60, { ...POLICY, maxAttempts: 100 })).toEqual({
      status: 'pending',
      retryInMs: 120_000,
    });
  });

  it('should give the message up as failed after the last allowed attempt', () => {
    expect(afterFailedAttempt(5, POLICY)).toEqual({ status: 'failed' });
    expect(afterFailedAttempt(1, { ...POLICY, maxAttempts: 1 })).toEqual({ status: 'failed' });
  });
});

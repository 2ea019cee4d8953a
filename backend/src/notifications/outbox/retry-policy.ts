export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  maxMs: number;
}

export type AttemptOutcome = { status: 'pending'; retryInMs: number } | { status: 'failed' };

/**
 * What happens to a message after its `attempts`-th failed delivery: the wait doubles from `baseMs` up to
 * `maxMs`, and after `maxAttempts` failures the message is given up as failed (an operator can see why in
 * `last_error` and set it back to pending).
 */
export function afterFailedAttempt(attempts: number, policy: RetryPolicy): AttemptOutcome {
  if (attempts >= policy.maxAttempts) return { status: 'failed' };
  const exponent = Math.min(Math.max(attempts - 1, 0), 40);
  return { status: 'pending', retryInMs: Math.min(policy.maxMs, policy.baseMs * 2 ** exponent) };
}

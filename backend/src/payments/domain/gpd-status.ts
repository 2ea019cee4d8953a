import type { PaymentStatus } from './payment-kinds.js';

/** GPD debt-position states (pagopa-debt-position, DebtPositionStatus). */
export type GpdPositionStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'VALID'
  | 'INVALID'
  | 'EXPIRED'
  | 'PARTIALLY_PAID'
  | 'PAID'
  | 'REPORTED';

/**
 * What a GPD state means for the portal: PAID and REPORTED (paid and reported to the creditor's bank) are
 * paid; EXPIRED expired; INVALID cancelled; the others still due. A position has a single option here, so
 * PARTIALLY_PAID does not occur; it would stay due.
 */
export function portalStatusOf(status: GpdPositionStatus): Exclude<PaymentStatus, 'pending'> {
  switch (status) {
    case 'PAID':
    case 'REPORTED':
      return 'paid';
    case 'EXPIRED':
      return 'expired';
    case 'INVALID':
      return 'cancelled';
    default:
      return 'due';
  }
}

/** A change the polling may apply: only forward, never out of a final state. */
export function isFinal(status: PaymentStatus): boolean {
  return status === 'paid' || status === 'cancelled';
}

/** Exponential backoff for creating a position GPD did not accept: 5 s, 10 s, … at most 10 minutes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 600_000);
}

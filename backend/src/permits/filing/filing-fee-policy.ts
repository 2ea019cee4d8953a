import type { PracticeType } from '../domain/practice-type.js';

/**
 * What the filing owes before it is sent: the diritti di segreteria of the practice type, paid with pagoPA
 * inside the wizard. The amounts are the comune's (a council resolution), never constants of the code.
 *
 * - `not_configured`: the office has set no fee for the type; the filing goes without one.
 * - `due`: to pay; the submission is refused until it is `paid`.
 * - `paid`: settled (the pagoPA receipt is in the payments module).
 */
export interface FilingFeeState {
  status: 'not_configured' | 'due' | 'paid';
  /** Euro cents, when a fee is configured. */
  amountCents: number | null;
  description: string | null;
  /** The payments module's identifier of the debt position (IUV), when one exists. */
  paymentReference: string | null;
}

/** The port the payments module implements: what the draft owes and whether it is settled. */
export abstract class FilingFeePolicy {
  abstract feeFor(draft: { id: string; type: PracticeType }): Promise<FilingFeeState>;
}

/** Until the payments module plugs in its policy: no fee is configured for any type, and the wizard says so. */
export class NoFilingFeePolicy extends FilingFeePolicy {
  async feeFor(): Promise<FilingFeeState> {
    return { status: 'not_configured', amountCents: null, description: null, paymentReference: null };
  }
}

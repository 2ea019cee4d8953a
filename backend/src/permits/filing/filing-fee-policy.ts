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

/** What the draft owes and whether it is settled; `fees/filing-fees.service.ts` answers it from the tariffs and pagoPA. */
export abstract class FilingFeePolicy {
  abstract feeFor(draft: { id: string; type: PracticeType }): Promise<FilingFeeState>;
}

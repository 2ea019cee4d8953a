import type { GpdPositionStatus } from '../domain/gpd-status.js';

/** What the portal sends to create a debt position with one payment option and one transfer. */
export interface NewDebtPosition {
  iupd: string;
  iuv: string;
  payer: { fiscalCode: string; name: string; legalPerson: boolean };
  creditorName: string;
  amountCents: number;
  /** Due date as an instant (end of the due day, Rome time, sent in UTC). */
  dueAt: Date;
  description: string;
  taxonomy: string;
  settlement:
    | { iban: string }
    | { stamp: { hashDocument: string; stampType: string; provincialResidence: string } };
}

/** GPD's view of a position, with the receipt data of its option once paid. */
export interface DebtPositionState {
  iupd: string;
  status: GpdPositionStatus;
  noticeNumber: string | null;
  amountCents: number | null;
  paymentDate: Date | null;
  receiptId: string | null;
  pspCompany: string | null;
  paymentMethod: string | null;
}

/** The platform did not answer usefully (down, 5xx, timeout, refused key): the work is kept and retried. */
export class GatewayUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GatewayUnavailableError';
  }
}

/** The platform refused the request's data (4xx other than 409): retrying the same request will not help. */
export class GatewayRefusedError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'GatewayRefusedError';
  }
}

/** The port to pagoPA GPD; `GpdPaymentGateway` is the adapter. */
export abstract class PaymentGateway {
  abstract get configured(): boolean;
  /** Creates and publishes; a position already there (409: a retry after a lost answer) is read instead. */
  abstract createAndPublish(position: NewDebtPosition): Promise<DebtPositionState>;
  /** null when GPD does not know the IUPD. */
  abstract read(iupd: string): Promise<DebtPositionState | null>;
  abstract invalidate(iupd: string): Promise<void>;
  /** Positions paid in GPD with a payment date in [from, to] (at most 30 days), every page. */
  abstract listPaid(from: string, to: string): Promise<DebtPositionState[]>;
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PaymentKind } from '../domain/payment-kinds.js';
import type { PaymentPosition } from '../persistence/payment-position.entity.js';

/** The paid position as handlers see it. */
export type PaidPosition = Readonly<PaymentPosition>;

/**
 * What a module does when a position of its kind is paid (issue the certificate, mark the charge paid…).
 * Runs inside the receipt's transaction; if it throws, the payment is still recorded and `onPaidFailed`
 * (same transaction) lets the module record why its follow-up did not happen.
 */
export interface PaidHandler {
  onPaid(position: Readonly<PaymentPosition>, manager: EntityManager): Promise<void>;
  onPaidFailed?(position: Readonly<PaymentPosition>, error: unknown, manager: EntityManager): Promise<void>;
  /** After the receipt's transaction committed (wake a worker, …). */
  afterCommit?(position: Readonly<PaymentPosition>): void;
}

/** Modules register their handlers here, so payments never imports certificates, f24 or permits. */
@Injectable()
export class PaymentHandlers {
  private readonly handlers = new Map<PaymentKind, PaidHandler>();

  register(kind: PaymentKind, handler: PaidHandler): void {
    this.handlers.set(kind, handler);
  }

  for(kind: PaymentKind): PaidHandler | undefined {
    return this.handlers.get(kind);
  }
}

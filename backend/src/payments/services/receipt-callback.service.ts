import { Injectable, Logger } from '@nestjs/common';
import { PaymentGateway } from '../gateway/payment-gateway.js';
import type { ReceiptCallbackDto } from '../http/receipt-callback.dto.js';
import { PaymentErrors } from '../payment-errors.js';
import { PaymentPositionRepository } from '../persistence/payment-position.repository.js';
import { PaymentsService } from './payments.service.js';

/**
 * A receipt pushed to the portal is only a hint: the caller is not authenticated, so the portal asks GPD
 * whether the position is really paid before recording anything. A forged receipt can at most make the
 * portal ask GPD earlier than its polling would; only the stamp identifier (IUBD, which GPD does not
 * return) is taken from the body, and only for the transfer whose document hash the portal sent.
 */
@Injectable()
export class ReceiptCallbackService {
  private readonly logger = new Logger('pagoPA receipts');

  constructor(
    private readonly positions: PaymentPositionRepository,
    private readonly payments: PaymentsService,
    private readonly gateway: PaymentGateway,
  ) {}

  async receive(body: ReceiptCallbackDto): Promise<{ recorded: boolean; paymentId: string }> {
    const [position] = await this.positions.findByIupds([body.iupd]);
    if (!position || position.noticeNumber !== body.noticeNumber) {
      this.logger.warn(
        `Receipt ${body.receiptId} for unknown position ${body.iupd} / ${body.noticeNumber} refused`,
      );
      throw PaymentErrors.unknownPosition(position ? 'noticeNumber' : 'iupd');
    }
    if (position.status === 'paid') return { recorded: false, paymentId: position.id };
    const state = await this.gateway.read(position.iupd).catch(() => null);
    if (!state || (state.status !== 'PAID' && state.status !== 'REPORTED')) {
      this.logger.warn(
        `Receipt ${body.receiptId} for ${body.iupd} not confirmed by GPD (${state?.status ?? 'no answer'})`,
      );
      throw PaymentErrors.receiptNotPaid();
    }
    const stamp = body.stamps?.find((s) => position.stampHash && s.hashDocument === position.stampHash);
    const result = await this.payments.recordReceipt({
      iupd: position.iupd,
      receiptId: state.receiptId ?? body.receiptId,
      paidAt: state.paymentDate ?? new Date(body.paymentDate),
      pspCompany: state.pspCompany ?? body.pspCompany ?? null,
      paymentMethod: state.paymentMethod ?? body.paymentMethod ?? null,
      iubd: stamp?.iubd ?? null,
      source: 'callback',
    });
    return { recorded: result.changed, paymentId: position.id };
  }
}

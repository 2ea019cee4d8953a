import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { italianDate } from '../../common/italian/italian-date.js';
import { paymentsConfig } from '../../config/app.config.js';
import { PaymentErrors } from '../payment-errors.js';
import { renderPaymentNotice } from '../pdf/payment-notice-pdf.js';
import { renderPaymentReceipt } from '../pdf/payment-receipt-pdf.js';
import type { PaymentPosition } from '../persistence/payment-position.entity.js';
import { PaymentPositionRepository } from '../persistence/payment-position.repository.js';
import type { PaymentItemView, PaymentListView } from '../views/payment-views.js';
import { PaymentsService } from './payments.service.js';

export interface PaymentDocument {
  fileName: string;
  pdf: Buffer;
}

/** The resident's payments: the list, one position, its notice and its receipt; every read audited. */
@Injectable()
export class ResidentPaymentsService {
  constructor(
    private readonly positions: PaymentPositionRepository,
    private readonly payments: PaymentsService,
    private readonly audit: AuditService,
    @Inject(paymentsConfig.KEY) private readonly config: ConfigType<typeof paymentsConfig>,
  ) {}

  async list(user: AuthUser): Promise<PaymentListView> {
    const items = await this.positions.listByPayer(user.fiscalCode);
    await this.audit.record({
      actor: user,
      action: 'payments.list.read',
      subjectFiscalCode: user.fiscalCode,
      resourceType: 'payment_position',
      purpose: 'Consultazione dei propri pagamenti',
      details: { count: items.length },
    });
    return { items: items.map((position) => this.payments.view(position)) };
  }

  async get(user: AuthUser, id: string): Promise<PaymentItemView> {
    const position = await this.owned(user, id);
    await this.audit.record({
      actor: user,
      action: 'payments.position.read',
      subjectFiscalCode: user.fiscalCode,
      resourceType: 'payment_position',
      resourceId: id,
      purpose: 'Consultazione di un proprio pagamento',
    });
    return this.payments.view(position);
  }

  async notice(user: AuthUser, id: string): Promise<PaymentDocument> {
    const position = await this.owned(user, id);
    if (position.status === 'pending') throw PaymentErrors.notPayableYet();
    await this.audit.record({
      actor: user,
      action: 'payments.notice.download',
      subjectFiscalCode: user.fiscalCode,
      resourceType: 'payment_position',
      resourceId: id,
      purpose: "Scaricamento dell'avviso di pagamento pagoPA",
    });
    const pdf = await renderPaymentNotice({
      creditorName: position.creditorName,
      creditorFiscalCode: position.creditorFiscalCode,
      payerName: position.payerName,
      payerFiscalCode: position.payerFiscalCode,
      purpose: position.purpose,
      noticeNumber: position.noticeNumber,
      amount: position.amount,
      dueDate: italianDate(position.dueDate),
      postalAccount: this.config.postalAccount,
      checkoutUrl:
        position.status === 'due' && this.config.checkoutUrl
          ? this.payments.checkoutUrl(position.noticeNumber)
          : null,
    });
    return { fileName: `avviso-pagopa-${position.noticeNumber}.pdf`, pdf };
  }

  async receipt(user: AuthUser, id: string): Promise<PaymentDocument> {
    const position = await this.owned(user, id);
    if (position.status !== 'paid' || !position.paidAt) throw PaymentErrors.notPaid();
    await this.audit.record({
      actor: user,
      action: 'payments.receipt.download',
      subjectFiscalCode: user.fiscalCode,
      resourceType: 'payment_position',
      resourceId: id,
      purpose: 'Scaricamento della ricevuta di pagamento pagoPA',
    });
    const pdf = await renderPaymentReceipt({
      creditorName: position.creditorName,
      creditorFiscalCode: position.creditorFiscalCode,
      payerName: position.payerName,
      payerFiscalCode: position.payerFiscalCode,
      purpose: position.purpose,
      noticeNumber: position.noticeNumber,
      iuv: position.iuv,
      amount: position.amount,
      paidAt: position.paidAt.toLocaleString('it-IT', { timeZone: 'Europe/Rome' }),
      receiptId: position.receiptId,
      pspCompany: position.pspCompany,
      paymentMethod: position.paymentMethod,
      iubd: position.iubd,
    });
    return { fileName: `ricevuta-pagopa-${position.noticeNumber}.pdf`, pdf };
  }

  private async owned(user: AuthUser, id: string): Promise<PaymentPosition> {
    const position = await this.positions.findOwned(id, user.fiscalCode);
    if (!position) throw PaymentErrors.notFound();
    return position;
  }
}

import { Injectable } from '@nestjs/common';
import type { MessagePayment } from '../../notifications/content/message-content.js';
import { amountToCents } from '../../payments/domain/amount.js';
import { PaymentsService } from '../../payments/services/payments.service.js';
import type { ImuInstalment } from '../domain/imu-f24-lines.js';
import { instalmentName } from '../http/instalment-param.js';
import { imuPaymentKey } from '../services/resident-imu.service.js';

/**
 * The pagoPA notice (numero avviso and amount) of a taxpayer's IMU instalment, when the comune issued one: the
 * reminder then carries it and App IO shows a button to pay. Bound in `f24.module.ts`.
 */
export abstract class ImuReminderPaymentLookup {
  abstract noticeFor(
    fiscalCode: string,
    year: number,
    instalment: ImuInstalment,
    amountCents: number,
  ): Promise<MessagePayment | null>;
}

/**
 * The notice the taxpayer asked for in Pagamenti (one per taxpayer, year and instalment). Only a notice that can
 * still be paid and asks exactly the amount the reminder states goes with it: a notice for an amount computed
 * before the properties or the rates changed would ask the wrong sum, so the reminder then carries none.
 */
@Injectable()
export class PaymentsImuReminderLookup extends ImuReminderPaymentLookup {
  constructor(private readonly payments: PaymentsService) {
    super();
  }

  async noticeFor(
    fiscalCode: string,
    year: number,
    instalment: ImuInstalment,
    amountCents: number,
  ): Promise<MessagePayment | null> {
    const [position] = await this.payments.findByKeys([
      imuPaymentKey(fiscalCode, year, instalmentName(instalment)),
    ]);
    if (position?.status !== 'due') return null;
    if (amountToCents(position.amount) !== amountCents) return null;
    return { noticeNumber: position.noticeNumber, amountCents };
  }
}

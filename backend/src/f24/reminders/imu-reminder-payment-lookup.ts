import { Injectable } from '@nestjs/common';
import type { MessagePayment } from '../../notifications/content/message-content.js';
import type { ImuInstalment } from '../domain/imu-f24-lines.js';

/**
 * The pagoPA notice (numero avviso and amount) of a taxpayer's IMU instalment, when the comune issued one: the
 * reminder then carries it and App IO shows a button to pay. Bound in `f24.module.ts`; until the payments
 * module provides notices, no reminder has one.
 */
export abstract class ImuReminderPaymentLookup {
  abstract noticeFor(
    fiscalCode: string,
    year: number,
    instalment: ImuInstalment,
    amountCents: number,
  ): Promise<MessagePayment | null>;
}

@Injectable()
export class NoImuPaymentNotices extends ImuReminderPaymentLookup {
  async noticeFor(): Promise<MessagePayment | null> {
    return null;
  }
}

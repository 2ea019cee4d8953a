import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../auth/authorization/roles.js';
import {
  type PaidHandler,
  type PaidPosition,
  PaymentHandlers,
} from '../../payments/services/payment-handlers.service.js';
import { CertificateRequestRepository } from '../persistence/certificate-request.repository.js';
import { IssueCertificateService } from './issue-certificate.service.js';

/**
 * Once the marca da bollo digitale is paid, the waiting certificate is issued by the existing path (sealed,
 * signed, archived, the requester notified) inside the receipt's transaction, printing the stamp's IUBD.
 */
@Injectable()
export class CertificateStampPaidHandler implements PaidHandler, OnModuleInit {
  private readonly logger = new Logger('Certificates');

  constructor(
    private readonly handlers: PaymentHandlers,
    private readonly requests: CertificateRequestRepository,
    private readonly issuing: IssueCertificateService,
  ) {}

  onModuleInit(): void {
    this.handlers.register('certificate-stamp', this);
  }

  async onPaid(position: PaidPosition, manager: EntityManager): Promise<void> {
    const request = await this.requests.lock(manager, position.referenceId);
    if (request?.status !== 'awaiting-payment') return;
    const requester: AuthUser = {
      sessionId: '',
      fiscalCode: request.requesterFiscalCode,
      givenName: request.requesterGivenName,
      familyName: request.requesterFamilyName,
      email: request.requesterEmail,
      roles: ['resident'],
      provider: 'spid',
    };
    await this.issuing.issueWithin(
      manager,
      request.id,
      requester,
      { subjectId: request.subjectPersonId, types: request.types },
      {
        kind: 'paid',
        method: 'pagopa',
        // GPD does not return the IUBD; without the pushed receipt the pagoPA receipt id identifies the payment.
        iubd: position.iubd ?? position.receiptId ?? position.noticeNumber,
        paidOn: (position.paidAt ?? new Date()).toISOString().slice(0, 10),
        amountCents: Math.round(Number(position.amount) * 100),
      },
    );
    await this.requests.update(manager, request.id, { status: 'issued', certificateId: request.id });
  }

  async onPaidFailed(position: PaidPosition, error: unknown, manager: EntityManager): Promise<void> {
    const reason = error instanceof Error ? error.message : String(error);
    this.logger.error(`Certificate request ${position.referenceId} paid but not issued: ${reason}`);
    await this.requests.update(manager, position.referenceId, {
      status: 'failed',
      failure: reason.slice(0, 500),
    });
  }

  afterCommit(): void {
    this.issuing.deliverNotices();
  }
}

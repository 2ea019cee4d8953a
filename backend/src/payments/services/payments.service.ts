import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { Decimal } from 'decimal.js';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import type { IsoDate } from '../../common/calendar/civil-date.js';
import { Clock } from '../../common/italian/clock.js';
import { appConfig, municipalityConfig, paymentsConfig } from '../../config/app.config.js';
import { amountToCents, isValidAmount } from '../domain/amount.js';
import { endOfRomeDay } from '../domain/due-instant.js';
import { isFinal, portalStatusOf, retryDelayMs } from '../domain/gpd-status.js';
import { iuvFromSequence, noticeNumberOf } from '../domain/notice-number.js';
import { PAYMENT_KIND_INFO, type PaymentKind, STAMP_TYPE_IMPOSTA_DI_BOLLO } from '../domain/payment-kinds.js';
import { type DebtPositionState, GatewayRefusedError, PaymentGateway } from '../gateway/payment-gateway.js';
import { PaymentErrors } from '../payment-errors.js';
import type { PaymentPosition } from '../persistence/payment-position.entity.js';
import { PaymentPositionRepository } from '../persistence/payment-position.repository.js';
import type { PaymentItemView } from '../views/payment-views.js';
import { PaymentHandlers } from './payment-handlers.service.js';

const STAMP_RECEIPT_GRACE_MS = 60_000;

/** What a module asks the resident (or a practice's titolare) to pay. */
export interface PaymentRequest {
  kind: PaymentKind;
  /** One position per thing to pay: a second request with the same key returns the first position. */
  idempotencyKey: string;
  reference: { type: string; id: string };
  payer: { fiscalCode: string; name: string };
  /** Euro as an exact decimal string ("16.00"). */
  amount: string;
  dueDate: IsoDate;
  /** Purpose printed on the notice and sent to pagoPA (at most 140 characters). */
  description: string;
  /** Marca da bollo digitale: base64 SHA-256 of the document the stamp is bound to. */
  stampDocumentHash?: string;
  /** Who asked (audited); null for the system. */
  actor: Pick<AuthUser, 'fiscalCode' | 'roles'> | null;
}

/** A receipt, from the sandbox's callback or read from GPD by the polling. */
export interface ReceiptInput {
  iupd: string;
  receiptId: string | null;
  paidAt: Date;
  pspCompany: string | null;
  paymentMethod: string | null;
  iubd: string | null;
  source: 'callback' | 'polling';
}

/**
 * Debt positions on pagoPA GPD: created here (pending), published to GPD at once or by the worker's retries,
 * followed until paid, expired or cancelled. Every state change is one transaction with its audit event.
 */
@Injectable()
export class PaymentsService {
  private readonly logger = new Logger('Payments');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly positions: PaymentPositionRepository,
    private readonly gateway: PaymentGateway,
    private readonly handlers: PaymentHandlers,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(paymentsConfig.KEY) private readonly config: ConfigType<typeof paymentsConfig>,
    @Inject(municipalityConfig.KEY) private readonly municipality: ConfigType<typeof municipalityConfig>,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {}

  get available(): boolean {
    return this.gateway.configured;
  }

  /**
   * Records the position (pending) in the caller's transaction, or in its own and then tries GPD at once.
   * Inside a caller's transaction, call `publish(id)` after it commits (the worker would anyway).
   */
  async requestPayment(request: PaymentRequest, manager?: EntityManager): Promise<PaymentPosition> {
    if (!this.available) throw PaymentErrors.unavailable();
    if (!isValidAmount(request.amount)) throw PaymentErrors.invalidAmount();
    if (manager) return this.insertPosition(manager, request);
    const position = await this.dataSource.transaction((own) => this.insertPosition(own, request));
    return position.status === 'pending' ? this.publish(position.id) : position;
  }

  private async insertPosition(manager: EntityManager, request: PaymentRequest): Promise<PaymentPosition> {
    const existing = await this.positions.findByIdempotencyKey(manager, request.idempotencyKey);
    if (existing) return existing;
    const iuv = iuvFromSequence(
      this.config.segregationCode,
      BigInt(await this.positions.nextIuvSequence(manager)),
    );
    const now = this.clock.now();
    const position: PaymentPosition = {
      id: randomUUID(),
      kind: request.kind,
      referenceType: request.reference.type,
      referenceId: request.reference.id,
      idempotencyKey: request.idempotencyKey,
      payerFiscalCode: request.payer.fiscalCode.toUpperCase(),
      payerName: request.payer.name.slice(0, 140),
      creditorFiscalCode: this.config.creditorFiscalCode,
      creditorName: `Comune di ${this.municipality.name}`.slice(0, 140),
      iupd: `${this.config.creditorFiscalCode}-${iuv}`,
      iuv,
      noticeNumber: noticeNumberOf(iuv),
      amount: new Decimal(request.amount).toFixed(2),
      dueDate: request.dueDate,
      purpose: request.description
        .replace(/[\p{Cc}\s]+/gu, ' ')
        .trim()
        .slice(0, 140),
      stampHash: request.stampDocumentHash ?? null,
      stampProvince: request.stampDocumentHash ? this.municipality.province : null,
      status: 'pending',
      gpdAttempts: 0,
      // The requester's own call publishes it at once: the worker only steps in if that call never finishes.
      nextAttemptAt: new Date(now.getTime() + this.config.timeoutMs + 30_000),
      lastError: null,
      paidAt: null,
      receiptId: null,
      pspCompany: null,
      paymentMethod: null,
      iubd: null,
      createdAt: now,
      updatedAt: now,
    };
    if (!(await this.positions.insertOnce(manager, position))) {
      // A concurrent request with the same key won the insert: answer with its position.
      const winner = await this.positions.findByIdempotencyKey(manager, request.idempotencyKey);
      if (winner) return winner;
    }
    await this.audit.record(
      {
        actor: request.actor,
        action: 'payments.position.create',
        subjectFiscalCode: position.payerFiscalCode,
        resourceType: 'payment_position',
        resourceId: position.id,
        purpose: 'Richiesta di pagamento tramite pagoPA',
        details: { kind: position.kind, amount: position.amount, noticeNumber: position.noticeNumber },
      },
      manager,
    );
    return position;
  }

  /** One attempt to create and publish a pending position on GPD; a failure keeps it pending with a backoff. */
  async publish(id: string): Promise<PaymentPosition> {
    const position = await this.positions.findById(id);
    if (!position) throw PaymentErrors.notFound();
    if (position.status !== 'pending') return position;
    try {
      const state = await this.gateway.createAndPublish({
        iupd: position.iupd,
        iuv: position.iuv,
        payer: {
          fiscalCode: position.payerFiscalCode,
          name: position.payerName,
          legalPerson: /^\d{11}$/.test(position.payerFiscalCode),
        },
        creditorName: position.creditorName,
        amountCents: amountToCents(position.amount),
        dueAt: endOfRomeDay(position.dueDate),
        description: position.purpose,
        taxonomy: PAYMENT_KIND_INFO[position.kind].taxonomy,
        settlement: position.stampHash
          ? {
              stamp: {
                hashDocument: position.stampHash,
                stampType: STAMP_TYPE_IMPOSTA_DI_BOLLO,
                provincialResidence: position.stampProvince ?? this.municipality.province,
              },
            }
          : { iban: this.config.iban ?? '' },
      });
      await this.changeStatus(
        position,
        'due',
        { gpdStatus: state.status },
        {
          lastError: null,
          nextAttemptAt: new Date(this.clock.now().getTime() + this.config.pollIntervalMs),
        },
      );
      if (portalStatusOf(state.status) !== 'due')
        await this.applyGpdState({ ...position, status: 'due' }, state);
    } catch (error) {
      const attempts = position.gpdAttempts + 1;
      const refused = error instanceof GatewayRefusedError;
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`Position ${position.iupd} not accepted by GPD (attempt ${attempts}): ${message}`);
      await this.positions.update(this.dataSource.manager, position.id, {
        gpdAttempts: attempts,
        lastError: message.slice(0, 500),
        // Refused data will not pass on a plain retry: it waits longer for the office to look at it.
        nextAttemptAt: new Date(this.clock.now().getTime() + (refused ? 3_600_000 : retryDelayMs(attempts))),
      });
    }
    return (await this.positions.findById(id)) ?? position;
  }

  /** What GPD says about a position the portal follows (polling, reconciliation). */
  async applyGpdState(position: PaymentPosition, state: DebtPositionState): Promise<void> {
    const target = portalStatusOf(state.status);
    if (target === position.status || isFinal(position.status)) return;
    if (target === 'paid') {
      // The stamp's identifier comes only with the pushed receipt: give it a minute before recording without.
      const paidAt = state.paymentDate?.getTime() ?? 0;
      if (position.stampHash && this.clock.now().getTime() - paidAt < STAMP_RECEIPT_GRACE_MS) return;
      await this.recordReceipt({
        iupd: position.iupd,
        receiptId: state.receiptId,
        paidAt: state.paymentDate ?? this.clock.now(),
        pspCompany: state.pspCompany,
        paymentMethod: state.paymentMethod,
        iubd: null,
        source: 'polling',
      });
      return;
    }
    if (target === 'due') return;
    await this.changeStatus(position, target, { gpdStatus: state.status }, { nextAttemptAt: null });
  }

  /**
   * Records a receipt once: the same receipt twice changes nothing, a receipt for an unknown position is
   * refused. The kind's "on paid" action runs in the same transaction.
   */
  async recordReceipt(receipt: ReceiptInput): Promise<{ changed: boolean; position: PaymentPosition }> {
    let paid: PaymentPosition | undefined;
    const result = await this.dataSource.transaction(async (manager) => {
      const position = await this.positions.lockByIupd(manager, receipt.iupd);
      if (!position) {
        this.logger.warn(
          `Receipt ${receipt.receiptId ?? '?'} (${receipt.source}) for unknown position ${receipt.iupd} refused`,
        );
        throw PaymentErrors.unknownPosition('iupd');
      }
      if (position.status === 'paid') {
        // A second delivery may bring the stamp identifier the polling could not know.
        if (!position.iubd && receipt.iubd) {
          await this.positions.update(manager, position.id, { iubd: receipt.iubd });
        }
        return { changed: false, position };
      }
      const changes = {
        status: 'paid' as const,
        paidAt: receipt.paidAt,
        receiptId: receipt.receiptId,
        pspCompany: receipt.pspCompany,
        paymentMethod: receipt.paymentMethod,
        iubd: receipt.iubd,
        nextAttemptAt: null,
        lastError: null,
      };
      await this.positions.update(manager, position.id, changes);
      await this.audit.record(
        {
          actor: null,
          action: 'payments.position.paid',
          subjectFiscalCode: position.payerFiscalCode,
          resourceType: 'payment_position',
          resourceId: position.id,
          purpose: 'Registrazione della ricevuta di pagamento pagoPA',
          details: {
            from: position.status,
            receiptId: receipt.receiptId,
            source: receipt.source,
            iubd: receipt.iubd,
          },
        },
        manager,
      );
      paid = { ...position, ...changes };
      await this.runPaidHandler(paid, manager);
      return { changed: true, position: paid };
    });
    if (paid) this.handlers.for(paid.kind)?.afterCommit?.(paid);
    return result;
  }

  private async runPaidHandler(position: PaymentPosition, manager: EntityManager): Promise<void> {
    const handler = this.handlers.for(position.kind);
    if (!handler) return;
    await manager.query('SAVEPOINT paid_handler');
    try {
      await handler.onPaid(position, manager);
      await manager.query('RELEASE SAVEPOINT paid_handler');
    } catch (error) {
      await manager.query('ROLLBACK TO SAVEPOINT paid_handler');
      this.logger.error(
        `The follow-up of paid position ${position.iupd} (${position.kind}) failed: ${error instanceof Error ? error.message : error}`,
      );
      await handler.onPaidFailed?.(position, error, manager);
    }
  }

  private async changeStatus(
    position: PaymentPosition,
    status: PaymentPosition['status'],
    details: Record<string, unknown>,
    more: Partial<PaymentPosition> = {},
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.positions.update(manager, position.id, { status, ...more });
      await this.audit.record(
        {
          actor: null,
          action: `payments.position.${status}`,
          subjectFiscalCode: position.payerFiscalCode,
          resourceType: 'payment_position',
          resourceId: position.id,
          purpose: 'Aggiornamento dello stato della posizione debitoria pagoPA',
          details: { from: position.status, to: status, ...details },
        },
        manager,
      );
    });
  }

  /** The resident's view of a position: links only where they make sense for its state. */
  view(position: PaymentPosition): PaymentItemView {
    const base = `/api/payments/${position.id}`;
    const published = position.status !== 'pending';
    return {
      id: position.id,
      kind: position.kind,
      purpose: position.purpose,
      amount: position.amount,
      status: position.status,
      noticeNumber: published ? position.noticeNumber : null,
      dueDate: position.dueDate,
      creditorName: position.creditorName,
      creditorFiscalCode: position.creditorFiscalCode,
      reference: { type: position.referenceType, id: position.referenceId },
      ...(position.paidAt ? { paidAt: position.paidAt.toISOString() } : {}),
      ...(position.status === 'paid' ? { receiptUrl: `${base}/receipt.pdf` } : {}),
      ...(position.status === 'due' && this.config.checkoutUrl
        ? { checkoutUrl: this.checkoutUrl(position.noticeNumber) }
        : {}),
      ...(position.status === 'due' || position.status === 'expired'
        ? { noticePdfUrl: `${base}/notice.pdf` }
        : {}),
      ...(position.iubd ? { iubd: position.iubd } : {}),
      ...(position.receiptId ? { receiptId: position.receiptId } : {}),
    };
  }

  checkoutUrl(noticeNumber: string): string {
    const returnUrl = encodeURIComponent(`${this.app.publicUrl}/pagamenti`);
    return `${this.config.checkoutUrl?.replace(/\/$/, '')}/${noticeNumber}?returnUrl=${returnUrl}`;
  }

  /** Positions by the keys their modules gave them (`imu:<cf>:<year>:<instalment>`, …). */
  findByKeys(keys: string[]): Promise<PaymentPosition[]> {
    return this.positions.findByIdempotencyKeys(keys);
  }

  findByIds(ids: string[]): Promise<PaymentPosition[]> {
    return this.positions.findByIds(ids);
  }

  findById(id: string): Promise<PaymentPosition | null> {
    return this.positions.findById(id);
  }
}

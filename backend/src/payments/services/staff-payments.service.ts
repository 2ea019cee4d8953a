import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { kindsForRoles, PAYMENT_KIND_INFO, PAYMENT_KINDS } from '../domain/payment-kinds.js';
import { GatewayUnavailableError } from '../gateway/payment-gateway.js';
import type { ReconciliationQueryDto, StaffPaymentsQueryDto } from '../http/staff-payments-query.dto.js';
import { PaymentErrors } from '../payment-errors.js';
import { PaymentPositionRepository } from '../persistence/payment-position.repository.js';
import type { ReconciliationReportView, StaffPaymentListView } from '../views/payment-views.js';
import { PaymentsService } from './payments.service.js';
import { ReconciliationService } from './reconciliation.service.js';

const PAGE_SIZE = 50;
const DAY_MS = 86_400_000;

/** The offices' view of payments: each office its own kinds (admin all), with totals and reconciliation. */
@Injectable()
export class StaffPaymentsService {
  constructor(
    private readonly positions: PaymentPositionRepository,
    private readonly payments: PaymentsService,
    private readonly reconciliation: ReconciliationService,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, query: StaffPaymentsQueryDto): Promise<StaffPaymentListView> {
    const allowed = kindsForRoles(user.roles);
    const kinds = PAYMENT_KINDS.filter(
      (kind) =>
        allowed.includes(kind) &&
        (!query.kind || query.kind === kind) &&
        (!query.office || PAYMENT_KIND_INFO[kind].office === query.office),
    );
    const page = query.page ?? 1;
    const found =
      kinds.length === 0
        ? {
            items: [],
            totals: { count: 0, amount: '0.00', paidCount: 0, paidAmount: '0.00', dueAmount: '0.00' },
          }
        : await this.positions.listForStaff({
            kinds,
            status: query.status,
            from: query.from,
            to: query.to,
            q: query.q?.trim() || undefined,
            offset: (page - 1) * PAGE_SIZE,
            limit: PAGE_SIZE,
          });
    await this.audit.record({
      actor: user,
      action: 'payments.staff.list',
      resourceType: 'payment_position',
      purpose: "Consultazione dei pagamenti dell'ufficio",
      details: { kinds, status: query.status ?? null, q: query.q ?? null, count: found.items.length },
    });
    return {
      items: found.items.map((position) => ({
        ...this.payments.view(position),
        payerFiscalCode: position.payerFiscalCode,
        payerName: position.payerName,
        iupd: position.iupd,
        createdAt: position.createdAt.toISOString(),
        ...(position.status === 'pending' && position.lastError ? { lastError: position.lastError } : {}),
      })),
      totals: found.totals,
      page,
      pageSize: PAGE_SIZE,
    };
  }

  async reconcile(user: AuthUser, query: ReconciliationQueryDto): Promise<ReconciliationReportView> {
    if (query.from && query.to) {
      const span = (Date.parse(query.to) - Date.parse(query.from)) / DAY_MS;
      if (span < 0 || span > 29) {
        throw new DomainError({
          code: 'PAYMENT_RECONCILIATION_PERIOD_INVALID',
          status: 422,
          detail:
            'Il periodo da riconciliare deve durare al massimo 30 giorni, con la data iniziale non successiva a quella finale.',
          field: 'from',
        });
      }
    } else if (query.from) {
      throw PaymentErrors.invalidFilter('to');
    }
    try {
      const report = await this.reconciliation.report(query.from, query.to);
      await this.audit.record({
        actor: user,
        action: 'payments.reconciliation.read',
        resourceType: 'payment_position',
        purpose: 'Riconciliazione dei pagamenti con pagoPA',
        details: { from: report.from, to: report.to, differences: report.differences.length },
      });
      return report;
    } catch (error) {
      if (error instanceof GatewayUnavailableError) {
        throw new DomainError({
          code: 'PAGOPA_UNAVAILABLE',
          status: 503,
          detail: 'Il sistema pagoPA non risponde: riprova la riconciliazione più tardi.',
        });
      }
      throw error;
    }
  }
}

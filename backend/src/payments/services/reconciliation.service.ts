import { Injectable } from '@nestjs/common';
import type { IsoDate } from '../../common/calendar/civil-date.js';
import { Clock } from '../../common/italian/clock.js';
import { amountToCents } from '../domain/amount.js';
import { PaymentGateway } from '../gateway/payment-gateway.js';
import { PaymentPositionRepository } from '../persistence/payment-position.repository.js';
import type { ReconciliationDifferenceView, ReconciliationReportView } from '../views/payment-views.js';

const DAY_MS = 86_400_000;
const PENDING_ALERT_MS = 3_600_000;

/**
 * Compares what pagoPA GPD reports as paid in a period (at most 30 days, GPD's limit) with what the portal
 * recorded, both ways, and lists positions still not accepted by GPD after an hour.
 */
@Injectable()
export class ReconciliationService {
  constructor(
    private readonly gateway: PaymentGateway,
    private readonly positions: PaymentPositionRepository,
    private readonly clock: Clock,
  ) {}

  async report(from?: IsoDate, to?: IsoDate): Promise<ReconciliationReportView> {
    const now = this.clock.now();
    const end = to ?? this.clock.today();
    const start = from ?? new Date(Date.parse(`${end}T00:00:00Z`) - 29 * DAY_MS).toISOString().slice(0, 10);
    const gpdPaid = await this.gateway.listPaid(start, end);
    const local = await this.positions.findByIupds(gpdPaid.map((state) => state.iupd));
    const byIupd = new Map(local.map((position) => [position.iupd, position]));
    const differences: ReconciliationDifferenceView[] = [];
    for (const state of gpdPaid) {
      const position = byIupd.get(state.iupd);
      if (!position) {
        differences.push({
          kind: 'unknown-in-portal',
          iupd: state.iupd,
          gpdStatus: state.status,
          ...(state.noticeNumber ? { noticeNumber: state.noticeNumber } : {}),
          detail: 'pagoPA riporta pagata una posizione che il portale non ha creato.',
        });
        continue;
      }
      const base = {
        iupd: state.iupd,
        paymentId: position.id,
        noticeNumber: position.noticeNumber,
        portalStatus: position.status,
        gpdStatus: state.status,
      };
      if (position.status !== 'paid') {
        differences.push({
          kind: 'paid-in-gpd-not-in-portal',
          ...base,
          detail: 'Pagata su pagoPA ma non registrata come pagata dal portale.',
        });
      } else if (state.amountCents !== null && state.amountCents !== amountToCents(position.amount)) {
        differences.push({
          kind: 'amount-mismatch',
          ...base,
          detail: `Importo diverso: pagoPA ${state.amountCents} centesimi, portale ${position.amount} euro.`,
        });
      }
    }
    const gpdIupds = new Set(gpdPaid.map((state) => state.iupd));
    const portalPaid = await this.positions.paidBetween(
      new Date(`${start}T00:00:00Z`),
      new Date(Date.parse(`${end}T00:00:00Z`) + DAY_MS),
    );
    for (const position of portalPaid.filter((p) => !gpdIupds.has(p.iupd))) {
      const state = await this.gateway.read(position.iupd);
      if (state && (state.status === 'PAID' || state.status === 'REPORTED')) continue;
      differences.push({
        kind: 'paid-in-portal-not-in-gpd',
        iupd: position.iupd,
        paymentId: position.id,
        noticeNumber: position.noticeNumber,
        portalStatus: position.status,
        gpdStatus: state?.status ?? 'NOT_FOUND',
        detail: 'Registrata come pagata dal portale ma non pagata su pagoPA.',
      });
    }
    for (const position of await this.positions.stalePending(new Date(now.getTime() - PENDING_ALERT_MS))) {
      differences.push({
        kind: 'pending-too-long',
        iupd: position.iupd,
        paymentId: position.id,
        portalStatus: position.status,
        detail: `Non ancora accettata da pagoPA dopo ${position.gpdAttempts} tentativi: ${position.lastError ?? 'nessun errore registrato'}.`,
      });
    }
    return {
      from: start,
      to: end,
      checkedAt: now.toISOString(),
      gpdPaid: gpdPaid.length,
      portalPaid: portalPaid.length,
      differences,
    };
  }
}

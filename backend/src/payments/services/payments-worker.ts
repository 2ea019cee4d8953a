import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { PollingLoop } from '../../common/jobs/polling-loop.js';
import { paymentsConfig } from '../../config/app.config.js';
import { PaymentGateway } from '../gateway/payment-gateway.js';
import { PaymentPositionRepository } from '../persistence/payment-position.repository.js';
import { PaymentsService } from './payments.service.js';
import { ReconciliationService } from './reconciliation.service.js';

const BATCH = 20;
const LEASE_MS = 60_000;
const TICK_MS = 2_000;
const RECONCILE_EVERY_MS = 6 * 3_600_000;

/**
 * The background work of payments: creates again the positions GPD did not accept (backoff, same IUPD),
 * polls the due ones for their state (the receipt's reliable path: callbacks may be lost), and reconciles
 * every six hours, logging the differences for the office.
 */
@Injectable()
export class PaymentsWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Payments worker');
  private readonly loop = new PollingLoop(() => this.round(), TICK_MS);
  private lastReconciliation = Date.now();

  constructor(
    private readonly positions: PaymentPositionRepository,
    private readonly payments: PaymentsService,
    private readonly gateway: PaymentGateway,
    private readonly reconciliation: ReconciliationService,
    @Inject(paymentsConfig.KEY) private readonly config: ConfigType<typeof paymentsConfig>,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.worker && this.gateway.configured) this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  wake(): void {
    this.loop.wake();
  }

  private async round(): Promise<void> {
    try {
      for (const position of await this.positions.claimWork('pending', BATCH, LEASE_MS)) {
        if (this.loop.stopping) return;
        await this.payments.publish(position.id);
      }
      for (const position of await this.positions.claimWork('due', BATCH, this.config.pollIntervalMs)) {
        if (this.loop.stopping) return;
        const state = await this.gateway.read(position.iupd).catch(() => undefined);
        if (state) await this.payments.applyGpdState(position, state);
      }
      if (Date.now() - this.lastReconciliation > RECONCILE_EVERY_MS) {
        this.lastReconciliation = Date.now();
        const report = await this.reconciliation.report();
        if (report.differences.length > 0) {
          this.logger.warn(
            `Reconciliation with pagoPA: ${report.differences.length} difference(s): ${report.differences.map((d) => `${d.kind} ${d.iupd}`).join(', ')}`,
          );
        }
      }
    } catch (error) {
      this.logger.error(`Payments round failed: ${error instanceof Error ? error.message : error}`);
    }
  }
}

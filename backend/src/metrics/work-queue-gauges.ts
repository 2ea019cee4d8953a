import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MetricsService } from './metrics.service.js';

/**
 * Depth and lag of the work the database holds for the backends: the notification outbox and the bulk F24
 * chunks. Each query reads a partial index of pending rows, so a scrape stays cheap however large the tables.
 */
@Injectable()
export class WorkQueueGauges implements OnModuleInit {
  constructor(
    private readonly metrics: MetricsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.metrics.registerGauge({
      name: 'portal_outbox_pending_messages',
      help: 'Notifications waiting in the outbox (due now or scheduled for a retry).',
      collect: () =>
        this.number("SELECT count(*) AS value FROM notification_outbox WHERE status = 'pending'"),
    });
    this.metrics.registerGauge({
      name: 'portal_outbox_lag_seconds',
      help: 'Age of the oldest pending notification: how far delivery is behind (0 when the outbox is empty).',
      collect: () =>
        this.number(
          `SELECT coalesce(extract(epoch FROM now() - min(created_at)), 0) AS value
             FROM notification_outbox WHERE status = 'pending'`,
        ),
    });
    this.metrics.registerGauge({
      name: 'portal_f24_bulk_pending_chunks',
      help: 'Chunks of bulk F24 jobs waiting for a worker.',
      collect: () => this.number("SELECT count(*) AS value FROM f24_bulk_chunk WHERE status = 'pending'"),
    });
  }

  private async number(sql: string): Promise<number> {
    const rows: { value: string | number }[] = await this.dataSource.query(sql);
    return Number(rows[0]?.value ?? 0);
  }
}

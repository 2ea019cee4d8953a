import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { appIoConfig } from '../../config/app.config.js';

/**
 * App IO allows 150 calls per 5 seconds per API key. The budget is shared by every replica through PostgreSQL:
 * one counter per key and wall-clock second, `APP_IO_CALLS_PER_SECOND` (25) each, so any 5 seconds, aligned or
 * not, hold at most 6 × 25 = 150 calls. Counters are taken outside the caller's transaction, so replicas never
 * wait on each other's locks, and old seconds are swept now and then.
 */
@Injectable()
export class IoCallBudget {
  private calls = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(appIoConfig.KEY) private readonly config: ConfigType<typeof appIoConfig>,
  ) {}

  /** Resolves when a call with `apiKey` fits in the budget, the call then counted. */
  async take(apiKey: string): Promise<void> {
    const key = createHash('sha256').update(apiKey).digest('hex').slice(0, 32);
    for (;;) {
      const rows: { second: Date; used: number | null; now_ms: string }[] = await this.dataSource.query(
        `WITH second AS (SELECT date_trunc('second', clock_timestamp()) AS at, clock_timestamp() AS now),
              taken AS (
                INSERT INTO app_io_call_budget (key_hash, second, used)
                SELECT $1, at, 1 FROM second
                ON CONFLICT (key_hash, second) DO UPDATE SET used = app_io_call_budget.used + 1
                 WHERE app_io_call_budget.used < $2
                RETURNING used)
         SELECT (SELECT used FROM taken) AS used, extract(milliseconds FROM (SELECT now FROM second))::text AS now_ms,
                (SELECT at FROM second) AS second`,
        [key, this.config.callsPerSecond],
      );
      const row = rows[0];
      if (row.used !== null) break;
      const intoSecond = Number(row.now_ms) % 1000;
      await sleep(Math.max(5, 1000 - intoSecond + 5));
    }
    if (++this.calls % 500 === 0) {
      await this.dataSource.query(
        "DELETE FROM app_io_call_budget WHERE second < clock_timestamp() - interval '1 hour'",
      );
    }
  }
}

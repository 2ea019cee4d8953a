import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { prepared } from '../sql/prepared-statements.js';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

const SWEEP_INTERVAL_MS = 10 * 60_000;

/**
 * One statement counts the hit and decides, under the row lock that `ON CONFLICT` takes, so concurrent
 * requests on any replica see one consistent counter. Fixed window: the first hit opens a window of `ttl`;
 * the hit that passes `limit` blocks the key for `blockDuration`; a hit after the block opens a new window.
 * Blocked hits are not counted, so a client hammering a blocked key does not extend its block.
 */
const INCREMENT = prepared(`
  INSERT INTO rate_limit_bucket AS bucket (key, hits, window_ends_at, blocked_until)
  VALUES ($1, 1, now() + make_interval(secs => $2 / 1000.0),
          CASE WHEN 1 > $3 THEN now() + make_interval(secs => $4 / 1000.0) END)
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE
      WHEN bucket.blocked_until > now() THEN bucket.hits
      WHEN bucket.window_ends_at <= now() OR bucket.blocked_until IS NOT NULL THEN 1
      ELSE bucket.hits + 1 END,
    window_ends_at = CASE
      WHEN bucket.blocked_until > now() THEN bucket.window_ends_at
      WHEN bucket.window_ends_at <= now() OR bucket.blocked_until IS NOT NULL THEN excluded.window_ends_at
      ELSE bucket.window_ends_at END,
    blocked_until = CASE
      WHEN bucket.blocked_until > now() THEN bucket.blocked_until
      WHEN bucket.window_ends_at > now() AND bucket.blocked_until IS NULL AND bucket.hits + 1 > $3
        THEN now() + make_interval(secs => $4 / 1000.0)
      END
  RETURNING hits,
    greatest(ceil(extract(epoch FROM window_ends_at - now())), 0)::integer AS seconds_to_expire,
    coalesce(blocked_until > now(), false) AS blocked,
    greatest(coalesce(ceil(extract(epoch FROM blocked_until - now())), 0), 0)::integer AS seconds_to_unblock`);

interface IncrementRow {
  hits: number;
  seconds_to_expire: number;
  blocked: boolean;
  seconds_to_unblock: number;
}

/**
 * @nestjs/throttler storage in PostgreSQL, so a limit holds across every backend replica (the package's
 * default keeps counters in each process's memory). Shared by the throttled public routes and the portal's
 * `RateLimitGuard`; keys are SHA-256 digests of route and client address or person: nothing in clear.
 */
@Injectable()
export class PostgresThrottlerStorage implements ThrottlerStorage, OnModuleInit, OnApplicationShutdown {
  private sweeper: NodeJS.Timeout | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const [row] = (await this.dataSource.query(INCREMENT, [
      `${throttlerName}:${key}`,
      ttl,
      limit,
      blockDuration,
    ])) as IncrementRow[];
    return {
      totalHits: row.hits,
      timeToExpire: row.seconds_to_expire,
      isBlocked: row.blocked,
      timeToBlockExpire: row.seconds_to_unblock,
    };
  }

  onModuleInit(): void {
    this.sweeper = setInterval(() => void this.sweep(), SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
  }

  /** Forgets the windows and blocks that are over; any replica may do it, the result is the same. */
  async sweep(): Promise<void> {
    await this.dataSource
      .query(
        `DELETE FROM rate_limit_bucket
          WHERE window_ends_at < now() AND (blocked_until IS NULL OR blocked_until < now())`,
      )
      // A failed sweep (database briefly down) only leaves stale rows for the next one.
      .catch(() => undefined);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { sqlPool } from '../database/pool-query.js';

/** One labelled value of a gauge that reports several series (e.g. one per job status). */
export interface GaugeSample {
  labels: Record<string, string>;
  value: number;
}

export interface CollectedGauge {
  /** Prometheus name, `portal_<module>_<what>_<unit>`, e.g. `portal_outbox_pending_messages`. */
  name: string;
  help: string;
  labelNames?: readonly string[];
  /**
   * Called at every scrape. A failure or a result slower than `timeoutMs` makes the gauge NaN (no series when
   * it has labels) for that scrape and counts in `portal_metrics_collect_errors_total`: the scrape goes on.
   */
  collect: () => number | GaugeSample[] | Promise<number | GaugeSample[]>;
  timeoutMs?: number;
}

/** Request durations up to the 2 s connection timeout and beyond, finer where most requests fall. */
const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30];

const DEFAULT_COLLECT_TIMEOUT_MS = 1_000;

function withTimeout<T>(value: T | Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no value within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([Promise.resolve(value), timeout]).finally(() => clearTimeout(timer));
}

/**
 * The process's Prometheus registry: default Node.js process metrics, HTTP request rate and latency per
 * route template, the database connection pool, and the gauges other modules register (queue depths, lags).
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly requestDuration: Histogram<'method' | 'route' | 'status_code'>;
  private readonly requestsInFlight: Gauge;
  private readonly collectErrors: Counter<'gauge'>;
  private readonly gaugeNames = new Set<string>();

  constructor(@InjectDataSource() dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry });
    this.requestDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP requests by method, route template and status code: duration in seconds (its _count is the request rate).',
      labelNames: ['method', 'route', 'status_code'],
      buckets: HTTP_BUCKETS,
      registers: [this.registry],
    });
    this.requestsInFlight = new Gauge({
      name: 'http_requests_in_flight',
      help: 'HTTP requests being served.',
      registers: [this.registry],
    });
    this.collectErrors = new Counter({
      name: 'portal_metrics_collect_errors_total',
      help: 'Scrapes at which a gauge could not be collected (failed or too slow), by gauge.',
      labelNames: ['gauge'],
      registers: [this.registry],
    });
    // The TypeORM postgres driver's pg.Pool, shared with the session store.
    const pool = sqlPool(dataSource);
    this.registerGauge({
      name: 'portal_db_pool_total_connections',
      help: 'Connections the database pool holds, idle or in use.',
      collect: () => pool.totalCount,
    });
    this.registerGauge({
      name: 'portal_db_pool_idle_connections',
      help: 'Connections of the database pool that are idle.',
      collect: () => pool.idleCount,
    });
    this.registerGauge({
      name: 'portal_db_pool_waiting_clients',
      help: 'Queries waiting for a connection of the database pool (the pool is exhausted when above 0).',
      collect: () => pool.waitingCount,
    });
  }

  /** Adds a gauge whose value is read at every scrape, e.g. the depth of a job queue. */
  registerGauge(gauge: CollectedGauge): void {
    if (this.gaugeNames.has(gauge.name)) throw new Error(`Gauge ${gauge.name} is already registered`);
    this.gaugeNames.add(gauge.name);
    const errors = this.collectErrors;
    const timeoutMs = gauge.timeoutMs ?? DEFAULT_COLLECT_TIMEOUT_MS;
    new Gauge({
      name: gauge.name,
      help: gauge.help,
      labelNames: gauge.labelNames ?? [],
      registers: [this.registry],
      async collect() {
        this.reset();
        try {
          const result = await withTimeout(gauge.collect(), timeoutMs);
          if (typeof result === 'number') this.set(result);
          else for (const sample of result) this.set(sample.labels, sample.value);
        } catch {
          // A gauge without labels always has a sample: NaN says "unknown", where 0 would claim an empty queue.
          if ((gauge.labelNames ?? []).length === 0) this.set(Number.NaN);
          errors.inc({ gauge: gauge.name });
        }
      },
    });
  }

  /** Starts timing a request; call the returned function once, when its response is finished. */
  startRequest(): (method: string, route: string, statusCode: number) => void {
    this.requestsInFlight.inc();
    const stop = this.requestDuration.startTimer();
    return (method, route, statusCode) => {
      this.requestsInFlight.dec();
      stop({ method, route, status_code: String(statusCode) });
    };
  }

  /** The exposition text of every metric. */
  scrape(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

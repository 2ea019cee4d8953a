import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { MetricsService } from './metrics.service.js';

function service(pool = { totalCount: 4, idleCount: 3, waitingCount: 1 }) {
  return new MetricsService({ driver: { master: pool } } as unknown as DataSource);
}

describe('MetricsService', () => {
  it('should expose the pool, the default process metrics and the request histogram', async () => {
    const metrics = service();
    const done = metrics.startRequest();
    done('GET', '/api/me', 200);
    const text = await metrics.scrape();
    expect(text).toContain('portal_db_pool_total_connections 4');
    expect(text).toContain('portal_db_pool_idle_connections 3');
    expect(text).toContain('portal_db_pool_waiting_clients 1');
    expect(text).toContain('process_resident_memory_bytes');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
    expect(text).toContain(
      'http_request_duration_seconds_count{method="GET",route="/api/me",status_code="200"} 1',
    );
    expect(text).toContain('http_requests_in_flight 0');
  });

  it('should read a registered gauge at every scrape, with labels when it reports several series', async () => {
    const metrics = service();
    let depth = 2;
    metrics.registerGauge({ name: 'portal_test_queue_depth', help: 'test', collect: () => depth });
    metrics.registerGauge({
      name: 'portal_test_jobs',
      help: 'test',
      labelNames: ['status'],
      collect: async () => [
        { labels: { status: 'pending' }, value: 5 },
        { labels: { status: 'failed' }, value: 1 },
      ],
    });
    expect(await metrics.scrape()).toContain('portal_test_queue_depth 2');
    depth = 7;
    const text = await metrics.scrape();
    expect(text).toContain('portal_test_queue_depth 7');
    expect(text).toContain('portal_test_jobs{status="pending"} 5');
    expect(text).toContain('portal_test_jobs{status="failed"} 1');
  });

  it('should keep scraping when a gauge fails or is too slow, reporting that gauge as unknown (NaN)', async () => {
    const metrics = service();
    metrics.registerGauge({
      name: 'portal_test_broken',
      help: 'test',
      collect: () => Promise.reject(new Error('database down')),
    });
    metrics.registerGauge({
      name: 'portal_test_slow',
      help: 'test',
      timeoutMs: 20,
      collect: () => new Promise<number>((resolve) => setTimeout(() => resolve(1), 500)),
    });
    const started = performance.now();
    const text = await metrics.scrape();
    expect(performance.now() - started).toBeLessThan(400);
    expect(text).toMatch(/^portal_test_broken nan$/im);
    expect(text).toMatch(/^portal_test_slow nan$/im);
    // The counter is read alongside the gauges, so it shows a scrape's failures from the next scrape on.
    const next = await metrics.scrape();
    expect(next).toMatch(/^portal_metrics_collect_errors_total\{gauge="portal_test_broken"\} [12]$/m);
    expect(next).toMatch(/^portal_metrics_collect_errors_total\{gauge="portal_test_slow"\} [12]$/m);
  });

  it('should refuse to register the same gauge twice', () => {
    const metrics = service();
    metrics.registerGauge({ name: 'portal_test_once', help: 'test', collect: () => 1 });
    expect(() => metrics.registerGauge({ name: 'portal_test_once', help: 'test', collect: () => 1 })).toThrow(
      /already registered/,
    );
  });
});

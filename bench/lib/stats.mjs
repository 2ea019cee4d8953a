/** The nearest-rank percentile of ascending `sorted` numbers. */
export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * What a load run reports of the `latencies` (ms) it measured over `durationMs`: completed requests, their rate
 * per second and the latency percentiles. Sorts `latencies` in place.
 */
export function summarizeLatencies(latencies, durationMs) {
  latencies.sort((a, b) => a - b);
  return {
    completed: latencies.length,
    throughput: latencies.length / (durationMs / 1000),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1),
  };
}

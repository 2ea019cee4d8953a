// A closed-loop load: `concurrency` requests always in flight, for requests autocannon cannot describe (a body
// per request) or percentiles it does not give (p95). Only requests sent and answered inside the measured
// window, after the warm-up, count.
import { summarizeLatencies } from './stats.mjs';

/**
 * `send()` makes one request and resolves to its HTTP status; `expected` is the status of success.
 * Returns successes per second, latency percentiles in ms and the unexpected statuses seen.
 */
export async function runClosedLoop({ concurrency, durationMs, warmupMs = 0, send, expected = 200 }) {
  const latencies = [];
  const unexpected = [];
  const measureFrom = performance.now() + warmupMs;
  const endsAt = measureFrom + durationMs;
  async function worker() {
    while (performance.now() < endsAt) {
      const sent = performance.now();
      const status = await send();
      const done = performance.now();
      if (sent < measureFrom || done > endsAt) continue;
      if (status === expected) latencies.push(done - sent);
      else unexpected.push(status);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, () => worker()));
  return { ...summarizeLatencies(latencies, durationMs), unexpected };
}

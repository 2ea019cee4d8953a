// An open-loop load at a constant rate: request n is issued at start + n / rate, whether or not earlier answers
// have come back, and its latency counts from when it was issued, including any wait for a free connection, so
// a slow server cannot hide its queue (no coordinated omission; the timer's own lateness is not counted).
// autocannon's `overallRate` does not do this: it lets each connection send its whole per-second quota at once
// when the second starts, which measures bursts of `connections` concurrent requests, not a steady rate.
import http from 'node:http';
import { summarizeLatencies } from './stats.mjs';

/**
 * GETs `url` at `rate` requests per second for `durationMs` after `warmupMs`, over at most `connections`
 * keep-alive sockets. Returns the achieved rate, latency percentiles in ms, the count of non-2xx or failed
 * requests, and the measured latencies themselves (ascending), to pool several runs.
 */
export async function runOpenLoop({
  url,
  headers = {},
  rate,
  durationMs,
  warmupMs = 1000,
  connections = 20,
}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const intervalMs = 1000 / rate;
  const total = Math.round(((warmupMs + durationMs) / 1000) * rate);
  const startedAt = performance.now() + 50;
  const measureFrom = startedAt + warmupMs;
  const latencies = [];
  let failed = 0;

  const get = (due) =>
    new Promise((resolve) => {
      const issued = performance.now();
      const request = http.get(url, { agent, headers }, (response) => {
        response.resume();
        response.on('end', () => {
          const latency = performance.now() - issued;
          if (due >= measureFrom) {
            if (response.statusCode >= 200 && response.statusCode < 300) latencies.push(latency);
            else failed++;
          }
          resolve();
        });
      });
      request.on('error', () => {
        if (due >= measureFrom) failed++;
        resolve();
      });
    });

  const pending = [];
  for (let n = 0; n < total; n++) {
    const due = startedAt + n * intervalMs;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(get(due));
  }
  await Promise.all(pending);
  agent.destroy();
  return { ...summarizeLatencies(latencies, durationMs), failed, latencies };
}

// Starting, watching and stopping the portal's processes: shared by `npm start` and the test suites.
import { spawn } from 'node:child_process';
import net from 'node:net';

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls `url` until it answers 2xx, the process exits, or the timeout passes. */
export async function waitForUrl(url, { timeoutMs = 120_000, child } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer';
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null)
      throw new Error(`${url}: the process exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000), redirect: 'manual' });
      if (response.ok) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = error.message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms (${lastError})`);
}

/** A log line at error level or above (pino's JSON, `"level":"error"`), or an uncaught error's report. */
const ERROR_LINE = /"level":"(error|fatal)"|\bError\b/;

/**
 * Spawns a long-running service. Its output is prefixed with its name (or kept in memory when
 * `quiet`, and printed if it fails), and it is stopped with SIGTERM, then SIGKILL after 10 s. `output()` is
 * its last 400 lines, preceded by the error lines (up to 100) that scrolled out of them.
 */
export function startService(
  name,
  command,
  args,
  { env = {}, cwd, quiet = false, readyUrl, timeoutMs } = {},
) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  // Error lines that scrolled out of the last 400 (a busy service logs a line per request): kept, up to 100.
  const earlierErrors = [];
  const relay = (stream, target) => {
    let partial = '';
    stream.on('data', (chunk) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        output.push(line);
        if (output.length > 400) {
          const dropped = output.shift();
          if (ERROR_LINE.test(dropped) && earlierErrors.length < 100) earlierErrors.push(dropped);
        }
        if (!quiet) target.write(`[${name}] ${line}\n`);
      }
    });
  };
  relay(child.stdout, process.stdout);
  relay(child.stderr, process.stderr);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const service = {
    name,
    child,
    exited,
    output: () => [...earlierErrors, ...output].join('\n'),
    async ready() {
      if (!readyUrl) return;
      try {
        await waitForUrl(readyUrl, { child, timeoutMs });
      } catch (error) {
        throw new Error(
          `${name} did not become ready: ${error.message}\n--- ${name} output ---\n${service.output()}`,
        );
      }
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
  return service;
}

import http from 'node:http';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, type Service } from '../../../scripts/services.mjs';
import { newIdentity } from '../support/factories.js';
import { loginThrough, type SystemSession, SystemStack } from './support/system-stack.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A request whose body arrives in two halves, so it is in flight for as long as the test wants: the backend
 * has accepted it and waits for the rest. Its own connection, never a pooled one.
 */
function slowRequest(url: string, session: SystemSession, method: string, body: string) {
  const payload = Buffer.from(body);
  const half = Math.floor(payload.length / 2);
  let request!: http.ClientRequest;
  const answered = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request = http.request(
      url,
      {
        method,
        agent: false,
        headers: {
          cookie: session.cookie(),
          'x-csrf-token': session.csrfToken(),
          'content-type': 'application/json',
          'content-length': payload.length,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
  });
  request.write(payload.subarray(0, half));
  return { answered, finish: () => request.end(payload.subarray(half)) };
}

/** The error code of a request on a new connection, or its status when it is answered. */
async function newConnection(url: string): Promise<string | number> {
  return new Promise((resolve) => {
    http
      .get(url, { agent: false, timeout: 5_000 }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
      .on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

describe('graceful shutdown', () => {
  let stack: SystemStack;
  let databaseUrl: string;
  let backend: Service & { url: string };
  let admin: SystemSession;
  const adminIdentity = newIdentity();

  beforeAll(async () => {
    stack = await SystemStack.create();
    databaseUrl = await stack.database('portal_shutdown');
    const port = await freePort();
    const federationUrl = await stack.startFederation(`http://127.0.0.1:${port}`);
    backend = stack.startBackend({
      port,
      databaseUrl,
      federationUrl,
      env: { INITIAL_ADMIN_FISCAL_CODE: adminIdentity.fiscalCode },
    });
    await backend.ready();
    admin = await loginThrough(backend.url, adminIdentity);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('should finish the requests in flight on SIGTERM, refuse new connections, and exit cleanly', async () => {
    const targets = Array.from({ length: 3 }, () => newIdentity().fiscalCode);
    const roles = [['permits'], ['taxes'], ['registry', 'permits']];
    const inFlight = targets.map((target, index) =>
      slowRequest(
        `${backend.url}/api/admin/roles/${target}`,
        admin,
        'PUT',
        JSON.stringify({ roles: roles[index] }),
      ),
    );
    await sleep(500);
    expect(await newConnection(`${backend.url}/api/health`)).toBe(200);

    backend.child.kill('SIGTERM');
    await sleep(1_000);
    // Still draining: alive, but no longer accepting.
    expect(backend.child.exitCode).toBeNull();
    expect(await newConnection(`${backend.url}/api/health`)).toBe('ECONNREFUSED');

    for (const request of inFlight) request.finish();
    const answers = await Promise.all(inFlight.map((request) => request.answered));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(await backend.exited).toEqual({ code: 0, signal: null });

    // What was acknowledged was committed.
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      for (const [index, target] of targets.entries()) {
        const { rows } = await client.query<{ role: string }>(
          'SELECT role FROM role_grant WHERE fiscal_code = $1 ORDER BY role',
          [target],
        );
        expect(rows.map((row) => row.role)).toEqual([...roles[index]].sort());
      }
    } finally {
      await client.end();
    }
  });
});

import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort, type Service, startService } from '../../../../scripts/services.mjs';
import { completeTestLogin } from '../../../../test-federation/src/index.js';
import { repoRoot } from '../../../src/config/paths.js';
import { type RunningPostgres, startEmbeddedPostgres } from '../../../src/database/embedded-postgres.js';
import { ensureDatabase } from '../../../src/database/resolve-database.js';
import type { LoginIdentity, TestSession } from '../../support/session.js';

/**
 * Pieces of a portal that a system test owns alone (its PostgreSQL, its backends), so it can stop, kill and
 * restart them without disturbing the shared e2e stack. Everything lives in one folder under the OS temp
 * directory and listens on free loopback ports.
 */
export class SystemStack {
  private readonly services: Service[] = [];
  private postgres: RunningPostgres | undefined;
  private postgresPort = 0;

  private constructor(readonly tmpDir: string) {}

  static async create(): Promise<SystemStack> {
    const tmpDir = await mkdtemp(path.join(os.tmpdir(), 'portale-system-'));
    // As root, PostgreSQL runs as `postgres`, which must be able to enter the folder.
    await chmod(tmpDir, 0o755);
    return new SystemStack(tmpDir);
  }

  /** Starts (the first time: initialises) this stack's PostgreSQL, always on the same port and folder. */
  async startPostgres(): Promise<string> {
    this.postgresPort ||= await freePort();
    this.postgres = await startEmbeddedPostgres({
      dataDir: path.join(this.tmpDir, 'postgres'),
      port: this.postgresPort,
    });
    return this.postgres.url;
  }

  /** Fast shutdown: PostgreSQL ends every session, open transactions roll back. */
  async stopPostgres(): Promise<void> {
    await this.postgres?.stop();
    this.postgres = undefined;
  }

  /** A database on this stack's server, created if missing. */
  async database(name: string): Promise<string> {
    if (!this.postgres) await this.startPostgres();
    return ensureDatabase(this.postgres!.url, name);
  }

  /** The local test federation, trusting `publicUrl` as its only relying party. */
  async startFederation(publicUrl: string): Promise<string> {
    const port = await freePort();
    const federationUrl = `http://127.0.0.1:${port}`;
    const identitiesFile = path.join(this.tmpDir, 'identities.json');
    await writeFile(identitiesFile, '[]');
    const federation = startService('test-federation', process.execPath, ['test-federation/dist/main.js'], {
      cwd: repoRoot,
      quiet: true,
      env: {
        TESTFED_PORT: String(port),
        TESTFED_PUBLIC_URL: federationUrl,
        TESTFED_RP_ENTITY_IDS: publicUrl,
        TESTFED_IDENTITIES_FILE: identitiesFile,
      },
      readyUrl: `${federationUrl}/ta/.well-known/openid-federation`,
    });
    this.services.push(federation);
    await federation.ready();
    return federationUrl;
  }

  /**
   * The built backend as a real process. Not awaited until ready, so several can start together; call
   * `ready()` on the result.
   */
  startBackend(options: {
    port: number;
    databaseUrl: string;
    publicUrl?: string;
    federationUrl?: string;
    dataDir?: string;
    env?: Record<string, string>;
    name?: string;
  }): Service & { url: string } {
    const url = `http://127.0.0.1:${options.port}`;
    const backend = startService(
      options.name ?? 'backend',
      process.execPath,
      ['backend/dist/backend/src/main.js'],
      {
        cwd: repoRoot,
        quiet: true,
        env: {
          NODE_ENV: 'test',
          PORT: String(options.port),
          PUBLIC_URL: options.publicUrl ?? url,
          DATABASE_URL: options.databaseUrl,
          DATA_DIR: options.dataDir ?? path.join(this.tmpDir, 'data'),
          DEMO_DATA: 'false',
          LOG_LEVEL: 'warn',
          ...(options.federationUrl
            ? {
                OIDC_TRUST_ANCHOR: `${options.federationUrl}/ta`,
                OIDC_TEST_FEDERATION_URL: options.federationUrl,
              }
            : {}),
          ...options.env,
        },
        readyUrl: `${url}/api/health/ready`,
      },
    );
    this.services.push(backend);
    return Object.assign(backend, { url });
  }

  /** The built frontend (`next start`), forwarding the API to `backendUrl`. */
  async startFrontend(port: number, backendUrl: string): Promise<string> {
    const url = `http://127.0.0.1:${port}`;
    // Next's own binary (not npx), so stopping the service stops the server itself.
    const nextBin = path.join(repoRoot, 'node_modules', 'next', 'dist', 'bin', 'next');
    const frontend = startService(
      'frontend',
      process.execPath,
      [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'],
      {
        cwd: path.join(repoRoot, 'frontend'),
        quiet: true,
        env: { BACKEND_URL: backendUrl, NEXT_TELEMETRY_DISABLED: '1' },
        readyUrl: `${url}/`,
      },
    );
    this.services.push(frontend);
    await frontend.ready();
    return url;
  }

  async stop(): Promise<void> {
    for (const service of [...this.services].reverse()) await service.stop();
    await this.stopPostgres();
    await rm(this.tmpDir, { recursive: true, force: true });
  }
}

/** The few cookies a backend sets, kept like a browser would. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      if (!value || /expires=Thu, 01 Jan 1970/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

export interface SystemSession extends TestSession {
  /** `fetch` with this session against any backend replica. */
  fetchAt(backendUrl: string, path: string, init?: RequestInit): Promise<Response>;
}

/**
 * Logs in through the test federation like `loginAs`, against a backend of this file's own stack. The login
 * starts at `backendUrl` and, when `callbackBackendUrl` is given, the OP's redirect is followed to that other
 * replica: the pending login lives in the shared session store, as behind a load balancer.
 */
export async function loginThrough(
  backendUrl: string,
  identity: LoginIdentity,
  options: { callbackBackendUrl?: string } = {},
): Promise<SystemSession> {
  const jar = new CookieJar();
  const start = await fetch(`${backendUrl}/api/auth/login?provider=spid&idp=test-a`, { redirect: 'manual' });
  if (start.status !== 302) throw new Error(`login did not redirect to the OP: ${start.status}`);
  jar.store(start);
  const callback = new URL(
    await completeTestLogin(start.headers.get('location')!, {
      fiscalNumber: identity.fiscalCode,
      givenName: identity.givenName,
      familyName: identity.familyName,
      email: identity.email ?? `${identity.fiscalCode.toLowerCase()}@example.test`,
    }),
  );
  const landingOrigin = new URL(options.callbackBackendUrl ?? backendUrl);
  callback.protocol = landingOrigin.protocol;
  callback.host = landingOrigin.host;
  const landed = await fetch(callback, { redirect: 'manual', headers: { cookie: jar.header() } });
  jar.store(landed);
  if (landed.status !== 303 || landed.headers.get('location')?.includes('/errore-accesso')) {
    throw new Error(`login failed at the callback: ${landed.status} ${landed.headers.get('location')}`);
  }
  const fetchAt = async (origin: string, requestPath: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('cookie', jar.header());
    const method = (init.method ?? 'GET').toUpperCase();
    if (!['GET', 'HEAD'].includes(method)) headers.set('x-csrf-token', jar.get('csrf_token') ?? '');
    const response = await fetch(`${origin}${requestPath}`, { ...init, headers, redirect: 'manual' });
    jar.store(response);
    return response;
  };
  return {
    fiscalCode: identity.fiscalCode,
    cookie: () => jar.header(),
    csrfToken: () => jar.get('csrf_token') ?? '',
    fetch: (requestPath, init) => fetchAt(backendUrl, requestPath, init),
    fetchAt,
  };
}

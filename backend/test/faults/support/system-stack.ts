import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort, type Service, startService } from '../../../../scripts/services.mjs';
import { repoRoot } from '../../../src/config/paths.js';
import { type RunningPostgres, startEmbeddedPostgres } from '../../../src/database/embedded-postgres.js';
import { ensureDatabase } from '../../../src/database/resolve-database.js';

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
    const federation = startService(
      'test-federation',
      process.execPath,
      ['test-federation/dist/test-federation/src/main.js'],
      {
        cwd: repoRoot,
        quiet: true,
        env: {
          TESTFED_PORT: String(port),
          TESTFED_PUBLIC_URL: federationUrl,
          TESTFED_RP_ENTITY_IDS: publicUrl,
          TESTFED_IDENTITIES_FILE: identitiesFile,
        },
        readyUrl: `${federationUrl}/ta/.well-known/openid-federation`,
      },
    );
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

// The fault suites log in like every other suite; `SystemSession` is the session that can reach any replica.
export { loginThrough, type ReplicaSession as SystemSession } from '../../support/session.js';

import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort, type Service, startService } from '../../../scripts/services.mjs';
import { repoRoot } from '../../src/config/paths.js';
import { type RunningPostgres, startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { ensureDatabase } from '../../src/database/resolve-database.js';
import { startTestSmtpServer, type TestSmtpServer } from './test-smtp-server.js';

export interface TestStackInfo {
  /** The origin the browser and the OP use: the frontend when it runs, else the backend. */
  publicUrl: string;
  backendUrl: string;
  databaseUrl: string;
  federationUrl: string;
  maildir: string;
  tmpDir: string;
}

export interface TestStack extends TestStackInfo {
  services: Service[];
  stop(): Promise<void>;
}

/**
 * A throwaway portal for one test run: a fresh PostgreSQL cluster under the OS temp folder (never the
 * developer's data), the test federation, a local SMTP server, the built backend and, when asked,
 * the built frontend. Everything listens on free loopback ports.
 */
export async function startTestStack(options: { frontend?: boolean } = {}): Promise<TestStack> {
  const tmpDir = await mkdtemp(path.join(os.tmpdir(), 'portale-test-'));
  // As root, PostgreSQL runs as `postgres`, which must be able to enter the folder.
  await chmod(tmpDir, 0o755);
  const services: Service[] = [];
  let postgres: RunningPostgres | undefined;
  let smtp: TestSmtpServer | undefined;
  const stop = async () => {
    for (const service of [...services].reverse()) await service.stop();
    await smtp?.close();
    await postgres?.stop();
    await rm(tmpDir, { recursive: true, force: true });
  };
  try {
    postgres = await startEmbeddedPostgres({
      dataDir: path.join(tmpDir, 'postgres'),
      port: await freePort(),
    });
    const databaseUrl = await ensureDatabase(postgres.url, 'portal_test');
    const maildir = path.join(tmpDir, 'mail');
    await mkdir(maildir);
    smtp = await startTestSmtpServer(maildir);

    const [backendPort, federationPort, frontendPort] = await Promise.all([
      freePort(),
      freePort(),
      freePort(),
    ]);
    const backendUrl = `http://127.0.0.1:${backendPort}`;
    const frontendUrl = `http://127.0.0.1:${frontendPort}`;
    const publicUrl = options.frontend ? frontendUrl : backendUrl;
    const federationUrl = `http://127.0.0.1:${federationPort}`;
    const identitiesFile = path.join(tmpDir, 'identities.json');
    await writeFile(identitiesFile, '[]');

    const node = process.execPath;
    const federation = startService(
      'test-federation',
      node,
      ['test-federation/dist/test-federation/src/main.js'],
      {
        cwd: repoRoot,
        quiet: true,
        env: {
          TESTFED_PORT: String(federationPort),
          TESTFED_PUBLIC_URL: federationUrl,
          TESTFED_RP_ENTITY_IDS: publicUrl,
          TESTFED_IDENTITIES_FILE: identitiesFile,
          PAGOPA_SANDBOX_RECEIPT_URL: `${backendUrl}/api/payments/pagopa/receipts`,
        },
        readyUrl: `${federationUrl}/ta/.well-known/openid-federation`,
      },
    );
    services.push(federation);
    await federation.ready();

    const backend = startService('backend', node, ['backend/dist/backend/src/main.js'], {
      cwd: repoRoot,
      quiet: true,
      env: {
        NODE_ENV: 'test',
        PORT: String(backendPort),
        PUBLIC_URL: publicUrl,
        DATABASE_URL: databaseUrl,
        DATA_DIR: path.join(tmpDir, 'data'),
        DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
        SMTP_URL: smtp.url,
        OIDC_TRUST_ANCHOR: `${federationUrl}/ta`,
        OIDC_TEST_FEDERATION_URL: federationUrl,
        // pagoPA: the federation's GPD sandbox (derived from OIDC_TEST_FEDERATION_URL); short waits for tests.
        PAGOPA_TIMEOUT_MS: '3000',
        PAGOPA_POLL_INTERVAL_SECONDS: '5',
      },
      readyUrl: `${backendUrl}/api/health/ready`,
    });
    services.push(backend);
    await backend.ready();

    if (options.frontend) {
      // Next's own binary (not npx), so stopping the service stops the server itself.
      const nextBin = path.join(repoRoot, 'node_modules', 'next', 'dist', 'bin', 'next');
      const frontend = startService(
        'frontend',
        node,
        [nextBin, 'start', '-p', String(frontendPort), '-H', '127.0.0.1'],
        {
          cwd: path.join(repoRoot, 'frontend'),
          quiet: true,
          env: { BACKEND_URL: backendUrl, NEXT_TELEMETRY_DISABLED: '1' },
          readyUrl: `${frontendUrl}/`,
        },
      );
      services.push(frontend);
      await frontend.ready();
    }
    return { publicUrl, backendUrl, databaseUrl, federationUrl, maildir, tmpDir, services, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort, type Service, startService } from '../../../scripts/services.mjs';
import { repoRoot } from '../../src/config/paths.js';
import { type RunningPostgres, startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { ensureDatabase } from '../../src/database/resolve-database.js';
import { anprStackEnvironment } from './anpr-sandbox.js';
import { startTestSmtpServer, type TestSmtpServer } from './test-smtp-server.js';

export interface TestStackInfo {
  /** The origin the browser and the OP use: the frontend when it runs, else the backend. */
  publicUrl: string;
  backendUrl: string;
  databaseUrl: string;
  federationUrl: string;
  maildir: string;
  tmpDir: string;
  /** Where the portal reads the registry: the local tables, or the ANPR sandbox through PDND. */
  registrySource: 'local' | 'anpr';
}

export interface TestStack extends TestStackInfo {
  services: Service[];
  stop(): Promise<void>;
}

/** The backend's App IO settings for the IO sandbox of the federation at `federationUrl`, one key per topic. */
export function appIoSandboxEnv(federationUrl: string): Record<string, string> {
  return {
    APP_IO_URL: `${federationUrl}/io/api/v1`,
    APP_IO_API_KEYS:
      'permits:sandbox-io-key-edilizia,certificates:sandbox-io-key-anagrafe,registry:sandbox-io-key-anagrafe,taxes:sandbox-io-key-tributi,documents:sandbox-io-key-anagrafe',
    APP_IO_STATUS_CHECK_MS: '500',
  };
}

/**
 * A throwaway portal for one test run: a fresh PostgreSQL cluster under the OS temp folder (never the
 * developer's data), the test federation, a local SMTP server, the built backend and, when asked,
 * the built frontend. Everything listens on free loopback ports.
 */
export async function startTestStack(
  options: { frontend?: boolean; registrySource?: 'local' | 'anpr' } = {},
): Promise<TestStack> {
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
    const registrySource = options.registrySource ?? 'local';
    // The services' output is kept (and printed if one fails to start); TEST_STACK_LOGS=1 prints it as it comes.
    const quiet = process.env.TEST_STACK_LOGS !== '1';
    const anpr =
      registrySource === 'anpr'
        ? await anprStackEnvironment(tmpDir, path.join(tmpDir, 'data'), federationUrl)
        : { federation: {}, backend: {} };

    const node = process.execPath;
    const federation = startService(
      'test-federation',
      node,
      ['test-federation/dist/test-federation/src/main.js'],
      {
        cwd: repoRoot,
        quiet,
        env: {
          TESTFED_PORT: String(federationPort),
          TESTFED_PUBLIC_URL: federationUrl,
          TESTFED_RP_ENTITY_IDS: publicUrl,
          TESTFED_IDENTITIES_FILE: identitiesFile,
          ...anpr.federation,
          PAGOPA_SANDBOX_RECEIPT_URL: `${backendUrl}/api/payments/pagopa/receipts`,
        },
        readyUrl: `${federationUrl}/ta/.well-known/openid-federation`,
      },
    );
    services.push(federation);
    await federation.ready();
    // The firma sandbox's test root is the one CA the portal trusts for signed filings in tests.
    const signatureCas = path.join(tmpDir, 'firma-ca.pem');
    await writeFile(signatureCas, await (await fetch(`${federationUrl}/firma/ca.pem`)).text());

    const backend = startService('backend', node, ['backend/dist/backend/src/main.js'], {
      cwd: repoRoot,
      quiet,
      env: {
        NODE_ENV: 'test',
        PORT: String(backendPort),
        PUBLIC_URL: publicUrl,
        DATABASE_URL: databaseUrl,
        DATA_DIR: path.join(tmpDir, 'data'),
        DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
        SMTP_URL: smtp.url,
        APPOINTMENTS_REMINDER_INTERVAL_MS: '500',
        // Every test file logs in from this one loopback address, many at once: well over the production
        // budget of 120 login starts a minute. The limits are tested on replicas of their own
        // (security/rate-limits.e2e-spec.ts).
        RATE_LIMIT_LOGIN: '100000',
        OIDC_TRUST_ANCHOR: `${federationUrl}/ta`,
        OIDC_TEST_FEDERATION_URL: federationUrl,
        ...appIoSandboxEnv(federationUrl),
        ...anpr.backend,
        SIGNATURE_TRUSTED_CAS: signatureCas,
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
          quiet,
          env: { BACKEND_URL: backendUrl, NEXT_TELEMETRY_DISABLED: '1' },
          readyUrl: `${frontendUrl}/`,
        },
      );
      services.push(frontend);
      await frontend.ready();
    }
    return {
      publicUrl,
      backendUrl,
      databaseUrl,
      federationUrl,
      maildir,
      tmpDir,
      registrySource,
      services,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

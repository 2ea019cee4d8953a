import path from 'node:path';
import { inject } from 'vitest';
import { freePort, type Service, startService } from '../../../../scripts/services.mjs';
import { repoRoot } from '../../../src/config/paths.js';

export interface Replica {
  url: string;
  /** Everything the process wrote to stdout and stderr so far (its last 400 lines). */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Another backend process on the e2e run's database and data folder, as a replica behind a load balancer
 * would be: same public URL, session secret and keys, so sessions opened on the stack's backend work here.
 * Background workers stay off, so it only serves requests; `env` sets what the test needs (limits, log level),
 * `databaseUrl` another database of the same server (migrated at start) for a test that must own every row.
 */
export async function startReplica(
  env: Record<string, string> = {},
  options: { databaseUrl?: string } = {},
): Promise<Replica> {
  const { federationUrl, publicUrl, tmpDir } = inject('stack');
  const databaseUrl = options.databaseUrl ?? inject('stack').databaseUrl;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const service: Service = startService(
    'backend-replica',
    process.execPath,
    ['backend/dist/backend/src/main.js'],
    {
      cwd: repoRoot,
      quiet: true,
      env: {
        NODE_ENV: 'test',
        PORT: String(port),
        PUBLIC_URL: publicUrl,
        DATABASE_URL: databaseUrl,
        DATA_DIR: path.join(tmpDir, 'data'),
        DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
        OIDC_TRUST_ANCHOR: `${federationUrl}/ta`,
        OIDC_TEST_FEDERATION_URL: federationUrl,
        NOTIFICATIONS_WORKER: 'false',
        F24_BULK_WORKER: 'false',
        ...env,
      },
      readyUrl: `${url}/api/health/ready`,
    },
  );
  try {
    await service.ready();
  } catch (error) {
    await service.stop();
    throw error;
  }
  return { url, output: () => service.output(), stop: () => service.stop() };
}

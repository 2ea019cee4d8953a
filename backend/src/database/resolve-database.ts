import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Configuration } from '../config/configuration.js';
import { chooseClusterLocation } from './embedded-cluster-location.js';
import {
  folderMode,
  type RunningPostgres,
  sharedPostgresRoot,
  startEmbeddedPostgres,
} from './embedded-postgres.js';

/**
 * `DATABASE_URL` when set; otherwise the embedded PostgreSQL in the data folder, database `portal`.
 */
export async function resolveDatabase(
  config: Configuration,
  log: (message: string) => void,
): Promise<{ url: string; embedded: RunningPostgres | null }> {
  if (config.database.url) return { url: config.database.url, embedded: null };
  const location = chooseClusterLocation({
    preferred: path.join(config.app.dataDir, 'postgres'),
    runningAsRoot: process.getuid?.() === 0,
    modeOf: folderMode,
    fallbackRoot: sharedPostgresRoot(),
  });
  if (location.blockedBy !== null) {
    // Created here rather than by the embedded server so that a restrictive umask (077) cannot shut `postgres` out.
    for (const dir of [path.dirname(path.dirname(location.dir)), path.dirname(location.dir)]) {
      await mkdir(dir, { recursive: true });
      await chmod(dir, 0o755);
    }
    log(
      `The 'postgres' user cannot enter ${location.blockedBy}: the embedded PostgreSQL keeps its data in ${location.dir}.`,
    );
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: location.dir,
    port: config.database.embeddedPort,
    onNotice: log,
  });
  const url = await ensureDatabase(embedded.url, 'portal');
  log(`Embedded PostgreSQL ready on port ${config.database.embeddedPort}, data in ${location.dir}.`);
  return { url, embedded };
}

/** Creates `name` on the server of `serverUrl` if missing and returns its URL. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

import path from 'node:path';
import type { Configuration } from '../config/configuration.js';
import { type RunningPostgres, startEmbeddedPostgres } from './embedded-postgres.js';

/**
 * `DATABASE_URL` when set; otherwise the embedded PostgreSQL in the data folder, database `portal`.
 */
export async function resolveDatabase(
  config: Configuration,
  log: (message: string) => void,
): Promise<{ url: string; embedded: RunningPostgres | null }> {
  if (config.database.url) return { url: config.database.url, embedded: null };
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(config.app.dataDir, 'postgres'),
    port: config.database.embeddedPort,
    onNotice: log,
  });
  const url = await ensureDatabase(embedded.url, 'portal');
  log(`Embedded PostgreSQL ready on port ${config.database.embeddedPort}.`);
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

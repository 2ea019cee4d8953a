import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildConfiguration, type Configuration } from '../config/configuration.js';
import { repoRoot } from '../config/paths.js';
import type { RunningPostgres } from '../database/embedded-postgres.js';
import { resolveDatabase } from '../database/resolve-database.js';
import { runMigrations } from '../database/run-migrations.js';

/**
 * What a command needs before it touches data: the validated configuration (`.env` included), the database
 * (the embedded one is started, or shared with a running portal) with every migration applied.
 */
export async function prepareDatabase(): Promise<{
  config: Configuration;
  embedded: RunningPostgres | null;
}> {
  const envFile = path.join(repoRoot, '.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const config = buildConfiguration();
  const { url, embedded } = await resolveDatabase(config, (message) => console.log(message));
  process.env.DATABASE_URL = url;
  const applied = await runMigrations(url);
  if (applied.length > 0) console.log(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);
  return { config, embedded };
}

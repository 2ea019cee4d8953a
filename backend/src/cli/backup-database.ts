import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildConfiguration, type Configuration } from '../config/configuration.js';
import { repoRoot } from '../config/paths.js';
import type { RunningPostgres } from '../database/embedded-postgres.js';
import { resolveDatabase } from '../database/resolve-database.js';

/** The validated configuration, `.env` included, or a clean exit naming the bad variable. */
export function loadCommandConfiguration(): Configuration {
  const envFile = path.join(repoRoot, '.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  try {
    return buildConfiguration();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

/**
 * The portal's database as it is: unlike the other commands no migration runs, because a backup must not
 * change what it copies and a restore needs the database still empty.
 */
export function openDatabase(
  config: Configuration,
): Promise<{ url: string; embedded: RunningPostgres | null }> {
  return resolveDatabase(config, (message) => console.log(message));
}

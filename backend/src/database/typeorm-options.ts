import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../../../migrations/index.js';

/** Connection options shared by the application, the CLI and the tests. `synchronize` is never used. */
export function typeOrmOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrations,
    migrationsTableName: 'schema_migrations',
    applicationName: 'portale-cittadino',
    extra: {
      max: poolSize,
      // Fail fast when the database is unreachable, so readiness answers 503 instead of hanging.
      connectionTimeoutMillis: 2_000,
      idleTimeoutMillis: 30_000,
      statement_timeout: 30_000,
      keepAlive: true,
    },
  };
}

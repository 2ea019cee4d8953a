import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../../../migrations/index.js';
import { PreparingClient } from '../common/sql/prepared-statements.js';

/**
 * Connection options shared by the application, the CLI and the tests. `synchronize` is never used. With
 * `preparedStatements`, the pool's connections prepare the statements marked with `prepared()`.
 */
export function typeOrmOptions(url: string, poolSize = 10, preparedStatements = false): DataSourceOptions {
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
      ...(preparedStatements ? { Client: PreparingClient } : {}),
    },
  };
}

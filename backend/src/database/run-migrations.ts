import { DataSource } from 'typeorm';
import { typeOrmOptions } from './typeorm-options.js';

/** Any fixed 64-bit key: replicas starting together run the migrations one at a time. */
const MIGRATION_LOCK_KEY = 4_291_114_001;

/** Applies pending migrations in one transaction, serialised across processes by an advisory lock. */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource(typeOrmOptions(url, 1));
  await dataSource.initialize();
  try {
    await dataSource.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'all' });
      return applied.map((migration) => migration.name);
    } finally {
      await dataSource.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await dataSource.destroy();
  }
}

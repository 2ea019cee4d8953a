import type { Pool } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

/** The `pg` pool behind TypeORM's data source (the postgres driver's), shared by everything that queries. */
export function sqlPool(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}

/**
 * One statement's rows: in `manager`'s transaction when there is one, else straight on the pool. A lone
 * statement needs none of what TypeORM's `query` adds around it (a query runner created, connected and released
 * for the one statement, its logging and result wrapping): on the hot paths that is a measurable share of a
 * request (docs/performance.md). Errors are pg's own (`DatabaseError`, with `code`), not TypeORM's wrapper.
 */
export async function queryRows<Row>(
  dataSource: DataSource,
  manager: EntityManager | undefined,
  text: string,
  values: readonly unknown[],
): Promise<Row[]> {
  if (manager) return manager.query(text, values as unknown[]);
  const { rows } = await sqlPool(dataSource).query(text, values as unknown[]);
  return rows as Row[];
}

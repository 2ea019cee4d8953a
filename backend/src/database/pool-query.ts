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

/**
 * Runs `reads` at once when `manager` works on the pool (each statement gets a connection of its own), one after
 * another inside a transaction: a transaction is one connection, where `pg` only queues concurrent statements,
 * a use it deprecates ("Calling client.query() when the client is already executing a query") and pg 9 refuses.
 */
export async function readTogether<T extends readonly unknown[]>(
  manager: EntityManager,
  reads: { [K in keyof T]: () => Promise<T[K]> },
): Promise<T> {
  if (!manager.queryRunner) return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as unknown as T;
}

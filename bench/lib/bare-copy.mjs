// The bare limit of a load: the rows an import left in the registry tables, COPYed again into empty tables of
// the same structure and indexes (`CREATE TABLE … (LIKE … INCLUDING ALL)`: columns, defaults, constraints
// but foreign keys, and every index), timed. Nothing but PostgreSQL's own bulk path: no parsing, no
// validation, no merge. The rows are dumped to files first, outside the timing.
import { createReadStream, createWriteStream } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

/** The tables an import fills: every `registry_*` table holding rows but the import's own job table. */
async function filledTables(pool) {
  const { rows } = await pool.query(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname LIKE 'registry\\_%'
        AND c.relname <> 'registry_import' ORDER BY c.relname`,
  );
  const filled = [];
  for (const { name } of rows) {
    const { rows: any } = await pool.query(`SELECT 1 FROM ${name} LIMIT 1`);
    if (any.length > 0) filled.push(name);
  }
  return filled;
}

async function copyColumns(pool, table) {
  const { rows } = await pool.query(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((row) => `"${row.column_name}"`).join(', ');
}

/** Seconds to COPY the rows of the registry tables into fresh tables of the same shape; drops them after. */
export async function timeBareCopy(pool, folder) {
  const tables = await filledTables(pool);
  const client = await pool.connect();
  try {
    const plans = [];
    for (const table of tables) {
      const columns = await copyColumns(pool, table);
      const file = path.join(folder, `${table}.copy`);
      await pipeline(client.query(copyTo(`COPY ${table} (${columns}) TO STDOUT`)), createWriteStream(file));
      await client.query(`DROP TABLE IF EXISTS bare_${table}`);
      await client.query(`CREATE TABLE bare_${table} (LIKE ${table} INCLUDING ALL)`);
      plans.push({ table, columns, file });
    }
    const started = performance.now();
    await client.query('BEGIN');
    for (const { table, columns, file } of plans) {
      await pipeline(
        createReadStream(file),
        client.query(copyFrom(`COPY bare_${table} (${columns}) FROM STDIN`)),
      );
    }
    await client.query('COMMIT');
    const seconds = (performance.now() - started) / 1000;
    for (const { table } of plans) await client.query(`DROP TABLE bare_${table}`);
    return { seconds, tables };
  } finally {
    client.release();
  }
}

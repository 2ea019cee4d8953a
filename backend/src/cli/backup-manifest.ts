import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';

export const MANIFEST_FILE = 'manifest.json';
export const DUMP_FILE = 'database.dump';
export const FILES_FOLDER = 'files';

export interface TableChecksum {
  rows: number;
  /** md5 over the sorted md5s of the rows' text form: independent of physical order and collation. */
  md5: string;
}

export interface StoredFileChecksum {
  /** Path under the files folder, with `/` separators. */
  path: string;
  size: number;
  sha256: string;
}

export interface BackupManifest {
  format: 1;
  createdAt: string;
  database: { name: string; serverVersion: string; pgDumpVersion: string };
  tables: Record<string, TableChecksum>;
  files: StoredFileChecksum[];
}

/**
 * Row text depends on session settings (time zone, date style, float digits): fixed here, so a backup and a
 * restore on servers configured differently compute the same checksums.
 */
export async function useCanonicalOutput(client: pg.ClientBase): Promise<void> {
  await client.query(
    "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres'; " +
      "SET extra_float_digits = 3; SET bytea_output = 'hex'",
  );
}

/** Every table of the database outside PostgreSQL's own schemas, as `schema.table`. */
async function listTables(client: pg.ClientBase): Promise<{ schema: string; table: string }[]> {
  const { rows } = await client.query<{ schema: string; table: string }>(
    `SELECT schemaname AS schema, tablename AS table FROM pg_tables
      WHERE schemaname NOT IN ('pg_catalog', 'information_schema') AND schemaname NOT LIKE 'pg\\_%'
      ORDER BY schemaname, tablename`,
  );
  return rows;
}

/** Whether the database holds any table of its own (a restore target must not, unless forced). */
export async function countUserTables(client: pg.ClientBase): Promise<number> {
  return (await listTables(client)).length;
}

/** Row count and checksum of every table, in the client's current transaction (snapshot). */
export async function tableChecksums(client: pg.ClientBase): Promise<Record<string, TableChecksum>> {
  const checksums: Record<string, TableChecksum> = {};
  for (const { schema, table } of await listTables(client)) {
    const name = `${client.escapeIdentifier(schema)}.${client.escapeIdentifier(table)}`;
    const { rows } = await client.query<{ rows: string; md5: string | null }>(
      `SELECT count(*) AS rows, md5(string_agg(row_md5, '' ORDER BY row_md5)) AS md5
         FROM (SELECT md5(t::text) AS row_md5 FROM ${name} t) rows`,
    );
    checksums[`${schema}.${table}`] = { rows: Number(rows[0].rows), md5: rows[0].md5 ?? md5Of('') };
  }
  return checksums;
}

function md5Of(text: string): string {
  return createHash('md5').update(text).digest('hex');
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/**
 * Size and sha256 of every stored file under `root`, sorted by path. `tmp/` holds uploads still being
 * written, which no row refers to yet.
 */
export async function fileChecksums(root: string): Promise<StoredFileChecksum[]> {
  if (!existsSync(root)) return [];
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files: StoredFileChecksum[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const relative = path.relative(root, absolute).split(path.sep).join('/');
    if (relative.startsWith('tmp/')) continue;
    files.push({ path: relative, size: (await stat(absolute)).size, sha256: await sha256Of(absolute) });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Differences between what the manifest promises and what was found, one readable line each. */
export function compareWithManifest(
  manifest: Pick<BackupManifest, 'tables' | 'files'>,
  found: Pick<BackupManifest, 'tables' | 'files'>,
): string[] {
  const problems: string[] = [];
  for (const [table, expected] of Object.entries(manifest.tables)) {
    const actual = found.tables[table];
    if (!actual) problems.push(`table ${table}: missing`);
    else if (actual.rows !== expected.rows)
      problems.push(`table ${table}: ${actual.rows} rows, the backup had ${expected.rows}`);
    else if (actual.md5 !== expected.md5) problems.push(`table ${table}: checksum differs`);
  }
  for (const table of Object.keys(found.tables)) {
    if (!(table in manifest.tables)) problems.push(`table ${table}: not in the backup`);
  }
  const foundFiles = new Map(found.files.map((file) => [file.path, file]));
  for (const expected of manifest.files) {
    const actual = foundFiles.get(expected.path);
    if (!actual) problems.push(`file ${expected.path}: missing`);
    else if (actual.sha256 !== expected.sha256 || actual.size !== expected.size)
      problems.push(`file ${expected.path}: content differs`);
  }
  return problems;
}

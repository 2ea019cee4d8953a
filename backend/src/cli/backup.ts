import 'reflect-metadata';
import { cp, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { loadCommandConfiguration, openDatabase } from './backup-database.js';
import {
  type BackupManifest,
  DUMP_FILE,
  FILES_FOLDER,
  fileChecksums,
  MANIFEST_FILE,
  tableChecksums,
  useCanonicalOutput,
} from './backup-manifest.js';
import { findTool, runTool } from './backup-tools.js';

/**
 * `npm run backup`: the portal's database (pg_dump custom format), its stored files and a manifest of row
 * counts and checksums per table and per file, in a new folder under BACKUP_DIR. The dump and the checksums
 * read one exported snapshot, so the manifest describes exactly the dumped data while the portal keeps
 * serving. See docs/operations.md.
 */
const config = loadCommandConfiguration();
const backupDir = path.resolve(process.env.BACKUP_DIR ?? path.join(config.app.dataDir, 'backups'));
const stamp = new Date()
  .toISOString()
  .replace(/[-:]/g, '')
  .replace(/\.\d+Z$/, 'Z');
const target = path.join(backupDir, `portale-${stamp}`);
const partial = `${target}.partial`;

const { url, embedded } = await openDatabase(config);
const client = new pg.Client({ connectionString: url });
try {
  await client.connect();
  await useCanonicalOutput(client);
  const { rows } = await client.query<{ name: string; version: string }>(
    "SELECT current_database() AS name, current_setting('server_version_num') AS version",
  );
  const serverVersion = rows[0].version;
  const pgDump = await findTool('pg_dump', Math.floor(Number(serverVersion) / 10_000));
  await mkdir(partial, { recursive: true });

  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  const snapshot = (await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')).rows[0].id;
  await runTool(
    pgDump.command,
    [
      '--format=custom',
      '--no-owner',
      '--no-acl',
      `--snapshot=${snapshot}`,
      `--file=${path.join(partial, DUMP_FILE)}`,
    ],
    url,
  );
  const tables = await tableChecksums(client);
  await client.query('COMMIT');

  // Files are written before the rows that name them are committed, so every file the snapshot refers to
  // is already there; files added since are harmless extras.
  const filesRoot = path.join(config.app.dataDir, 'files');
  const copied = path.join(partial, FILES_FOLDER);
  await mkdir(copied);
  await cp(filesRoot, copied, {
    recursive: true,
    filter: (source) => path.relative(filesRoot, source).split(path.sep)[0] !== 'tmp',
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });

  const manifest: BackupManifest = {
    format: 1,
    createdAt: new Date().toISOString(),
    database: { name: rows[0].name, serverVersion, pgDumpVersion: String(pgDump.major) },
    tables,
    files: await fileChecksums(copied),
  };
  await writeFile(path.join(partial, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  // Complete only now: an interrupted backup stays `.partial` and is never taken for a good one.
  await rename(partial, target);
  const rowCount = Object.values(tables).reduce((sum, table) => sum + table.rows, 0);
  console.log(
    `Backup of ${Object.keys(tables).length} tables (${rowCount} rows) and ${manifest.files.length} files written to ${target}`,
  );
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await client.end().catch(() => undefined);
  await embedded?.stop();
}

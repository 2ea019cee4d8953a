import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadCommandConfiguration, openDatabase } from './backup-database.js';
import {
  type BackupManifest,
  compareWithManifest,
  countUserTables,
  DUMP_FILE,
  FILES_FOLDER,
  fileChecksums,
  MANIFEST_FILE,
  tableChecksums,
  useCanonicalOutput,
} from './backup-manifest.js';
import { findTool, runTool } from './backup-tools.js';

/**
 * `npm run restore -- <backup folder> [--force]`: restores a backup made by `npm run backup` into the
 * portal's database (DATABASE_URL, or the embedded one) and files folder, then checks every table and file
 * against the backup's manifest. The database must be empty: `--force` replaces what is there. Stop the
 * portal first. See docs/operations.md.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { force: { type: 'boolean', default: false } },
});
if (positionals.length !== 1) {
  console.error('Usage: npm run restore -- <backup folder> [--force]');
  process.exit(2);
}
const source = path.resolve(positionals[0]);
const config = loadCommandConfiguration();
const filesRoot = path.join(config.app.dataDir, 'files');

async function readManifest(): Promise<BackupManifest> {
  const file = path.join(source, MANIFEST_FILE);
  if (!existsSync(file) || !existsSync(path.join(source, DUMP_FILE))) {
    throw new Error(`${source} is not a complete backup (${MANIFEST_FILE} and ${DUMP_FILE} expected).`);
  }
  const manifest = JSON.parse(await readFile(file, 'utf8')) as BackupManifest;
  if (manifest.format !== 1) throw new Error(`Unsupported backup format ${String(manifest.format)}.`);
  return manifest;
}

async function holdsFiles(root: string): Promise<boolean> {
  if (!existsSync(root)) return false;
  return (await readdir(root)).some((entry) => entry !== 'tmp');
}

const manifest = await readManifest().catch((error: Error) => {
  console.error(`Restore refused: ${error.message}`);
  process.exit(1);
});
const { url, embedded } = await openDatabase(config);
const client = new pg.Client({ connectionString: url });
try {
  await client.connect();
  const { rows } = await client.query<{ name: string; version: string }>(
    "SELECT current_database() AS name, current_setting('server_version_num') AS version",
  );
  const targetMajor = Math.floor(Number(rows[0].version) / 10_000);
  const sourceMajor = Math.floor(Number(manifest.database.serverVersion) / 10_000);
  if (targetMajor < sourceMajor) {
    throw new Error(
      `the backup comes from PostgreSQL ${sourceMajor} and this server is PostgreSQL ${targetMajor}: ` +
        `restore into PostgreSQL ${sourceMajor} or newer.`,
    );
  }
  // pg_restore reads archives of its own or older pg_dump versions only.
  const pgRestore = await findTool(
    'pg_restore',
    Math.max(targetMajor, Number(manifest.database.pgDumpVersion)),
  );
  if (!values.force && (await countUserTables(client)) > 0) {
    throw new Error(
      `database ${rows[0].name} is not empty. Restore into an empty database, or add --force to replace its content.`,
    );
  }
  if (!values.force && (await holdsFiles(filesRoot))) {
    throw new Error(
      `${filesRoot} already holds files. Use an empty DATA_DIR, or add --force to merge into it.`,
    );
  }

  console.log(`Restoring ${source} into database ${rows[0].name} and ${filesRoot}...`);
  await runTool(
    pgRestore.command,
    [
      '--no-owner',
      '--no-acl',
      '--exit-on-error',
      '--single-transaction',
      ...(values.force ? ['--clean', '--if-exists'] : []),
      `--dbname=${rows[0].name}`,
      path.join(source, DUMP_FILE),
    ],
    url,
  );
  // Files are content-addressed: copying over existing ones (--force) never changes a file another row names.
  const backupFiles = path.join(source, FILES_FOLDER);
  if (existsSync(backupFiles)) await cp(backupFiles, filesRoot, { recursive: true, force: true });

  await useCanonicalOutput(client);
  const problems = compareWithManifest(manifest, {
    tables: await tableChecksums(client),
    files: await fileChecksums(filesRoot),
  });
  if (problems.length > 0) {
    console.error(`Restored, but the check against the manifest failed:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    const rowCount = Object.values(manifest.tables).reduce((sum, table) => sum + table.rows, 0);
    console.log(
      `Restored and verified: ${Object.keys(manifest.tables).length} tables (${rowCount} rows) and ` +
        `${manifest.files.length} files match the backup of ${manifest.createdAt}.`,
    );
  }
} catch (error) {
  console.error(`Restore failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await client.end().catch(() => undefined);
  await embedded?.stop();
}

import { execFile } from 'node:child_process';
import { createHash, randomInt, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BackupManifest } from '../../src/cli/backup-manifest.js';
import { repoRoot } from '../../src/config/paths.js';
import { ensureDatabase } from '../../src/database/resolve-database.js';
import { grantRoles } from '../support/db.js';
import { newIdentity } from '../support/factories.js';
import { loginAs, type TestSession } from '../support/session.js';

const { databaseUrl, tmpDir } = inject('stack');
const run = promisify(execFile);

interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a built CLI of the backend as an operator would, with only the environment given here. */
async function command(script: 'backup' | 'restore', env: Record<string, string>, args: string[] = []) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [path.join(repoRoot, 'backend/dist/backend/src/cli', `${script}.js`), ...args],
      {
        cwd: repoRoot,
        env: { ...process.env, NODE_ENV: 'test', DEMO_DATA: 'false', LOG_LEVEL: 'warn', ...env },
      },
    );
    return { code: 0, stdout, stderr } satisfies CommandResult;
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr } satisfies CommandResult;
  }
}

/** A new, empty database on the run's PostgreSQL server. */
async function emptyDatabase(): Promise<string> {
  const server = new URL(databaseUrl);
  server.pathname = '/postgres';
  return ensureDatabase(server.toString(), `restore_${randomUUID().replaceAll('-', '').slice(0, 12)}`);
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');
/** Where the local file store keeps a file, by its content hash. */
const storedPath = (root: string, content: Buffer) => {
  const key = sha256(content);
  return path.join(root, key.slice(0, 2), key.slice(2, 4), key);
};

describe('npm run backup and npm run restore', () => {
  const filesRoot = path.join(tmpDir, 'data', 'files');
  // Unique bytes each run, so the stored files are this test's own.
  const pdf = Buffer.from(
    `%PDF-1.7\n% ${randomUUID()}\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
  );
  const png = Buffer.concat([
    Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201e2a1a5520000000049454e44ae426082',
      'hex',
    ),
    Buffer.from(randomUUID()),
  ]);
  let clerk: TestSession;
  let practiceId: string;
  let backupDir: string;
  let backup: string;
  let manifest: BackupManifest;
  const extraDatabases: string[] = [];

  beforeAll(async () => {
    const clerkIdentity = newIdentity();
    await grantRoles(clerkIdentity.fiscalCode, ['permits']);
    clerk = await loginAs(clerkIdentity);
    const applicant = newIdentity();
    const registered = await clerk.fetch('/api/staff/permits', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'CILA',
        protocolNumber: `${randomInt(1, 1e9)}/2026`,
        protocolDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
        address: 'Via Roma 1',
        cadastral: { sheet: '5', parcel: '120', subaltern: '3' },
        description: 'Pratica per la prova di backup',
        parties: [
          {
            role: 'applicant',
            fiscalCode: applicant.fiscalCode,
            givenName: applicant.givenName,
            familyName: applicant.familyName,
            email: `${applicant.fiscalCode.toLowerCase()}@example.test`,
          },
        ],
      }),
    });
    expect(registered.status, await registered.clone().text()).toBe(201);
    practiceId = ((await registered.json()) as { id: string }).id;
    for (const [content, name, type] of [
      [pdf, 'relazione.pdf', 'application/pdf'],
      [png, 'foto.png', 'image/png'],
    ] as const) {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(content)], { type }), name);
      const uploaded = await clerk.fetch(`/api/staff/permits/${practiceId}/documents`, {
        method: 'POST',
        body: form,
      });
      expect(uploaded.status, await uploaded.clone().text()).toBe(201);
    }
    expect(existsSync(storedPath(filesRoot, pdf))).toBe(true);

    backupDir = await mkdtemp(path.join(tmpDir, 'backups-'));
    const made = await command('backup', {
      DATABASE_URL: databaseUrl,
      DATA_DIR: path.join(tmpDir, 'data'),
      BACKUP_DIR: backupDir,
    });
    expect(made, made.stderr).toMatchObject({ code: 0 });
    const folders = await readdir(backupDir);
    expect(folders).toHaveLength(1);
    backup = path.join(backupDir, folders[0]);
    manifest = JSON.parse(await readFile(path.join(backup, 'manifest.json'), 'utf8')) as BackupManifest;
  });

  afterAll(async () => {
    const server = new URL(databaseUrl);
    server.pathname = '/postgres';
    await withClient(server.toString(), async (client) => {
      for (const url of extraDatabases) {
        await client.query(
          `DROP DATABASE IF EXISTS ${client.escapeIdentifier(new URL(url).pathname.slice(1))}`,
        );
      }
    });
  });

  it('should write a dump, the stored files and a manifest of counts and checksums into a timestamped folder', async () => {
    expect(path.basename(backup)).toMatch(/^portale-\d{8}T\d{6}Z$/);
    expect((await readFile(path.join(backup, 'database.dump'))).subarray(0, 5).toString()).toBe('PGDMP');
    expect(manifest.tables['public.permit_practice'].rows).toBeGreaterThanOrEqual(1);
    expect(manifest.tables['public.permit_document'].md5).toMatch(/^[0-9a-f]{32}$/);
    for (const content of [pdf, png]) {
      const entry = manifest.files.find((file) => file.sha256 === sha256(content));
      expect(entry).toMatchObject({ size: content.length });
      expect(await readFile(path.join(backup, 'files', entry!.path))).toEqual(content);
    }
  });

  it('should restore into an empty database and files folder with the same rows, checksums and files', async () => {
    const target = await emptyDatabase();
    extraDatabases.push(target);
    const dataDir = await mkdtemp(path.join(tmpDir, 'restored-'));
    const restored = await command('restore', { DATABASE_URL: target, DATA_DIR: dataDir }, [backup]);
    expect(restored, restored.stderr).toMatchObject({ code: 0 });
    expect(restored.stdout).toContain('Restored and verified');

    // Checked here again, independently of the command's own check: every table's row count and content.
    await withClient(target, async (client) => {
      await client.query("SET TimeZone = 'UTC'");
      for (const [table, expected] of Object.entries(manifest.tables)) {
        const [schema, name] = table.split('.');
        const { rows } = await client.query<{ rows: string; md5: string | null }>(
          `SELECT count(*) AS rows, md5(string_agg(h, '' ORDER BY h)) AS md5
             FROM (SELECT md5(t::text) AS h FROM ${client.escapeIdentifier(schema)}.${client.escapeIdentifier(name)} t) x`,
        );
        expect({ table, rows: Number(rows[0].rows) }).toEqual({ table, rows: expected.rows });
        if (expected.rows > 0) expect({ table, md5: rows[0].md5 }).toEqual({ table, md5: expected.md5 });
      }
    });
    // The seeded practice is there, exactly as in the live database.
    const practiceRow = (url: string) =>
      withClient(url, async (client) => {
        await client.query("SET TimeZone = 'UTC'");
        const { rows } = await client.query(
          `SELECT p::text AS practice,
                  (SELECT string_agg(d::text, '|' ORDER BY d.id) FROM permit_document d WHERE d.practice_id = p.id) AS documents
             FROM permit_practice p WHERE p.id = $1`,
          [practiceId],
        );
        return rows;
      });
    expect(await practiceRow(target)).toEqual(await practiceRow(databaseUrl));
    expect((await practiceRow(target))[0].documents).toBeTruthy();
    for (const content of [pdf, png]) {
      expect(await readFile(storedPath(path.join(dataDir, 'files'), content))).toEqual(content);
    }

    // A second restore over it is refused, and changes nothing.
    const again = await command('restore', { DATABASE_URL: target, DATA_DIR: dataDir }, [backup]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('is not empty');
    // With --force it replaces the content and verifies again.
    const forced = await command('restore', { DATABASE_URL: target, DATA_DIR: dataDir }, [backup, '--force']);
    expect(forced, forced.stderr).toMatchObject({ code: 0 });
    expect(forced.stdout).toContain('Restored and verified');
  }, 180_000);

  it('should fail the restore when the data does not match the manifest', async () => {
    const tampered = await mkdtemp(path.join(tmpDir, 'tampered-'));
    await cp(backup, tampered, { recursive: true });
    const altered: BackupManifest = structuredClone(manifest);
    altered.tables['public.permit_practice'].rows += 1;
    altered.files[0].sha256 = '0'.repeat(64);
    await writeFile(path.join(tampered, 'manifest.json'), JSON.stringify(altered));
    const target = await emptyDatabase();
    extraDatabases.push(target);
    const result = await command(
      'restore',
      { DATABASE_URL: target, DATA_DIR: await mkdtemp(path.join(tmpDir, 'restored-')) },
      [tampered],
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `table public.permit_practice: ${manifest.tables['public.permit_practice'].rows} rows, the backup had ${altered.tables['public.permit_practice'].rows}`,
    );
    expect(result.stderr).toContain(`file ${manifest.files[0].path}: content differs`);
  }, 120_000);

  it('should refuse a folder that is not a complete backup', async () => {
    const target = await emptyDatabase();
    extraDatabases.push(target);
    const dataDir = await mkdtemp(path.join(tmpDir, 'restored-'));
    const result = await command('restore', { DATABASE_URL: target, DATA_DIR: dataDir }, [
      await mkdtemp(path.join(tmpDir, 'not-a-backup-')),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is not a complete backup');
  });
});

import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { embeddedPostgresMajor, startEmbeddedPostgres } from './embedded-postgres.js';

describe('startEmbeddedPostgres', () => {
  let folder: string | undefined;

  afterEach(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('should refuse, saying what to do, a data folder initialised by another PostgreSQL major version', async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'portale-pg-version-'));
    await chmod(folder, 0o755);
    const dataDir = path.join(folder, 'postgres');
    await mkdir(dataDir);
    const other = embeddedPostgresMajor() + 3;
    await writeFile(path.join(dataDir, 'PG_VERSION'), `${other}\n`);

    await expect(startEmbeddedPostgres({ dataDir, port: 1 })).rejects.toThrow(
      `was created by PostgreSQL ${other}, but the portal now runs PostgreSQL ${embeddedPostgresMajor()}`,
    );
    // Nothing was touched: the folder is the operator's to move or convert.
    expect(existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);
  });

  it('should run PostgreSQL 15, the newest major version whose pg_dump Debian 12 ships', () => {
    expect(embeddedPostgresMajor()).toBe(15);
  });
});

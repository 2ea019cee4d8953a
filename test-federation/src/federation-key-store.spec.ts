import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadFederationKeys } from './federation-key-store.js';

describe('federation key store', () => {
  let dataDir: string | undefined;

  afterEach(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('should add an intermediate key to a data dir from before the intermediate, keeping the other keys', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'test-federation-keys-'));
    const { intermediate: _dropped, ...older } = await loadFederationKeys();
    await writeFile(join(dataDir, 'keys.json'), JSON.stringify(older));

    const upgraded = await loadFederationKeys(dataDir);
    const again = await loadFederationKeys(dataDir);

    expect(upgraded).toMatchObject(older);
    expect(upgraded.intermediate.kid).toBeTruthy();
    expect(again).toEqual(upgraded);
    expect(JSON.parse(await readFile(join(dataDir, 'keys.json'), 'utf8'))).toEqual(upgraded);
  }, 60_000);
});

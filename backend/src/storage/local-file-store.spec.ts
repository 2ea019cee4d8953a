import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileNotFoundError } from './file-store.js';
import { LocalFileStore } from './local-file-store.js';

describe('LocalFileStore', () => {
  let root: string;
  let store: LocalFileStore;

  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'file-store-'));
    store = new LocalFileStore(root);
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('should key a file by the SHA-256 of its content and give it back as a stream', async () => {
    const content = 'relazione tecnica asseverata';
    const stored = await store.put(
      Readable.from([Buffer.from('relazione '), Buffer.from('tecnica asseverata')]),
    );
    expect(stored).toEqual({
      key: createHash('sha256').update(content).digest('hex'),
      sha256: createHash('sha256').update(content).digest('hex'),
      size: Buffer.byteLength(content),
    });
    expect(await store.exists(stored.key)).toBe(true);
    expect(await text(await store.open(stored.key))).toBe(content);
  });

  it('should store the same content once and leave no temporary file behind', async () => {
    const first = await store.put(Readable.from([Buffer.from('tavola 3')]));
    const second = await store.put(Readable.from([Buffer.from('tavola 3')]));
    expect(second.key).toBe(first.key);
    expect(await readdir(path.join(root, 'tmp'))).toEqual([]);
    expect(await readdir(path.join(root, first.key.slice(0, 2), first.key.slice(2, 4)))).toEqual([first.key]);
  });

  it('should leave nothing when the upload stream fails midway', async () => {
    const failing = new Readable({
      read() {
        this.push(Buffer.from('inizio'));
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(store.put(failing)).rejects.toThrow('connection reset');
    expect(await readdir(path.join(root, 'tmp'))).toEqual([]);
    expect((await readdir(root)).filter((entry) => entry !== 'tmp')).toEqual([]);
  });

  it('should refuse unknown keys and keys that try to leave the folder', async () => {
    await expect(store.open('0'.repeat(64))).rejects.toBeInstanceOf(FileNotFoundError);
    expect(await store.exists('../../etc/passwd')).toBe(false);
    await expect(store.open('../../etc/passwd')).rejects.toBeInstanceOf(FileNotFoundError);
  });
});

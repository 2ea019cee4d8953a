import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FileNotFoundError, FileStore, type StoredFile } from './file-store.js';

const KEY = /^[0-9a-f]{64}$/;

/**
 * Files on local disk under `root`, at `ab/cd/<sha256>`. Each upload is written to `root/tmp` while it is
 * hashed, then renamed into place: rename is atomic on one file system, so a reader never sees half a file
 * and two uploads of the same content end with the same complete file.
 */
export class LocalFileStore extends FileStore {
  constructor(private readonly root: string) {
    super();
  }

  async put(content: Readable): Promise<StoredFile> {
    const tmpDir = path.join(this.root, 'tmp');
    await mkdir(tmpDir, { recursive: true });
    const tmpFile = path.join(tmpDir, `${randomUUID()}.part`);
    const hash = createHash('sha256');
    let size = 0;
    try {
      await pipeline(
        content,
        async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            hash.update(chunk);
            size += chunk.length;
            yield chunk;
          }
        },
        createWriteStream(tmpFile, { flags: 'wx', mode: 0o640 }),
      );
      const sha256 = hash.digest('hex');
      const target = this.pathOf(sha256);
      await mkdir(path.dirname(target), { recursive: true });
      await rename(tmpFile, target);
      return { key: sha256, sha256, size };
    } finally {
      await rm(tmpFile, { force: true });
    }
  }

  async open(key: string): Promise<Readable> {
    if (!(await this.exists(key))) throw new FileNotFoundError(key);
    return createReadStream(this.pathOf(key));
  }

  async exists(key: string): Promise<boolean> {
    if (!KEY.test(key)) return false;
    try {
      await access(this.pathOf(key));
      return true;
    } catch {
      return false;
    }
  }

  private pathOf(key: string): string {
    return path.join(this.root, key.slice(0, 2), key.slice(2, 4), key);
  }
}

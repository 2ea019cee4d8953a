import type { Readable } from 'node:stream';

/** What a store keeps of a file: its key is its SHA-256, so the same content is stored once. */
export interface StoredFile {
  key: string;
  /** Lower-case hex SHA-256 of the content. */
  sha256: string;
  size: number;
}

/**
 * Where uploaded documents live. Content-addressed: `put` returns a key derived from the content, so a key
 * never points at different bytes. Local disk today; an S3-compatible bucket can implement the same three
 * methods (`PutObject` of a hashed stream, `GetObject` as a stream, `HeadObject`).
 */
export abstract class FileStore {
  /** Stores the content (written completely before it becomes visible) and returns its key. */
  abstract put(content: Readable): Promise<StoredFile>;

  /** The content as a stream; rejects with `FileNotFoundError` when the key is unknown. */
  abstract open(key: string): Promise<Readable>;

  abstract exists(key: string): Promise<boolean>;
}

export class FileNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No stored file with key ${key}`);
    this.name = 'FileNotFoundError';
  }
}

import { randomBytes } from 'node:crypto';
import { link, mkdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Creates a secret file (mode 0600) whole or not at all: written aside, then hard-linked into place, which fails
 * when the file exists. Returns false when another process created it first, e.g. two replicas generating their
 * development keys on one data folder at the same moment: the caller then reads the winner's file.
 */
export async function writeNewSecretFile(file: string, content: string | Buffer): Promise<boolean> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const aside = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(aside, content, { mode: 0o600, flag: 'wx' });
  try {
    await link(aside, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(aside);
  }
}

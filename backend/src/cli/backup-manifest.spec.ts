import { describe, expect, it } from 'vitest';
import { compareWithManifest } from './backup-manifest.js';

const manifest = {
  tables: { 'public.a': { rows: 2, md5: 'x' }, 'public.b': { rows: 0, md5: 'y' } },
  files: [{ path: 'ab/cd/abcd', size: 3, sha256: 'abcd' }],
};

describe('compareWithManifest', () => {
  it('should find nothing to report when every table and file matches', () => {
    expect(compareWithManifest(manifest, structuredClone(manifest))).toEqual([]);
  });

  it('should ignore files restored next to the backup’s own', () => {
    const found = structuredClone(manifest);
    found.files.push({ path: 'ef/01/ef01', size: 1, sha256: 'ef01' });
    expect(compareWithManifest(manifest, found)).toEqual([]);
  });

  it('should name each table and file that differs, is missing or is unexpected', () => {
    expect(
      compareWithManifest(manifest, {
        tables: { 'public.a': { rows: 3, md5: 'x' }, 'public.c': { rows: 1, md5: 'z' } },
        files: [{ path: 'ab/cd/abcd', size: 3, sha256: 'other' }],
      }),
    ).toEqual([
      'table public.a: 3 rows, the backup had 2',
      'table public.b: missing',
      'table public.c: not in the backup',
      'file ab/cd/abcd: content differs',
    ]);
    expect(
      compareWithManifest(manifest, {
        tables: { 'public.a': { rows: 2, md5: 'changed' }, 'public.b': { rows: 0, md5: 'y' } },
        files: [],
      }),
    ).toEqual(['table public.a: checksum differs', 'file ab/cd/abcd: missing']);
  });
});

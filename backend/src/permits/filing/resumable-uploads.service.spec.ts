import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Upload } from '@tus/server';
import { afterEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../common/italian/clock.js';
import type { DraftAttachmentsService } from './draft-attachments.service.js';
import { ResumableUploadsService, UPLOAD_EXPIRY_MS } from './resumable-uploads.service.js';

const folders: string[] = [];

function serviceAt(now: Date) {
  const uploadsDir = mkdtempSync(path.join(os.tmpdir(), 'permit-uploads-'));
  folders.push(uploadsDir);
  const config = { uploadsDir, uploadMaxBytes: 10_485_760 } as ConstructorParameters<
    typeof ResumableUploadsService
  >[0];
  const clock = { now: () => now } as Clock;
  // The sweep never reaches the attachments: nothing is completed here.
  const service = new ResumableUploadsService(config, {} as DraftAttachmentsService, clock);
  const store = (service as unknown as { store: import('@tus/file-store').FileStore }).store;
  return { service, store, uploadsDir };
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('ResumableUploadsService.sweep', () => {
  it('should remove uploads older than 24 hours, finished or not, and keep the younger ones', async () => {
    const now = new Date('2026-12-06T12:00:00Z');
    const { service, store, uploadsDir } = serviceAt(now);
    const at = (ageMs: number) => new Date(now.getTime() - ageMs).toISOString();
    const create = async (id: string, ageMs: number, bytes: number) => {
      await store.create(new Upload({ id, size: 4, offset: 0, creation_date: at(ageMs), metadata: {} }));
      if (bytes > 0) await store.write(Readable.from([Buffer.alloc(bytes)]), id, 0);
    };
    await create('old-partial', UPLOAD_EXPIRY_MS + 1000, 2);
    await create('old-finished', UPLOAD_EXPIRY_MS + 1000, 4);
    await create('young-partial', UPLOAD_EXPIRY_MS - 60_000, 2);

    expect(await service.sweep()).toBe(2);
    expect(readdirSync(uploadsDir).sort()).toEqual(['young-partial', 'young-partial.json']);
    expect((await store.getUpload('young-partial')).offset).toBe(2);
  });
});

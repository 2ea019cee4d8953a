import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { AuthUser } from '../../auth/authorization/roles.js';
import type { DomainError } from '../../common/errors/domain-error.js';
import { appConfig, registryConfig } from '../../config/app.config.js';
import { RegistryErrors } from '../registry-errors.js';
import { readCsvRecords } from './csv-record-reader.js';
import { checkImportHeader } from './import-file-validator.js';
import type { RegistryImportJob } from './registry-import-job.entity.js';
import { RegistryImporter } from './registry-importer.service.js';
import { Utf8Check } from './utf8-check.js';

const ACCEPTED_MEDIA_TYPES = ['text/csv', 'text/plain', 'application/csv', 'application/octet-stream'];
/** The header is read from the first bytes; no real header is longer. */
const HEADER_BYTES = 64 * 1024;

export interface ImportUpload {
  body: Readable;
  contentType: string | undefined;
  contentLength: number | undefined;
  fileName: string | null;
}

interface SpooledFile {
  file: string;
  size: number;
  sha256: string;
  head: Buffer;
}

/**
 * Receives the office's upload: the body is streamed to a spool file under the data folder while it is hashed,
 * measured and checked to be UTF-8, then its header is checked. A file refused at this stage never becomes a
 * job; an accepted one is imported in the background (the caller gets 202 and polls the job).
 */
@Injectable()
export class StartRegistryImport {
  private readonly logger = new Logger(StartRegistryImport.name);
  private readonly spoolDir: string;
  /** With REGISTRY_SOURCE=anpr the registry is ANPR's: a local copy would be read by nobody and go stale. */
  private readonly anprSource: boolean;
  private readonly maxBytes: number;

  constructor(
    private readonly importer: RegistryImporter,
    @Inject(appConfig.KEY) app: ConfigType<typeof appConfig>,
    @Inject(registryConfig.KEY) registry: ConfigType<typeof registryConfig>,
  ) {
    this.spoolDir = path.join(app.dataDir, 'registry-imports');
    this.maxBytes = registry.importMaxBytes;
    this.anprSource = registry.source === 'anpr';
  }

  async start(upload: ImportUpload, user: AuthUser): Promise<RegistryImportJob> {
    if (this.anprSource) throw RegistryErrors.importDisabled();
    const mediaType = (upload.contentType ?? '').split(';')[0].trim().toLowerCase();
    if (!ACCEPTED_MEDIA_TYPES.includes(mediaType)) throw RegistryErrors.importMediaType();
    if (upload.contentLength !== undefined && upload.contentLength > this.maxBytes) {
      throw RegistryErrors.importTooLarge(this.maxBytes);
    }
    const spooled = await this.spool(upload.body);
    try {
      if (spooled.size === 0) throw RegistryErrors.importEmpty();
      await this.checkHeader(spooled.head);
    } catch (error) {
      await rm(spooled.file, { force: true });
      throw error;
    }
    const job = await this.importer.createJob({
      source: 'upload',
      fileName: upload.fileName,
      fileSize: spooled.size,
      fileSha256: spooled.sha256,
      startedBy: user.fiscalCode,
    });
    void this.importer
      .run(job.id, createReadStream(spooled.file), user)
      .catch((error: Error) => this.logger.error(`Registry import ${job.id}: ${error.message}`))
      .finally(() => rm(spooled.file, { force: true }));
    return job;
  }

  /**
   * Writes the body to the spool file. On a refusal the answer goes out at once while the rest of the body is
   * read and discarded: destroying the request would reset the connection before the client reads the answer.
   */
  private async spool(body: Readable): Promise<SpooledFile> {
    await mkdir(this.spoolDir, { recursive: true });
    const file = path.join(this.spoolDir, `${randomUUID()}.csv`);
    const out = createWriteStream(file, { flags: 'wx', mode: 0o600 });
    const hash = createHash('sha256');
    const check = new Utf8Check();
    const headChunks: Buffer[] = [];
    let headBytes = 0;
    let size = 0;
    const outcome: { refusal: DomainError | null } = { refusal: null };
    try {
      await new Promise<void>((resolve, reject) => {
        const refuse = (error: DomainError) => {
          outcome.refusal = error;
          out.destroy();
          resolve();
        };
        body.on('data', (chunk: Buffer) => {
          if (outcome.refusal) return;
          size += chunk.length;
          if (size > this.maxBytes) return refuse(RegistryErrors.importTooLarge(this.maxBytes));
          const problem = check.push(chunk);
          if (problem) return refuse(RegistryErrors.importEncoding(problem));
          hash.update(chunk);
          if (headBytes < HEADER_BYTES) {
            headChunks.push(chunk);
            headBytes += chunk.length;
          }
          if (!out.write(chunk)) {
            body.pause();
            out.once('drain', () => body.resume());
          }
        });
        body.once('end', () => {
          if (outcome.refusal) return;
          const problem = check.end();
          if (problem) return refuse(RegistryErrors.importEncoding(problem));
          out.end(() => resolve());
        });
        body.once('error', reject);
        out.once('error', (error) => {
          if (!outcome.refusal) reject(error);
        });
      });
    } catch (error) {
      out.destroy();
      await rm(file, { force: true });
      throw error;
    }
    if (outcome.refusal) {
      await rm(file, { force: true });
      throw outcome.refusal;
    }
    return { file, size, sha256: hash.digest('hex'), head: Buffer.concat(headChunks) };
  }

  private async checkHeader(head: Buffer): Promise<void> {
    const firstLine = head.subarray(0, head.indexOf(0x0a) === -1 ? head.length : head.indexOf(0x0a));
    for await (const record of readCsvRecords([firstLine])) {
      const problems = checkImportHeader(record.values);
      if (problems.length > 0) throw RegistryErrors.importHeader(problems);
      return;
    }
    throw RegistryErrors.importEmpty();
  }
}

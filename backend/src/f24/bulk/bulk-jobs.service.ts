import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { ZipArchive } from 'archiver';
import { type DataSource, QueryFailedError } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { f24Config } from '../../config/app.config.js';
import { FileStore } from '../../storage/file-store.js';
import { F24Errors } from '../f24-errors.js';
import type { StartBulkJobDto } from '../http/dto/start-bulk-job.dto.js';
import { instalmentName, toDomainInstalment } from '../http/instalment-param.js';
import { ImuRatesService } from '../services/imu-rates.service.js';
import type { BulkJobView } from '../views/f24-views.js';
import { BulkWorker } from './bulk-worker.js';

interface JobRow {
  id: string;
  year: number;
  instalment: 'first' | 'balance' | 'single';
  status: 'running' | 'completed';
  total: number;
  started_by: string;
  created_at: Date;
  finished_at: Date | null;
  done: string;
  failed: string;
  documents: string;
  nothing_due: string;
}

const JOB_WITH_PROGRESS = `
  SELECT j.id, j.year, j.instalment, j.status, j.total, j.started_by, j.created_at, j.finished_at,
         coalesce(sum(cardinality(c.taxpayers)) FILTER (WHERE c.status <> 'pending'), 0) AS done,
         coalesce(sum(c.failed), 0) AS failed,
         coalesce(sum(c.documents), 0) AS documents,
         coalesce(sum(c.nothing_due), 0) AS nothing_due
    FROM f24_bulk_job j
    LEFT JOIN f24_bulk_chunk c ON c.job_id = j.id`;

/** Rows read per query while streaming an archive: bounded memory whatever the number of forms. */
const ARCHIVE_PAGE = 500;

/** Starting bulk generations of precompiled F24s, following their progress, downloading the result. */
@Injectable()
export class BulkJobsService {
  private readonly logger = new Logger(BulkJobsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(f24Config.KEY) private readonly config: ConfigType<typeof f24Config>,
    private readonly rates: ImuRatesService,
    private readonly worker: BulkWorker,
    private readonly files: FileStore,
    private readonly audit: AuditService,
  ) {}

  /**
   * Splits every taxpayer holding a property in the year into chunks, in one transaction; the workers of
   * every replica then take the chunks one by one.
   */
  async start(dto: StartBulkJobDto, actor: AuthUser): Promise<{ id: string }> {
    const instalment = toDomainInstalment(dto.instalment);
    await this.rates.forAssessment(dto.year);
    const id = await this.dataSource
      .transaction(async (manager) => {
        const [job]: { id: string }[] = await manager.query(
          `INSERT INTO f24_bulk_job (year, instalment, total, chunk_size, started_by)
           VALUES ($1, $2, 0, $3, $4) RETURNING id`,
          [dto.year, instalment, this.config.bulkChunkSize, actor.fiscalCode],
        );
        await manager.query(
          `INSERT INTO f24_bulk_chunk (job_id, number, taxpayers)
           SELECT $1, (n - 1) / $2, array_agg(fiscal_code ORDER BY fiscal_code)
             FROM (SELECT fiscal_code, row_number() OVER (ORDER BY fiscal_code) AS n
                     FROM (SELECT DISTINCT owner_fiscal_code AS fiscal_code
                             FROM imu_ownership
                            WHERE valid_from <= $4 AND (valid_to IS NULL OR valid_to >= $3)) owners) numbered
            GROUP BY (n - 1) / $2`,
          [job.id, this.config.bulkChunkSize, `${dto.year}-01-01`, `${dto.year}-12-31`],
        );
        // TypeORM answers an UPDATE with [rows, affected].
        const [[{ total }]]: [{ total: number }[], number] = await manager.query(
          `UPDATE f24_bulk_job
              SET total = (SELECT coalesce(sum(cardinality(taxpayers)), 0) FROM f24_bulk_chunk WHERE job_id = $1)
            WHERE id = $1 RETURNING total`,
          [job.id],
        );
        await this.audit.record(
          {
            actor,
            action: 'f24.bulkJob.start',
            resourceType: 'f24_bulk_job',
            resourceId: job.id,
            purpose: 'Invio degli F24 precompilati IMU ai contribuenti',
            details: { year: dto.year, instalment: dto.instalment, taxpayers: total },
          },
          manager,
        );
        return job.id;
      })
      .catch(async (error: unknown) => {
        if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
          const [running]: { id: string }[] = await this.dataSource.query(
            "SELECT id FROM f24_bulk_job WHERE year = $1 AND instalment = $2 AND status = 'running'",
            [dto.year, instalment],
          );
          throw F24Errors.bulkJobAlreadyRunning(running?.id ?? '');
        }
        throw error;
      });
    this.worker.wake();
    return { id };
  }

  async list(): Promise<BulkJobView[]> {
    const rows: JobRow[] = await this.dataSource.query(
      `${JOB_WITH_PROGRESS} GROUP BY j.id ORDER BY j.created_at DESC LIMIT 50`,
    );
    return rows.map((row) => jobView(row, []));
  }

  async get(id: string): Promise<BulkJobView> {
    const [row]: JobRow[] = await this.dataSource.query(
      `${JOB_WITH_PROGRESS} WHERE j.id = $1 GROUP BY j.id`,
      [id],
    );
    if (!row) throw F24Errors.bulkJobNotFound();
    const failures: { taxpayer_fiscal_code: string; code: string; detail: string }[] =
      await this.dataSource.query(
        `SELECT taxpayer_fiscal_code, code, detail FROM f24_bulk_failure
        WHERE job_id = $1 ORDER BY taxpayer_fiscal_code LIMIT 100`,
        [id],
      );
    return jobView(
      row,
      failures.map((f) => ({ fiscalCode: f.taxpayer_fiscal_code, code: f.code, detail: f.detail })),
    );
  }

  /**
   * The job's PDFs as a zip, streamed: one entry is read from the store only when the previous one has been
   * written out, so a slow download holds neither memory nor file descriptors.
   */
  async archive(id: string, actor: AuthUser): Promise<{ stream: Readable; filename: string }> {
    const job = await this.get(id);
    await this.audit.record({
      actor,
      action: 'f24.bulkJob.archive',
      resourceType: 'f24_bulk_job',
      resourceId: id,
      purpose: 'Invio degli F24 precompilati IMU ai contribuenti',
      details: { documents: job.documents },
    });
    // PDFs are compressed already: stored as they are, the archive costs no CPU.
    const zip = new ZipArchive({ store: true });
    // The HTTP layer destroys the stream when the client goes away: stop reading then.
    const closed = new AbortController();
    zip.once('close', () => closed.abort());
    const fill = async () => {
      let after = '';
      for (;;) {
        const page: { taxpayer_fiscal_code: string; file_key: string }[] = await this.dataSource.query(
          `SELECT taxpayer_fiscal_code, file_key FROM f24_document
            WHERE bulk_job_id = $1 AND taxpayer_fiscal_code > $2
            ORDER BY taxpayer_fiscal_code LIMIT $3`,
          [id, after, ARCHIVE_PAGE],
        );
        for (const document of page) {
          const file = await this.files.open(document.file_key);
          if (closed.signal.aborted) {
            file.destroy();
            return;
          }
          const entry = once(zip, 'entry', { signal: closed.signal });
          zip.append(file, {
            name: `F24-IMU-${job.year}-${job.instalment}-${document.taxpayer_fiscal_code}.pdf`,
          });
          await entry;
        }
        if (page.length < ARCHIVE_PAGE) break;
        after = page[page.length - 1].taxpayer_fiscal_code;
      }
      await zip.finalize();
    };
    fill().catch((error: unknown) => {
      if (closed.signal.aborted) return;
      this.logger.error(`Archive of bulk job ${id} interrupted: ${(error as Error).message}`);
      zip.destroy(error as Error);
    });
    return { stream: zip, filename: `F24-IMU-${job.year}-${job.instalment}.zip` };
  }
}

function jobView(row: JobRow, failures: BulkJobView['failures']): BulkJobView {
  return {
    id: row.id,
    year: row.year,
    instalment: instalmentName(row.instalment),
    status: row.status,
    total: row.total,
    done: Number(row.done),
    failed: Number(row.failed),
    documents: Number(row.documents),
    nothingDue: Number(row.nothing_due),
    startedBy: row.started_by,
    createdAt: row.created_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    archive: `/api/staff/taxes/bulk-jobs/${row.id}/archive.zip`,
    failures,
  };
}

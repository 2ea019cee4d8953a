import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource, type QueryRunner, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { Clock } from '../../common/italian/clock.js';
import { emptyReadingStats, type ReadingStats } from './import-validation.js';
import { type ImportJobSource, RegistryImportJob } from './registry-import-job.entity.js';
import { mergeStagedRows } from './registry-import-merge.js';
import { STAGING_COPY, STAGING_TABLE_DDL } from './staging-row.js';
import { validateInWorker } from './validate-in-worker.js';

/** Imports run one at a time: a second one waits for this transaction-level advisory lock. */
const IMPORT_LOCK_KEY = 4_291_114_002;
const PROGRESS_EVERY_MS = 500;
const HEARTBEAT_EVERY_MS = 15_000;

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

export interface NewImportJob {
  source: ImportJobSource;
  fileName?: string | null;
  fileSize?: number | null;
  fileSha256?: string | null;
  startedBy?: string | null;
}

/**
 * The one import path of the registry, used by the office's upload, the demo seeder and the CLI: the CSV
 * stream is validated row by row while valid rows stream into a staging table with COPY; then, only if no row
 * was refused, a set-based merge writes the registry. Everything happens in one transaction, so a refused file
 * or a failure leaves the registry exactly as it was. The job row, written outside that transaction, shows
 * the progress and ends with the report.
 */
@Injectable()
export class RegistryImporter {
  private readonly logger = new Logger(RegistryImporter.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(RegistryImportJob) private readonly jobs: Repository<RegistryImportJob>,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  createJob(init: NewImportJob): Promise<RegistryImportJob> {
    return this.jobs.save(
      this.jobs.create({
        source: init.source,
        fileName: init.fileName ?? null,
        fileSize: init.fileSize === undefined || init.fileSize === null ? null : String(init.fileSize),
        fileSha256: init.fileSha256 ?? null,
        startedBy: init.startedBy ?? null,
      }),
    );
  }

  /** Runs a job to its end over the file's bytes; the outcome is in the returned (and stored) job, never thrown. */
  async run(
    jobId: string,
    source: AsyncIterable<Buffer | string>,
    actor: Pick<AuthUser, 'fiscalCode' | 'roles'> | null,
  ): Promise<RegistryImportJob> {
    const runner = this.dataSource.createQueryRunner();
    const heartbeat = setInterval(() => {
      void this.jobs.update(jobId, { updatedAt: this.clock.now() }).catch(() => undefined);
    }, HEARTBEAT_EVERY_MS);
    const stats = emptyReadingStats();
    try {
      await runner.connect();
      await runner.startTransaction();
      // The merge of a million rows takes longer than the pool's statement timeout for requests.
      await runner.query('SET LOCAL statement_timeout = 0');
      await runner.query("SET LOCAL work_mem = '64MB'");
      await runner.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK_KEY]);
      await this.jobs.update(jobId, {
        state: 'running',
        phase: 'reading',
        startedAt: this.clock.now(),
        updatedAt: this.clock.now(),
      });
      await runner.query(STAGING_TABLE_DDL);
      const started = performance.now();
      await this.load(runner, jobId, source, stats);
      if (stats.errorCount > 0) {
        await runner.rollbackTransaction();
        return await this.finish(jobId, { state: 'rejected', ...stats });
      }
      this.logger.log(
        `Registry import ${jobId}: ${stats.rowsValid} rows read and staged in ${seconds(started)} s.`,
      );
      await this.jobs.update(jobId, { phase: 'merging', ...this.progressOf(stats) });
      const changes = await mergeStagedRows(runner, (step, milliseconds) =>
        this.logger.log(
          `Registry import ${jobId}: merge step «${step}» took ${Math.round(milliseconds)} ms.`,
        ),
      );
      await this.audit.record(
        {
          actor,
          actorRole: actor ? undefined : 'system',
          action: 'registry.import.completed',
          resourceType: 'registry_import',
          resourceId: jobId,
          details: { rows: stats.rowsValid, changes },
        },
        runner.manager,
      );
      await runner.commitTransaction();
      this.logger.log(`Registry import ${jobId}: completed in ${seconds(started)} s.`);
      return await this.finish(jobId, { state: 'completed', changes, ...stats });
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      this.logger.error(
        `Registry import ${jobId} failed: ${(error as Error).message}`,
        (error as Error).stack,
      );
      return await this.finish(jobId, {
        state: 'failed',
        failure: `Importazione interrotta da un errore imprevisto: ${(error as Error).message}`.slice(0, 500),
        ...stats,
      });
    } finally {
      clearInterval(heartbeat);
      await runner.release();
    }
  }

  /**
   * Reads, validates and stages the file; once a problem is found, rows are still checked but no longer copied.
   * Validation runs on a worker thread (validate-in-worker.ts), so requests keep being served during an import.
   */
  private async load(
    runner: QueryRunner,
    jobId: string,
    source: AsyncIterable<Buffer | string>,
    stats: ReadingStats,
  ): Promise<void> {
    const text = validateInWorker(source, this.clock.today(), stats, this.progressReporter(jobId, stats));
    const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
    await pipeline(Readable.from(text), client.query(copyFrom(STAGING_COPY)));
  }

  /** A throttled progress writer: at most one update in flight, at most every `PROGRESS_EVERY_MS`. */
  private progressReporter(jobId: string, stats: ReadingStats): () => void {
    let last = 0;
    let inFlight = false;
    return () => {
      const now = Date.now();
      if (inFlight || now - last < PROGRESS_EVERY_MS) return;
      last = now;
      inFlight = true;
      this.jobs
        .update(jobId, this.progressOf(stats))
        .catch(() => undefined)
        .finally(() => {
          inFlight = false;
        });
    };
  }

  private progressOf(stats: ReadingStats) {
    return {
      rowsRead: stats.rowsRead,
      rowsValid: stats.rowsValid,
      rowsRejected: stats.rowsRejected,
      errorCount: stats.errorCount,
      updatedAt: this.clock.now(),
    };
  }

  private async finish(
    jobId: string,
    outcome: ReadingStats &
      Pick<RegistryImportJob, 'state'> &
      Partial<Pick<RegistryImportJob, 'changes' | 'failure'>>,
  ): Promise<RegistryImportJob> {
    await this.jobs.update(jobId, {
      state: outcome.state,
      phase: 'done',
      ...this.progressOf(outcome),
      errors: outcome.errors,
      changes: outcome.changes ?? null,
      failure: outcome.failure ?? null,
      finishedAt: this.clock.now(),
    });
    return this.jobs.findOneByOrFail({ id: jobId });
  }

  /** Jobs whose process stopped (no heartbeat for two minutes) are closed as failed, so none stays "running". */
  async failAbandonedJobs(): Promise<number> {
    const result = await this.jobs
      .createQueryBuilder()
      .update()
      .set({
        state: 'failed',
        phase: 'done',
        failure:
          'Importazione interrotta: il servizio si è fermato durante l’elaborazione. Nessun dato è stato modificato.',
        finishedAt: () => 'now()',
      })
      .where("state IN ('queued', 'running') AND updated_at < now() - interval '2 minutes'")
      .execute();
    return result.affected ?? 0;
  }
}

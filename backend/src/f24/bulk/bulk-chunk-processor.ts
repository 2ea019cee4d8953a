import { hostname } from 'node:os';
import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import { FileStore } from '../../storage/file-store.js';
import type { ImuInstalment } from '../domain/imu-f24-lines.js';
import { F24FormService } from '../services/f24-form.service.js';
import { assessHoldings, ImuAssessmentService } from '../services/imu-assessment.service.js';

interface ClaimedChunk {
  job_id: string;
  number: number;
  taxpayers: string[];
  year: number;
  instalment: ImuInstalment;
  created_at: Date;
}

interface GeneratedDocument {
  fiscalCode: string;
  totalCents: number;
  lines: { taxCode: string; amountCents: number }[];
  key: string;
  sha256: string;
  size: number;
}

interface ChunkOutcome {
  documents: GeneratedDocument[];
  nothingDue: string[];
  failures: { fiscalCode: string; code: string; detail: string }[];
}

/** A chunk failing this many times (a bug, not a crash: a crash never counts) stops being retried. */
const MAX_ATTEMPTS = 3;
const RETRY_DELAY_SECONDS = 10;

/** Seen in `pg_stat_activity.application_name` while this process holds a chunk (63 characters at most). */
export const BULK_WORKER_ID = `f24-bulk:${process.pid}:${hostname()}`.slice(0, 63);

/**
 * Generates one chunk of a bulk job. The chunk is claimed with `FOR UPDATE SKIP LOCKED` in the
 * transaction that stores its documents and marks it done, so:
 * - two replicas never work on the same chunk (the second skips the locked row);
 * - a replica that dies mid-chunk loses its connection, PostgreSQL rolls the transaction back and the
 *   chunk is pending again at once, with none of its rows stored: no partial chunk, nothing twice;
 * - documents are unique per (taxpayer, year, instalment), and the PDF bytes depend only on the form
 *   and the job's start time, so a redone chunk writes the same files under the same keys.
 */
@Injectable()
export class BulkChunkProcessor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assessments: ImuAssessmentService,
    private readonly forms: F24FormService,
    private readonly files: FileStore,
  ) {}

  /** Generates the next pending chunk of any running job; false when there is none. */
  async processNext(): Promise<boolean> {
    let claimed: ClaimedChunk | undefined;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const rows: ClaimedChunk[] = await manager.query(
          `SELECT c.job_id, c.number, c.taxpayers, j.year, j.instalment, j.created_at
             FROM f24_bulk_chunk c
             JOIN f24_bulk_job j ON j.id = c.job_id
            WHERE c.status = 'pending' AND c.retry_at <= now()
            ORDER BY j.created_at, c.number
            LIMIT 1
              FOR UPDATE OF c SKIP LOCKED`,
        );
        claimed = rows[0];
        if (!claimed) return false;
        await manager.query("SELECT set_config('application_name', $1, true)", [BULK_WORKER_ID]);
        const outcome = await this.generate(manager, claimed);
        await this.store(manager, claimed, outcome);
        return true;
      });
    } catch (error) {
      if (!claimed) throw error;
      await this.recordFailedAttempt(claimed, error);
      return true;
    }
  }

  /** Marks finished the running jobs with no chunk left; idempotent, any replica may call it. */
  async completeFinishedJobs(): Promise<void> {
    await this.dataSource.query(
      `UPDATE f24_bulk_job j SET status = 'completed', finished_at = now()
        WHERE j.status = 'running'
          AND NOT EXISTS (SELECT 1 FROM f24_bulk_chunk c WHERE c.job_id = j.id AND c.status = 'pending')`,
    );
  }

  private async generate(manager: EntityManager, chunk: ClaimedChunk): Promise<ChunkOutcome> {
    const { holdings, rates } = await this.assessments.loadMany(chunk.taxpayers, chunk.year, manager);
    const contributors = await this.forms.contributors(chunk.taxpayers);
    const outcome: ChunkOutcome = { documents: [], nothingDue: [], failures: [] };
    // All the chunk's forms at once: the renderer's worker threads draw them in parallel.
    const generateOne = async (fiscalCode: string) => {
      try {
        const { assessment } = assessHoldings(
          fiscalCode,
          chunk.year,
          holdings.get(fiscalCode) ?? { properties: [], ownerships: [] },
          rates,
        );
        const lines = this.assessments.f24Lines(assessment, chunk.instalment);
        if (lines.length === 0) {
          outcome.nothingDue.push(fiscalCode);
          return;
        }
        const contributor = contributors.get(fiscalCode);
        if (!contributor) throw taxpayerUnknown();
        const pdf = await this.forms.render(contributor, lines, chunk.created_at);
        const stored = await this.files.put(Readable.from([pdf]));
        outcome.documents.push({
          fiscalCode,
          totalCents: lines.reduce((sum, line) => sum + (line.debit ?? 0), 0),
          lines: lines.map((line) => ({ taxCode: line.taxCode, amountCents: line.debit ?? 0 })),
          key: stored.key,
          sha256: stored.sha256,
          size: stored.size,
        });
      } catch (error) {
        // A taxpayer's bad data fails that taxpayer only; anything else (database, disk) fails the chunk.
        if (!(error instanceof DomainError)) throw error;
        outcome.failures.push({ fiscalCode, code: error.code, detail: error.detail.slice(0, 1_000) });
      }
    };
    await Promise.all(chunk.taxpayers.map(generateOne));
    return outcome;
  }

  private async store(manager: EntityManager, chunk: ClaimedChunk, outcome: ChunkOutcome): Promise<void> {
    const { documents, nothingDue, failures } = outcome;
    if (documents.length > 0) {
      await manager.query(
        `INSERT INTO f24_document (taxpayer_fiscal_code, year, instalment, bulk_job_id, total_cents, lines,
                                   file_key, sha256, size_bytes)
         SELECT d.fiscal_code, $1, $2, $3, d.total_cents, d.lines, d.file_key, d.sha256, d.size_bytes
           FROM unnest($4::varchar[], $5::bigint[], $6::jsonb[], $7::varchar[], $8::varchar[], $9::integer[])
                AS d(fiscal_code, total_cents, lines, file_key, sha256, size_bytes)
         ON CONFLICT (taxpayer_fiscal_code, year, instalment) DO UPDATE
            SET bulk_job_id = EXCLUDED.bulk_job_id, total_cents = EXCLUDED.total_cents, lines = EXCLUDED.lines,
                file_key = EXCLUDED.file_key, sha256 = EXCLUDED.sha256, size_bytes = EXCLUDED.size_bytes,
                generated_at = now()`,
        [
          chunk.year,
          chunk.instalment,
          chunk.job_id,
          documents.map((d) => d.fiscalCode),
          documents.map((d) => d.totalCents),
          documents.map((d) => JSON.stringify(d.lines)),
          documents.map((d) => d.key),
          documents.map((d) => d.sha256),
          documents.map((d) => d.size),
        ],
      );
    }
    if (nothingDue.length > 0) {
      // A form from an earlier run would now ask for money that is not due.
      await manager.query(
        'DELETE FROM f24_document WHERE year = $1 AND instalment = $2 AND taxpayer_fiscal_code = ANY($3)',
        [chunk.year, chunk.instalment, nothingDue],
      );
    }
    if (failures.length > 0) {
      await manager.query(
        `INSERT INTO f24_bulk_failure (job_id, taxpayer_fiscal_code, code, detail)
         SELECT $1, f.fiscal_code, f.code, f.detail
           FROM unnest($2::varchar[], $3::varchar[], $4::varchar[]) AS f(fiscal_code, code, detail)
         ON CONFLICT (job_id, taxpayer_fiscal_code) DO UPDATE SET code = EXCLUDED.code, detail = EXCLUDED.detail`,
        [
          chunk.job_id,
          failures.map((f) => f.fiscalCode),
          failures.map((f) => f.code),
          failures.map((f) => f.detail),
        ],
      );
    }
    await manager.query(
      `UPDATE f24_bulk_chunk
          SET status = 'done', documents = $3, nothing_due = $4, failed = $5, processed_by = $6,
              finished_at = now(), attempts = attempts + 1, last_error = NULL
        WHERE job_id = $1 AND number = $2`,
      [chunk.job_id, chunk.number, documents.length, nothingDue.length, failures.length, BULK_WORKER_ID],
    );
  }

  /** Outside the rolled-back transaction: count the attempt, retry later, give up after MAX_ATTEMPTS. */
  private async recordFailedAttempt(chunk: ClaimedChunk, error: unknown): Promise<void> {
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 1_000);
    await this.dataSource.transaction(async (manager) => {
      const rows: { status: string }[] = await manager.query(
        `UPDATE f24_bulk_chunk
            SET attempts = attempts + 1, last_error = $3, processed_by = $5,
                retry_at = now() + (attempts + 1) * $6 * interval '1 second',
                status = CASE WHEN attempts + 1 >= $4 THEN 'failed' ELSE 'pending' END,
                failed = CASE WHEN attempts + 1 >= $4 THEN cardinality(taxpayers) ELSE 0 END,
                finished_at = CASE WHEN attempts + 1 >= $4 THEN now() END
          WHERE job_id = $1 AND number = $2 AND status = 'pending'
          RETURNING status`,
        [chunk.job_id, chunk.number, reason, MAX_ATTEMPTS, BULK_WORKER_ID, RETRY_DELAY_SECONDS],
      );
      if (rows[0]?.status !== 'failed') return;
      await manager.query(
        `INSERT INTO f24_bulk_failure (job_id, taxpayer_fiscal_code, code, detail)
         SELECT $1, unnest($2::varchar[]), 'BULK_CHUNK_FAILED', $3
         ON CONFLICT (job_id, taxpayer_fiscal_code) DO NOTHING`,
        [
          chunk.job_id,
          chunk.taxpayers,
          `Generazione non riuscita dopo ${MAX_ATTEMPTS} tentativi: segnalare all'assistenza tecnica.`,
        ],
      );
    });
  }
}

function taxpayerUnknown(): DomainError {
  return new DomainError({
    code: 'TAXPAYER_NOT_FOUND',
    status: 422,
    detail:
      "Il contribuente non risulta in anagrafe né tra gli utenti del portale: mancano i dati per compilare l'F24.",
  });
}

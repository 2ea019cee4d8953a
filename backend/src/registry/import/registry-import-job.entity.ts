import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ImportProblem } from './import-file-validator.js';

export type ImportJobSource = 'upload' | 'demo' | 'cli';
export type ImportJobState = 'queued' | 'running' | 'completed' | 'rejected' | 'failed';
export type ImportJobPhase = 'waiting' | 'reading' | 'merging' | 'done';

/** What a completed import changed, table by table. A re-import of the same file reports zeros. */
export interface ImportChanges {
  streetsInserted: number;
  streetsUpdated: number;
  personsInserted: number;
  personsUpdated: number;
  householdsInserted: number;
  householdsUpdated: number;
  membershipsInserted: number;
  membershipsUpdated: number;
  membershipsClosed: number;
  headsChanged: number;
  eventsInserted: number;
  /** Persons already in the portal that the file does not list: kept, reported for the office to check. */
  personsNotInFile: number;
}

/** One import of the registry file, with its progress counters and its report. */
@Entity('registry_import')
export class RegistryImportJob {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 8 })
  source: ImportJobSource;

  @Column({ type: 'varchar', length: 12, default: 'queued' })
  state: ImportJobState;

  @Column({ type: 'varchar', length: 12, default: 'waiting' })
  phase: ImportJobPhase;

  @Column({ name: 'file_name', type: 'varchar', length: 200, nullable: true })
  fileName: string | null;

  @Column({ name: 'file_size', type: 'bigint', nullable: true })
  fileSize: string | null;

  @Column({ name: 'file_sha256', type: 'char', length: 64, nullable: true })
  fileSha256: string | null;

  @Column({ name: 'started_by', type: 'varchar', length: 16, nullable: true })
  startedBy: string | null;

  @Column({ name: 'rows_read', type: 'integer', default: 0 })
  rowsRead: number;

  @Column({ name: 'rows_valid', type: 'integer', default: 0 })
  rowsValid: number;

  @Column({ name: 'rows_rejected', type: 'integer', default: 0 })
  rowsRejected: number;

  /** Every problem found; `errors` keeps the first ones (see `MAX_REPORTED_PROBLEMS`). */
  @Column({ name: 'error_count', type: 'integer', default: 0 })
  errorCount: number;

  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  errors: ImportProblem[];

  @Column({ type: 'jsonb', nullable: true })
  changes: ImportChanges | null;

  /** An unexpected failure (not a problem of the file), for the operator. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  failure: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

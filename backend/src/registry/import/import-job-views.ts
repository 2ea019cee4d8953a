import { ApiProperty } from '@nestjs/swagger';
import type { ImportChanges, RegistryImportJob } from './registry-import-job.entity.js';

export class ImportProblemView {
  @ApiProperty({ description: 'File line (the header is line 1).', example: 12 })
  line: number;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The column, when the problem is about one.',
    example: 'fiscal_code',
  })
  field: string | null;

  @ApiProperty({
    example: 'codice fiscale non valido: il carattere di controllo è «A» ma dovrebbe essere «P»',
  })
  reason: string;
}

export class ImportChangesView implements ImportChanges {
  @ApiProperty() streetsInserted: number;
  @ApiProperty() streetsUpdated: number;
  @ApiProperty() personsInserted: number;
  @ApiProperty() personsUpdated: number;
  @ApiProperty() householdsInserted: number;
  @ApiProperty() householdsUpdated: number;
  @ApiProperty() membershipsInserted: number;
  @ApiProperty() membershipsUpdated: number;
  @ApiProperty({ description: 'Memberships closed because the file places the person elsewhere.' })
  membershipsClosed: number;
  @ApiProperty() headsChanged: number;
  @ApiProperty() eventsInserted: number;
  @ApiProperty({ description: 'Persons in the portal that the file does not list (kept).' })
  personsNotInFile: number;
}

export class ImportJobSummaryView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['upload', 'demo', 'cli'] })
  source: string;

  @ApiProperty({
    enum: ['queued', 'running', 'completed', 'rejected', 'failed'],
    description:
      'rejected: the file has problems (see `errors`), nothing was changed; failed: unexpected error, nothing was changed.',
  })
  state: string;

  @ApiProperty({ enum: ['waiting', 'reading', 'merging', 'done'] })
  phase: string;

  @ApiProperty({ nullable: true, type: String })
  fileName: string | null;

  @ApiProperty({ nullable: true, type: Number })
  fileSize: number | null;

  @ApiProperty({ nullable: true, type: String, description: 'SHA-256 of the uploaded file.' })
  fileSha256: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Codice fiscale of the clerk; null for the system.',
  })
  startedBy: string | null;

  @ApiProperty({ description: 'Data rows read so far.' })
  rowsRead: number;

  @ApiProperty()
  rowsValid: number;

  @ApiProperty({ description: 'Rows with at least one problem.' })
  rowsRejected: number;

  @ApiProperty({ description: 'Problems found (the report lists the first 1000).' })
  errorCount: number;

  @ApiProperty({ type: ImportChangesView, nullable: true })
  changes: ImportChangesView | null;

  @ApiProperty({ nullable: true, type: String })
  failure: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  startedAt: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  finishedAt: string | null;

  @ApiProperty({ format: 'date-time', description: 'Last progress update.' })
  updatedAt: string;
}

export class ImportJobView extends ImportJobSummaryView {
  @ApiProperty({
    type: [ImportProblemView],
    description: 'The report: every problem with line, column and reason.',
  })
  errors: ImportProblemView[];
}

export class ImportJobListView {
  @ApiProperty({ type: [ImportJobSummaryView], description: 'Newest first.' })
  items: ImportJobSummaryView[];
}

export function importJobSummaryView(job: RegistryImportJob): ImportJobSummaryView {
  return {
    id: job.id,
    source: job.source,
    state: job.state,
    phase: job.phase,
    fileName: job.fileName,
    fileSize: job.fileSize === null ? null : Number(job.fileSize),
    fileSha256: job.fileSha256,
    startedBy: job.startedBy,
    rowsRead: job.rowsRead,
    rowsValid: job.rowsValid,
    rowsRejected: job.rowsRejected,
    errorCount: job.errorCount,
    changes: job.changes,
    failure: job.failure,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    updatedAt: job.updatedAt.toISOString(),
  };
}

export function importJobView(job: RegistryImportJob): ImportJobView {
  return { ...importJobSummaryView(job), errors: job.errors };
}

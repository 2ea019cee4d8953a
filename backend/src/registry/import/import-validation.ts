import type { IsoDate } from '../../common/calendar/civil-date.js';
import { readCsvRecords } from './csv-record-reader.js';
import { checkImportHeader, ImportFileValidator, type ImportProblem } from './import-file-validator.js';
import { copyTextLine } from './staging-row.js';

/** The report keeps the first problems; the count covers all of them. */
export const MAX_REPORTED_PROBLEMS = 1000;
const COPY_CHUNK_CHARS = 1 << 16;
/** Once nothing is copied any more (a problem was found), an empty chunk this often carries the counts. */
const ROWS_PER_COUNT = 2_000;

export interface ReadingStats {
  rowsRead: number;
  rowsValid: number;
  rowsRejected: number;
  errorCount: number;
  errors: ImportProblem[];
}

export function emptyReadingStats(): ReadingStats {
  return { rowsRead: 0, rowsValid: 0, rowsRejected: 0, errorCount: 0, errors: [] };
}

/**
 * Reads and validates an import file, yielding the staging table's COPY text of its valid rows in chunks and
 * counting into `stats`; once a problem is found, rows are still checked but no longer copied (empty chunks
 * then mark the progress). Runs on the
 * import's worker thread (import-validation.worker.ts), off the event loop that serves requests.
 */
export async function* validateImportFile(
  source: AsyncIterable<Buffer | string>,
  referenceDate: IsoDate,
  stats: ReadingStats,
): AsyncGenerator<string, void, undefined> {
  const rejectedLines = new Set<number>();
  const report = (problems: readonly ImportProblem[]) => {
    for (const problem of problems) {
      stats.errorCount++;
      rejectedLines.add(problem.line);
      if (stats.errors.length < MAX_REPORTED_PROBLEMS) stats.errors.push(problem);
    }
    stats.rowsRejected = rejectedLines.size;
  };
  let validator: ImportFileValidator | null = null;
  let chunk = '';
  for await (const record of readCsvRecords(source)) {
    if (!validator) {
      const headerProblems = checkImportHeader(record.values);
      if (headerProblems.length > 0) {
        report(headerProblems);
        return;
      }
      validator = new ImportFileValidator(record.values, { referenceDate });
      continue;
    }
    stats.rowsRead++;
    const result = validator.check(record);
    if (result.ok) {
      stats.rowsValid++;
      if (stats.errorCount === 0) {
        chunk += copyTextLine(result.staging);
        if (chunk.length >= COPY_CHUNK_CHARS) {
          yield chunk;
          chunk = '';
        }
      }
    } else {
      report(result.problems);
    }
    if (stats.errorCount > 0 && stats.rowsRead % ROWS_PER_COUNT === 0) yield '';
  }
  if (!validator) {
    report([{ line: 1, field: null, reason: 'il file è vuoto: manca anche l’intestazione' }]);
    return;
  }
  report(validator.finish());
  if (stats.rowsRead === 0) report([{ line: 2, field: null, reason: 'il file non contiene righe di dati' }]);
  if (chunk !== '' && stats.errorCount === 0) yield chunk;
}

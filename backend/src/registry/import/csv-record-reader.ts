import { pipeline, Readable, type TransformCallback } from 'node:stream';
import { type CsvError, type Info, Parser } from 'csv-parse';

export type CsvSeparator = ';' | ',';

/** One record of the file: its values, or the reason it cannot be read. */
export interface CsvRecord {
  /** File line the record starts on (line 1 is the header). */
  line: number;
  values: string[];
  /** Set when the record is malformed (a stray or unterminated quote): `values` is then empty. */
  problem?: string;
}

/** `;` unless the header line has commas and no semicolons (docs/registry-import.md: detected from the header). */
export function detectSeparator(headerLine: string): CsvSeparator {
  return !headerLine.includes(';') && headerLine.includes(',') ? ',' : ';';
}

/** What the office reads for each csv-parse error: the file's fault, said in terms of the file. */
const QUOTE_PROBLEMS: Record<string, string> = {
  INVALID_OPENING_QUOTE:
    'virgolette dentro un valore che non è racchiuso tra virgolette: racchiudere il valore tra virgolette e raddoppiare quelle interne ("detto ""Nino""")',
  CSV_INVALID_CLOSING_QUOTE:
    'dopo le virgolette che chiudono un valore deve venire il separatore o la fine della riga (le virgolette interne vanno raddoppiate)',
  CSV_QUOTE_NOT_CLOSED: 'un valore tra virgolette non è chiuso prima della fine del file',
};

const UTF8_BOM = '\ufeff';

/**
 * Line breaks inside a record's values, and the `\r`s among them: csv-parse's line count (`info.lines`) also
 * counts every `\r` inside a quoted value as a line, where the file has one line per `\n`.
 */
function countBreaks(values: string[]): { newlines: number; carriageReturns: number } {
  let newlines = 0;
  let carriageReturns = 0;
  for (const value of values) {
    if (value.indexOf('\n') === -1 && value.indexOf('\r') === -1) continue;
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      if (code === 10) newlines++;
      else if (code === 13) carriageReturns++;
    }
  }
  return { newlines, carriageReturns };
}

/**
 * The separator of the file, from its first line, and the chunks read to find it (handed on unchanged), so the
 * parser sees the whole file while it is read once.
 */
async function peekSeparator(
  chunks: AsyncIterator<Buffer | string>,
): Promise<{ separator: CsvSeparator; head: (Buffer | string)[] }> {
  const head: (Buffer | string)[] = [];
  let text = '';
  while (true) {
    const next = await chunks.next();
    if (next.done) break;
    head.push(next.value);
    text += typeof next.value === 'string' ? next.value : next.value.toString('utf8');
    if (text.includes('\n')) break;
  }
  const firstLine = text.split('\n', 1)[0].replace(UTF8_BOM, '');
  return { separator: detectSeparator(firstLine), head };
}

async function* replay(
  head: (Buffer | string)[],
  rest: AsyncIterator<Buffer | string>,
): AsyncGenerator<Buffer | string, void, undefined> {
  yield* head;
  while (true) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

/**
 * csv-parse emitting `CsvRecord`s numbered by the line they start on, and malformed records as problems in their
 * place, in batches (one per chunk it is given). The numbering happens as each record is pushed, while
 * `info.lines` is where that record ends: csv-parse's own `info`/`on_record` options would copy its whole info
 * object for every record (a third of the read time), and a stream item per record costs as much again.
 */
class NumberedCsvParser extends Parser {
  /** Where the last good record ended: an unclosed quote is only noticed at the end of the file. */
  private lastRecordEnd = 0;
  private lastRecordEmptyLines = 0;
  private lastProblemLine = 0;
  /** How far csv-parse's line count has run ahead of the file's lines (see countBreaks). */
  private extraLines = 0;
  private batch: CsvRecord[] = [];

  constructor(separator: CsvSeparator) {
    super({
      delimiter: separator,
      bom: true,
      // The validator reports a wrong number of columns with both counts, in Italian.
      relax_column_count: true,
      skip_empty_lines: true,
      // Go on after a malformed record, so one upload reports every bad line.
      skip_records_with_error: true,
      on_skip: (error) => {
        if (error) this.reportProblem(error as CsvError & Info);
        return undefined;
      },
    });
  }

  override _transform(chunk: Buffer, encoding: BufferEncoding, callback: TransformCallback): void {
    super._transform(chunk, encoding, (error?: Error | null) => {
      this.flushBatch();
      callback(error);
    });
  }

  /** csv-parse pushes each record (an array of values) here, and `null` at the end. */
  override push(chunk: unknown, encoding?: BufferEncoding): boolean {
    if (!Array.isArray(chunk)) {
      this.flushBatch();
      return super.push(chunk, encoding);
    }
    const values = chunk as string[];
    const { newlines, carriageReturns } = countBreaks(values);
    this.extraLines += carriageReturns;
    this.lastRecordEnd = this.info.lines - this.extraLines;
    this.lastRecordEmptyLines = this.info.empty_lines;
    this.batch.push({ line: this.lastRecordEnd - newlines, values });
    return true;
  }

  private flushBatch(): void {
    if (this.batch.length === 0) return;
    super.push(this.batch);
    this.batch = [];
  }

  private reportProblem(error: CsvError & Info): void {
    let line = error.lines - this.extraLines;
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
      line = this.lastRecordEnd + 1 + (error.empty_lines - this.lastRecordEmptyLines);
      // Already reported: text after a closing quote had reopened a quote that then ran to the end.
      if (line <= this.lastProblemLine) return;
    }
    // Further errors of a record already reported on this line.
    if (line === this.lastProblemLine) return;
    this.lastProblemLine = line;
    const problem: CsvRecord = {
      line,
      values: [],
      problem: QUOTE_PROBLEMS[error.code] ?? `riga illeggibile (${error.code})`,
    };
    this.batch.push(problem);
  }
}

/**
 * Streams the records of a CSV file (RFC 4180, read by csv-parse): quoted values may hold the separator, doubled
 * quotes and line breaks. A byte-order mark is dropped, `\r\n` and `\n` both end a line, a last line without a
 * line break counts, empty lines are skipped. A malformed record (a quote inside an unquoted value, text after a
 * closing quote, a quote never closed) comes out as a record with a `problem` and its line, never merged into
 * its neighbours' values; the records after it keep coming, so one upload reports every bad line.
 */
export async function* readCsvRecords(
  source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  fixedSeparator?: CsvSeparator,
): AsyncGenerator<CsvRecord, void, undefined> {
  const chunks =
    Symbol.asyncIterator in source
      ? source[Symbol.asyncIterator]()
      : (async function* () {
          yield* source;
        })();
  const { separator, head } = fixedSeparator
    ? { separator: fixedSeparator, head: [] }
    : await peekSeparator(chunks);

  const parser = new NumberedCsvParser(separator);
  pipeline(Readable.from(replay(head, chunks), { objectMode: false }), parser, () => undefined);
  for await (const batch of parser as AsyncIterable<CsvRecord[]>) yield* batch;
}

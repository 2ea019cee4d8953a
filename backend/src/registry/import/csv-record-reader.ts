import type { TransformCallback } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
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

/** A run of lines holding quotes is handed to csv-parse at most this long (a registry value is far shorter). */
const MAX_QUOTED_RUN_CHARS = 1 << 20;

/** The records of a run of lines that holds quotes, numbered from the file line the run starts on. */
async function parseQuotedRun(
  text: string,
  separator: CsvSeparator,
  firstLine: number,
): Promise<CsvRecord[]> {
  const parser = new NumberedCsvParser(separator);
  parser.end(text);
  const records: CsvRecord[] = [];
  for await (const batch of parser as AsyncIterable<CsvRecord[]>) {
    for (const record of batch) records.push({ ...record, line: record.line + firstLine - 1 });
  }
  return records;
}

function countQuotes(text: string): number {
  let count = 0;
  for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at + 1)) count++;
  return count;
}

/**
 * Streams the records of a CSV file (RFC 4180). A byte-order mark is dropped, `\r\n` and `\n` both end a line, a
 * last line without a line break counts, empty lines are skipped.
 *
 * Every line that holds a quote is read by csv-parse, with the lines its quoted values run on to: quoted values
 * may hold the separator, doubled quotes and line breaks, and a malformed record (a quote inside an unquoted
 * value, text after a closing quote, a quote never closed) comes out as a record with a `problem` and its line,
 * never merged into its neighbours' values; the records after it keep coming, so one upload reports every bad
 * line. A line without any quote, nearly every line of a registry export, is exactly its values joined by the
 * separator and is split directly: csv-parse's character loop would make a million-row import seconds slower.
 */
export async function* readCsvRecords(
  source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  fixedSeparator?: CsvSeparator,
): AsyncGenerator<CsvRecord, void, undefined> {
  const decoder = new StringDecoder('utf8');
  let separator: CsvSeparator | undefined = fixedSeparator;
  let pending = '';
  let line = 1;
  let first = true;
  // Lines waiting for csv-parse: from the first line with a quote until its quotes are all closed and a line
  // without quotes follows.
  let run = '';
  let runStart = 0;
  let runQuotes = 0;

  async function* closeRun(): AsyncGenerator<CsvRecord, void, undefined> {
    if (run === '') return;
    const records = await parseQuotedRun(run, separator ?? ';', runStart);
    run = '';
    runQuotes = 0;
    yield* records;
  }

  async function* drain(final: boolean): AsyncGenerator<CsvRecord, void, undefined> {
    let position = 0;
    while (position < pending.length) {
      const newline = pending.indexOf('\n', position);
      if (newline === -1 && !final) break;
      const end = newline === -1 ? pending.length : newline + 1;
      const raw = pending.slice(position, end);
      position = end;
      separator ??= detectSeparator(raw);
      const quotes = countQuotes(raw);
      const runOpen = runQuotes % 2 === 1;
      if (run !== '' && !runOpen && (quotes === 0 || run.length >= MAX_QUOTED_RUN_CHARS)) yield* closeRun();
      if (run !== '' || quotes > 0) {
        if (run === '') runStart = line;
        run += raw;
        runQuotes += quotes;
        // A quote left open this long is a malformed file, not a value: csv-parse says so for this run.
        if (run.length >= MAX_QUOTED_RUN_CHARS && runQuotes % 2 === 1) yield* closeRun();
      } else {
        let content = newline === -1 ? raw : raw.slice(0, -1);
        if (content.endsWith('\r')) content = content.slice(0, -1);
        if (content !== '') yield { line, values: content.split(separator) };
      }
      line++;
    }
    pending = pending.slice(position);
    if (final) yield* closeRun();
  }

  for await (const chunk of source) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    pending += text;
    yield* drain(false);
  }
  pending += decoder.end();
  yield* drain(true);
}

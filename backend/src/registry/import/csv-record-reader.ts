import { StringDecoder } from 'node:string_decoder';

export type CsvSeparator = ';' | ',';

/** One record of the file: its values, or the reason it cannot be read. */
export interface CsvRecord {
  /** File line the record starts on (line 1 is the header). */
  line: number;
  values: string[];
  /** Set when the record is malformed (an unterminated quoted value). */
  problem?: string;
}

/** `;` unless the header line has commas and no semicolons (docs/registry-import.md: detected from the header). */
export function detectSeparator(headerLine: string): CsvSeparator {
  return !headerLine.includes(';') && headerLine.includes(',') ? ',' : ';';
}

interface QuotedRecord {
  values: string[];
  /** Index just after the record's line break (or the end of the text). */
  end: number;
  newlines: number;
}

/**
 * Reads a record with quoted values (RFC 4180) starting at `start`. Returns null when the text ends inside a
 * quoted value and `final` is false: the caller waits for more data.
 */
function readQuotedRecord(
  text: string,
  start: number,
  separator: string,
  final: boolean,
): QuotedRecord | null | 'unterminated' {
  const values: string[] = [];
  let value = '';
  let newlines = 0;
  let i = start;
  let quoted = false;
  let atValueStart = true;
  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          value += '"';
          i += 2;
          continue;
        }
        if (i + 1 === text.length && !final) return null;
        quoted = false;
        i++;
        continue;
      }
      if (char === '\n') newlines++;
      value += char;
      i++;
      continue;
    }
    if (char === '"' && atValueStart) {
      quoted = true;
      atValueStart = false;
      i++;
      continue;
    }
    if (char === separator) {
      values.push(value);
      value = '';
      atValueStart = true;
      i++;
      continue;
    }
    if (char === '\n' || (char === '\r' && text[i + 1] === '\n')) {
      values.push(value);
      const end = char === '\n' ? i + 1 : i + 2;
      return { values, end, newlines: newlines + 1 };
    }
    if (char === '\r' && i + 1 === text.length && !final) return null;
    value += char;
    atValueStart = false;
    i++;
  }
  if (quoted) return final ? 'unterminated' : null;
  if (!final) return null;
  values.push(value);
  return { values, end: text.length, newlines: 0 };
}

/**
 * Streams the records of a CSV file. Lines without quotes (nearly all of a registry export) are split directly;
 * quoted values may hold the separator, doubled quotes and line breaks. A byte-order mark is dropped, `\r\n`
 * and `\n` both end a line, and a last line without a line break counts. Empty lines are skipped.
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

  function* drain(final: boolean): Generator<CsvRecord, void, undefined> {
    let position = 0;
    while (position < pending.length) {
      const newline = pending.indexOf('\n', position);
      if (newline === -1 && !final) break;
      const lineEnd = newline === -1 ? pending.length : newline;
      const raw = pending.slice(position, lineEnd);
      separator ??= detectSeparator(raw);
      if (!raw.includes('"')) {
        const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (content !== '') yield { line, values: content.split(separator) };
        line++;
        position = newline === -1 ? pending.length : newline + 1;
        continue;
      }
      const record = readQuotedRecord(pending, position, separator, final);
      if (record === null) break;
      if (record === 'unterminated') {
        yield {
          line,
          values: [],
          problem: 'un valore tra virgolette non è chiuso prima della fine del file',
        };
        position = pending.length;
        break;
      }
      yield { line, values: record.values };
      line += record.newlines;
      position = record.end;
    }
    pending = pending.slice(position);
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

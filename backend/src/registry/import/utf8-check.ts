import { isUtf8 } from 'node:buffer';

export interface EncodingProblem {
  /** File line (1-based) holding the first offending byte. */
  line: number;
  /** Offset of that byte from the start of the file. */
  byteOffset: number;
  kind: 'invalid_utf8' | 'nul_byte';
}

const NEWLINE = 0x0a;

function countNewlines(bytes: Uint8Array): number {
  let count = 0;
  let position = bytes.indexOf(NEWLINE);
  while (position !== -1) {
    count++;
    position = bytes.indexOf(NEWLINE, position + 1);
  }
  return count;
}

/** Length of the UTF-8 sequence a lead byte opens, or 0 when the byte cannot open one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Bytes at the end of `bytes` that start a sequence the next chunk must complete. */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back];
    if ((byte & 0xc0) !== 0x80) {
      const length = sequenceLength(byte);
      return length > back ? back : 0;
    }
  }
  return 0;
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, surrogates or code points over U+10FFFF). */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    const length = sequenceLength(lead);
    if (length === 0) return i;
    if (length === 1) {
      i++;
      continue;
    }
    const second = bytes[i + 1];
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (second === undefined || second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return -1;
}

/**
 * Checks, chunk by chunk, that a stream is UTF-8 text: the office's spreadsheets often save CSV as Windows-1252
 * (an «è» becomes the lone byte E8) or UTF-16 (full of NUL bytes), and either would load garbled names. Reports
 * the line of the first offending byte so the office can find it.
 */
export class Utf8Check {
  private carry: Uint8Array = new Uint8Array(0);
  private line = 1;
  private offset = 0;

  /** Feeds the next chunk; returns the first problem found, or null. */
  push(chunk: Uint8Array): EncodingProblem | null {
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const complete = bytes.length - incompleteTail(bytes);
    const head = bytes.subarray(0, complete);
    const nul = head.indexOf(0);
    if (nul !== -1) return this.problemAt(head, nul, 'nul_byte');
    if (!isUtf8(head)) return this.problemAt(head, firstInvalidByte(head), 'invalid_utf8');
    this.line += countNewlines(head);
    this.offset += complete;
    this.carry = Uint8Array.from(bytes.subarray(complete));
    return null;
  }

  /** Call at the end of the stream: a sequence cut off by the end of the file is a problem too. */
  end(): EncodingProblem | null {
    if (this.carry.length === 0) return null;
    return { line: this.line, byteOffset: this.offset, kind: 'invalid_utf8' };
  }

  private problemAt(head: Uint8Array, index: number, kind: EncodingProblem['kind']): EncodingProblem {
    return {
      line: this.line + countNewlines(head.subarray(0, index)),
      byteOffset: this.offset + index,
      kind,
    };
  }
}

import { describe, expect, it } from 'vitest';
import { Utf8Check } from './utf8-check.js';

function check(chunks: Uint8Array[]) {
  const checker = new Utf8Check();
  for (const chunk of chunks) {
    const problem = checker.push(chunk);
    if (problem) return problem;
  }
  return checker.end();
}

describe('Utf8Check', () => {
  it('should accept UTF-8 with accents and the euro sign', () => {
    expect(check([Buffer.from('nome;città\nNicolò;Forlì €\n', 'utf8')])).toBeNull();
  });

  it('should accept a multi-byte character split across two chunks', () => {
    const bytes = Buffer.from('riga 1\nè€𝄞\n', 'utf8');
    for (let cut = 7; cut < bytes.length; cut++) {
      expect(check([bytes.subarray(0, cut), bytes.subarray(cut)])).toBeNull();
    }
  });

  it('should refuse a Windows-1252 file and name the line of the first bad byte', () => {
    const latin1 = Buffer.from('intestazione\nRossi;Mario\nNicol\xf2;Bianchi\n', 'latin1');
    expect(check([latin1])).toEqual({ line: 3, byteOffset: 30, kind: 'invalid_utf8' });
  });

  it('should count lines of earlier chunks when the bad byte comes later', () => {
    const first = Buffer.from('a\nb\nc\n', 'utf8');
    const second = Buffer.from('d\xe8\n', 'latin1');
    expect(check([first, second])).toMatchObject({ line: 4, byteOffset: 7 });
  });

  it('should refuse a UTF-16 file', () => {
    const utf16 = Buffer.from('\ufeffnome;cognome\n', 'utf16le');
    expect(check([utf16])?.kind).toBeDefined();
    expect(check([Buffer.from('nome\n', 'utf16le')])).toMatchObject({ kind: 'nul_byte', line: 1 });
  });

  it('should refuse overlong encodings and surrogates', () => {
    expect(check([Buffer.from([0x61, 0xc0, 0xaf])])).toMatchObject({ byteOffset: 1 });
    expect(check([Buffer.from([0x61, 0xed, 0xa0, 0x80])])).toMatchObject({ byteOffset: 1 });
  });

  it('should refuse a file cut in the middle of a character', () => {
    expect(check([Buffer.from([0x61, 0x0a, 0xe2, 0x82])])).toEqual({
      line: 2,
      byteOffset: 2,
      kind: 'invalid_utf8',
    });
  });
});

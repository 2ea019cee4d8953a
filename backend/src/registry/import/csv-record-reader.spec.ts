import { describe, expect, it } from 'vitest';
import { type CsvRecord, detectSeparator, readCsvRecords } from './csv-record-reader.js';

async function read(chunks: (string | Buffer)[], separator?: ';' | ','): Promise<CsvRecord[]> {
  const records: CsvRecord[] = [];
  for await (const record of readCsvRecords(chunks, separator)) records.push(record);
  return records;
}

describe('readCsvRecords', () => {
  it('should split plain lines and number them from the header', async () => {
    expect(await read(['a;b\n1;2\n3;4\n'])).toEqual([
      { line: 1, values: ['a', 'b'] },
      { line: 2, values: ['1', '2'] },
      { line: 3, values: ['3', '4'] },
    ]);
  });

  it('should detect a comma separator from the header', async () => {
    expect((await read(['a,b\r\n1,2\r\n']))[1]).toEqual({ line: 2, values: ['1', '2'] });
    expect(detectSeparator('a;b,c')).toBe(';');
  });

  it('should read quoted values with separators, doubled quotes and line breaks', async () => {
    const records = await read(['a;b\n"x;y";"detto ""Nino"""\n"riga\ndoppia";z\n4;5']);
    expect(records).toEqual([
      { line: 1, values: ['a', 'b'] },
      { line: 2, values: ['x;y', 'detto "Nino"'] },
      { line: 3, values: ['riga\ndoppia', 'z'] },
      { line: 5, values: ['4', '5'] },
    ]);
  });

  it('should join records cut across chunks, including a character split in two', async () => {
    const bytes = Buffer.from('nome;città\nNicolò;"Forlì; centro"\n', 'utf8');
    for (let cut = 1; cut < bytes.length; cut++) {
      const records = await read([bytes.subarray(0, cut), bytes.subarray(cut)]);
      expect(records).toEqual([
        { line: 1, values: ['nome', 'città'] },
        { line: 2, values: ['Nicolò', 'Forlì; centro'] },
      ]);
    }
  });

  it('should drop a byte-order mark and skip empty lines', async () => {
    expect(await read(['\ufeffa;b\n\n1;2\n'])).toEqual([
      { line: 1, values: ['a', 'b'] },
      { line: 3, values: ['1', '2'] },
    ]);
  });

  it('should report a quoted value left open at the end of the file', async () => {
    const records = await read(['a;b\n1;"aperto\n2;3\n']);
    expect(records[1]).toMatchObject({ line: 2, problem: expect.stringContaining('virgolette') });
  });

  it('should report a quote inside an unquoted value on its line and go on reading the next records', async () => {
    const records = await read(['a;b\n1;2\nvia "Roma";3\n4;5\n']);
    expect(records).toEqual([
      { line: 1, values: ['a', 'b'] },
      { line: 2, values: ['1', '2'] },
      { line: 3, values: [], problem: expect.stringContaining('virgolette dentro un valore') },
      { line: 4, values: ['4', '5'] },
    ]);
  });

  it('should report text after a closing quote instead of gluing it to the value', async () => {
    const records = await read(['a;b\n"Forlì"centro;1\n']);
    expect(records[1]).toEqual({
      line: 2,
      values: [],
      problem: expect.stringContaining('dopo le virgolette che chiudono un valore'),
    });
    expect(records.some((record) => record.values.includes('Forlìcentro'))).toBe(false);
  });

  it('should report consecutive malformed lines each on its own line', async () => {
    const records = await read(['a;b\nx"y;1\nz"w;2\n3;4\n']);
    expect(records.map(({ line, problem }) => [line, problem !== undefined])).toEqual([
      [1, false],
      [2, true],
      [3, true],
      [4, false],
    ]);
  });

  it('should place an unclosed quote on the line its record starts, after empty lines too', async () => {
    const records = await read(['a;b\n1;2\n\n\n3;"aperto\n4;5\n']);
    expect(records.at(-1)).toEqual({
      line: 5,
      values: [],
      problem: 'un valore tra virgolette non è chiuso prima della fine del file',
    });
  });

  it('should number the records after quoted line breaks, \\r\\n ones included', async () => {
    const records = await read(['a;b\r\n"uno\r\ndue\r\ntre";x\r\n5;6\r\n']);
    expect(records).toEqual([
      { line: 1, values: ['a', 'b'] },
      { line: 2, values: ['uno\r\ndue\r\ntre', 'x'] },
      { line: 5, values: ['5', '6'] },
    ]);
  });

  it('should detect the comma separator behind a byte-order mark and keep semicolons inside values', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const records = await read([
      Buffer.concat([bom, Buffer.from('nome,note\r\nAnna,"a; b"\r\nLuca,x;y\r\n')]),
    ]);
    expect(records).toEqual([
      { line: 1, values: ['nome', 'note'] },
      { line: 2, values: ['Anna', 'a; b'] },
      { line: 3, values: ['Luca', 'x;y'] },
    ]);
  });

  it('should use a separator given by the caller whatever the header holds', async () => {
    expect(await read(['a,b;c\n1,2;3\n'], ',')).toEqual([
      { line: 1, values: ['a', 'b;c'] },
      { line: 2, values: ['1', '2;3'] },
    ]);
  });

  it('should read a header that arrives in several chunks before its line break', async () => {
    expect(await read(['nome,', 'cognome', '\nAnna,Rossi\n'])).toEqual([
      { line: 1, values: ['nome', 'cognome'] },
      { line: 2, values: ['Anna', 'Rossi'] },
    ]);
  });

  it('should pass on an error of the source', async () => {
    async function* failing() {
      yield 'a;b\n1;2\n';
      throw new Error('upload interrotto');
    }
    await expect(async () => {
      for await (const _record of readCsvRecords(failing())) {
        // drained
      }
    }).rejects.toThrow('upload interrotto');
  });

  it('should read a file whose every value is quoted, line numbers included', async () => {
    const lines = ['"nome";"note"', ...Array.from({ length: 300 }, (_, i) => `"P${i}";"riga ${i + 2}"`)];
    const records = await read([`${lines.join('\r\n')}\r\n`]);
    expect(records).toHaveLength(301);
    expect(records[0]).toEqual({ line: 1, values: ['nome', 'note'] });
    expect(records[300]).toEqual({ line: 301, values: ['P299', 'riga 301'] });
  });

  it('should keep a quoted value open across lines that hold no quote, then split plain lines again', async () => {
    expect(await read(['a;b\n"uno\ndue\n\ntre";x\n5;6\n7;"8"\n9;10\n'])).toEqual([
      { line: 1, values: ['a', 'b'] },
      { line: 2, values: ['uno\ndue\n\ntre', 'x'] },
      { line: 6, values: ['5', '6'] },
      { line: 7, values: ['7', '8'] },
      { line: 8, values: ['9', '10'] },
    ]);
  });
});

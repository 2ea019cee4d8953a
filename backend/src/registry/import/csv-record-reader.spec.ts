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
});

import { describe, expect, it } from 'vitest';
import { generateDemoPopulation } from '../../demo/registry/demo-population.js';
import { IMPORT_COLUMNS } from '../domain/import-columns.js';
import { householdImportRows } from '../domain/import-csv-writer.js';
import { checkImportHeader, ImportFileValidator } from './import-file-validator.js';

const TODAY = '2026-03-01';
const HEADER = [...IMPORT_COLUMNS, 'events', 'record_blocked_reason'];

function demoRows(size: number): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  for (const entry of generateDemoPopulation({ seed: 7, size, referenceDate: TODAY })) {
    rows.push(
      ...householdImportRows(entry).map((row) => ({ ...row, events: '', record_blocked_reason: '' })),
    );
  }
  return rows;
}

function values(row: Record<string, string>): string[] {
  return HEADER.map((column) => row[column] ?? '');
}

function validate(rows: Record<string, string>[]) {
  const validator = new ImportFileValidator(HEADER, { referenceDate: TODAY });
  const results = rows.map((row, index) => validator.check({ line: index + 2, values: values(row) }));
  return { results, finish: validator.finish() };
}

describe('checkImportHeader', () => {
  it('should accept the documented header in any order and ignore unknown columns', () => {
    expect(checkImportHeader([...HEADER].reverse().concat('note_interne'))).toEqual([]);
  });

  it('should name each missing required column and each repeated one', () => {
    const header = HEADER.filter((column) => column !== 'fiscal_code' && column !== 'status').concat('sex');
    expect(checkImportHeader(header)).toEqual([
      { line: 1, field: 'sex', reason: expect.stringContaining('ripetuta') },
      { line: 1, field: 'fiscal_code', reason: expect.stringContaining('obbligatoria') },
      { line: 1, field: 'status', reason: expect.stringContaining('obbligatoria') },
    ]);
  });
});

describe('ImportFileValidator', () => {
  it('should pass every row of a generated population and stage them in COPY order', () => {
    const rows = demoRows(300);
    const { results, finish } = validate(rows);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(finish).toEqual([]);
    const first = results[0];
    expect(first.ok && first.staging[0]).toBe('2');
    expect(first.ok && first.staging[14]).toBe(rows[0].fiscal_code);
  });

  it('should report the line, field and reason of a broken row', () => {
    const rows = demoRows(40);
    rows[3] = { ...rows[3], fiscal_code: `${rows[3].fiscal_code.slice(0, 15)}#`, sex: 'X' };
    const { results } = validate(rows);
    const broken = results[3];
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    expect(broken.problems).toEqual(
      expect.arrayContaining([
        { line: 5, field: 'sex', reason: expect.stringContaining('«X»') },
        { line: 5, field: 'fiscal_code', reason: expect.stringContaining('codice fiscale non valido') },
      ]),
    );
  });

  it('should refuse a row whose column count differs from the header', () => {
    const validator = new ImportFileValidator(HEADER, { referenceDate: TODAY });
    const result = validator.check({ line: 9, values: ['F1', '01'] });
    expect(result).toEqual({
      ok: false,
      problems: [{ line: 9, field: null, reason: expect.stringContaining('2 colonne') }],
    });
  });

  it('should report a codice fiscale that appears twice, on the later line', () => {
    const rows = demoRows(40);
    const duplicate = { ...rows[0], household_code: 'COPIA', relationship_code: '01' };
    const { finish } = validate([...rows, duplicate]);
    expect(finish).toContainEqual({
      line: rows.length + 2,
      field: 'fiscal_code',
      reason: 'codice fiscale già presente alla riga 2',
    });
  });

  it('should refuse a street code that names two different streets', () => {
    const rows = demoRows(60).filter((row) => row.street_code !== '');
    const other = rows.findIndex((row, index) => index > 0 && row.household_code !== rows[0].household_code);
    rows[other] = { ...rows[other], street_code: rows[0].street_code, street_name: 'Inesistente' };
    const sameHousehold = rows.filter((row) => row.household_code === rows[other].household_code);
    for (const row of sameHousehold)
      Object.assign(row, { street_code: rows[0].street_code, street_name: 'Inesistente' });
    const { results } = validate(rows);
    const failed = results.find((result) => !result.ok);
    expect(failed).toMatchObject({ ok: false, problems: [{ field: 'street_name' }] });
  });

  it('should stage stated and implied events once each and refuse an unknown kind or a future date', () => {
    const rows = demoRows(80);
    const deceased = rows.findIndex((row) => row.status === 'deceased');
    expect(deceased).toBeGreaterThanOrEqual(0);
    const row = rows[deceased];
    rows[deceased] = {
      ...row,
      events: `birth@${row.birth_date}@${row.birth_place_code}|death@${row.death_date}`,
    };
    const { results } = validate(rows);
    const staged = results[deceased];
    expect(staged.ok && JSON.parse(staged.staging.at(-1) ?? '[]')).toEqual([
      { kind: 'birth', date: row.birth_date, place: row.birth_place_code, placeName: row.birth_place_name },
      { kind: 'death', date: row.death_date, place: null, placeName: null },
    ]);

    rows[deceased] = { ...row, events: 'baptism@2000-01-01|birth@2099-01-01' };
    const refused = validate(rows).results[deceased];
    expect(refused).toMatchObject({
      ok: false,
      problems: [
        { field: 'events', reason: expect.stringContaining('tipo sconosciuto') },
        { field: 'events', reason: expect.stringContaining('nel futuro') },
      ],
    });
  });

  it('should refuse free text longer than the registry stores', () => {
    const rows = demoRows(20);
    rows[1] = { ...rows[1], birth_place_name: 'x'.repeat(101) };
    const { results } = validate(rows);
    expect(results[1]).toEqual({
      ok: false,
      problems: [
        { line: 3, field: 'birth_place_name', reason: 'testo troppo lungo (massimo 100 caratteri)' },
      ],
    });
  });

  it('should stage the reason of a blocked record', () => {
    const rows = demoRows(20);
    rows[0] = { ...rows[0], record_blocked_reason: 'Verifica della residenza in corso' };
    const { results } = validate(rows);
    expect(results[0].ok && results[0].staging[29]).toBe('Verifica della residenza in corso');
  });
});

import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { generateDemoPopulation } from '../../demo/registry/demo-population.js';
import { IMPORT_COLUMNS } from './import-columns.js';
import { createImportConsistencyChecker } from './import-consistency-checker.js';
import { csvLine, householdImportRows, serializeImportCsv } from './import-csv-writer.js';
import { validateImportRow } from './import-row-validator.js';

const TODAY = '2026-03-01';

function parseCsv(text: string, delimiter: string): Record<string, string>[] {
  return parse(text, { columns: true, delimiter, skip_empty_lines: true }) as Record<string, string>[];
}

describe('import CSV writer', () => {
  it('should quote only the values that contain the separator, quotes or line breaks', () => {
    expect(csvLine(['a', 'b;c', 'say "hi"', 'x,y'], ';')).toBe('a;"b;c";"say ""hi""";x,y');
    expect(csvLine(['a', 'b;c', 'x,y'], ',')).toBe('a,b;c,"x,y"');
  });

  it('should start with the header of all columns', () => {
    const [header] = serializeImportCsv([]);
    expect(header).toBe(`${IMPORT_COLUMNS.join(';')}\n`);
  });

  it('should write one row per member, with the address repeated and history members included', () => {
    const [family, , widow] = generateDemoPopulation({ seed: 42, size: 50, referenceDate: TODAY });
    const familyRows = householdImportRows(family);
    expect(familyRows.map((row) => row.relationship_code)).toEqual(['01', '02', '03', '03']);
    expect(new Set(familyRows.map((row) => `${row.street_code}|${row.civic_number}`)).size).toBe(1);
    const [, lateHusband] = householdImportRows(widow);
    expect(lateHusband).toMatchObject({ status: 'deceased', relationship_code: '02', id_document_kind: '' });
    expect(lateHusband.exit_date).toBe(lateHusband.death_date);
  });

  it('should produce a file that passes the row validator and the consistency checker', () => {
    const text = [...serializeImportCsv(generateDemoPopulation({ seed: 42, referenceDate: TODAY }))].join('');
    const rows = parseCsv(text, ';');
    expect(rows).toHaveLength(7000);
    const checker = createImportConsistencyChecker();
    const rowErrors = rows.flatMap((row, index) => {
      const result = validateImportRow(row, index + 2, { referenceDate: TODAY });
      if (!result.ok) return result.errors;
      checker.add(result.record);
      return [];
    });
    expect(rowErrors).toEqual([]);
    expect(checker.errors()).toEqual([]);
  });

  it('should round-trip the persons through a comma-separated file', () => {
    const households = [...generateDemoPopulation({ seed: 7, size: 500, referenceDate: TODAY })];
    const rows = parseCsv([...serializeImportCsv(households, { separator: ',' })].join(''), ',');
    const persons = households.flatMap((entry) =>
      entry.household.members.map((member) => entry.persons.find((person) => person.id === member.personId)),
    );
    rows.forEach((row, index) => {
      const result = validateImportRow(row, index + 2, { referenceDate: TODAY });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const { id, ...person } = persons[index] ?? { id: '' };
      expect(result.record.personId).toBe(id);
      expect(result.record.person).toEqual(person);
    });
  });
});

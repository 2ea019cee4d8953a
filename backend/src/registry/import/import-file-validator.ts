import type { IsoDate } from '../../common/calendar/civil-date.js';
import { IMPORT_COLUMNS, type ImportRecord } from '../domain/import-columns.js';
import {
  createImportConsistencyChecker,
  type ImportConsistencyChecker,
} from '../domain/import-consistency-checker.js';
import { type ImportPlace, validateImportRow } from '../domain/import-row-validator.js';
import { findPlaceByCode } from '../domain/places.js';
import type { CsvRecord } from './csv-record-reader.js';
import { EXTENSION_COLUMNS, readExtensionColumns } from './import-extension-columns.js';
import { stagingValues } from './staging-row.js';

/** One problem of an import file, as the office reads it in the report. */
export interface ImportProblem {
  /** File line (the header is line 1). */
  line: number;
  /** The column, when the problem is about one. */
  field: string | null;
  reason: string;
}

/** Columns without which no row can be valid: a file missing one is refused before reading its rows. */
export const REQUIRED_COLUMNS = [
  'household_code',
  'relationship_code',
  'entry_date',
  'fiscal_code',
  'family_name',
  'given_name',
  'sex',
  'birth_date',
  'birth_place_code',
  'citizenship',
  'marital_status',
  'status',
] as const;

/** Free-text columns the row validator accepts at any length: the registry stores them with these limits. */
const TEXT_LIMITS: readonly (readonly [string, number])[] = [
  ['birth_place_name', 100],
  ['abroad_locality', 100],
  ['abroad_address', 200],
];

const KNOWN_COLUMNS = new Set<string>([...IMPORT_COLUMNS, ...EXTENSION_COLUMNS]);

/** Checks the header line: required columns present, none repeated. Unknown columns are ignored. */
export function checkImportHeader(values: readonly string[]): ImportProblem[] {
  const names = values.map((value) => value.trim().toLowerCase());
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name) && KNOWN_COLUMNS.has(name)) {
      problems.push({ line: 1, field: name, reason: 'colonna ripetuta nell’intestazione' });
    }
    seen.add(name);
  }
  for (const required of REQUIRED_COLUMNS) {
    if (!seen.has(required)) {
      problems.push({ line: 1, field: required, reason: 'colonna obbligatoria assente dall’intestazione' });
    }
  }
  return problems;
}

export interface ImportFileContext {
  /** "Today": no date of the file may follow it. */
  referenceDate: IsoDate;
  findPlace?: (code: string) => ImportPlace | undefined;
}

export type RecordCheck = { ok: true; staging: (string | null)[] } | { ok: false; problems: ImportProblem[] };

/**
 * Validates an import file record by record, in file order: the row validator of the domain, the portal's
 * extension columns, then the checks across rows (the domain's consistency checker, and one street code
 * naming one street). Keeps only codes and per-household summaries, so a million rows fit in memory.
 */
export class ImportFileValidator {
  private readonly columns: string[];
  private readonly consistency: ImportConsistencyChecker = createImportConsistencyChecker();
  private readonly streets = new Map<string, { name: string; line: number }>();
  private readonly findPlace: (code: string) => ImportPlace | undefined;

  constructor(
    header: readonly string[],
    private readonly context: ImportFileContext,
  ) {
    this.columns = header.map((value) => value.trim().toLowerCase());
    this.findPlace = context.findPlace ?? findPlaceByCode;
  }

  check(record: CsvRecord): RecordCheck {
    const { line } = record;
    if (record.problem) return { ok: false, problems: [{ line, field: null, reason: record.problem }] };
    if (record.values.length !== this.columns.length) {
      return {
        ok: false,
        problems: [
          {
            line,
            field: null,
            reason: `la riga ha ${record.values.length} colonne, l’intestazione ${this.columns.length}`,
          },
        ],
      };
    }
    const row: Record<string, string> = {};
    for (let i = 0; i < this.columns.length; i++) row[this.columns[i]] = record.values[i];
    const tooLong = TEXT_LIMITS.flatMap(([field, max]) =>
      (row[field] ?? '').trim().length > max
        ? [{ line, field, reason: `testo troppo lungo (massimo ${max} caratteri)` }]
        : [],
    );
    if (tooLong.length > 0) return { ok: false, problems: tooLong };
    const result = validateImportRow(row, line, {
      referenceDate: this.context.referenceDate,
      findPlace: this.findPlace,
    });
    if (!result.ok) return { ok: false, problems: result.errors };
    const extension = readExtensionColumns(row, result.record, this.context.referenceDate, this.findPlace);
    if (!extension.ok) {
      return { ok: false, problems: extension.problems.map((problem) => ({ line, ...problem })) };
    }
    const streetProblem = this.checkStreet(result.record);
    if (streetProblem) return { ok: false, problems: [streetProblem] };
    this.consistency.add(result.record);
    return { ok: true, staging: stagingValues(result.record, extension.values) };
  }

  /** Problems across rows; call once, after the last record. */
  finish(): ImportProblem[] {
    return this.consistency.errors();
  }

  private checkStreet(record: ImportRecord): ImportProblem | null {
    const { address } = record;
    if (address.kind !== 'street') return null;
    const name = `${address.toponym} ${address.streetName}`;
    const known = this.streets.get(address.streetCode);
    if (!known) {
      this.streets.set(address.streetCode, { name, line: record.line });
      return null;
    }
    if (known.name === name) return null;
    return {
      line: record.line,
      field: 'street_name',
      reason: `il codice via ${address.streetCode} indica «${known.name}» alla riga ${known.line}, qui «${name}»`,
    };
  }
}

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isIsoDate } from '../pdnd/sandbox-support.js';

/**
 * One person's row, with the column names of the portal's registry import file (docs/registry-import.md), so the
 * start script can write the demo population with the backend's own `householdImportRows()` and
 * `JSON.stringify`. Empty strings mean "absent". `id_anpr` is optional: without it one is derived from the
 * codice fiscale.
 */
export interface AnprPersonRecord {
  household_code: string;
  relationship_code: string;
  entry_date: string;
  exit_date?: string;
  street_code?: string;
  street_toponym?: string;
  street_name?: string;
  civic_number?: string;
  internal?: string;
  abroad_country_code?: string;
  abroad_locality?: string;
  abroad_address?: string;
  fiscal_code: string;
  family_name: string;
  given_name: string;
  sex: string;
  birth_date: string;
  birth_place_code: string;
  birth_place_name?: string;
  citizenship?: string;
  marital_status?: string;
  /** `resident`, `aire`, `deceased` or `emigrated`. */
  status: string;
  death_date?: string;
  id_anpr?: string;
}

export class PopulationError extends Error {}

const FISCAL_CODE = /^[A-Z0-9]{16}$/;
const STATUSES = new Set(['resident', 'aire', 'deceased', 'emigrated']);

/** Checks the fields the e-services answer from; the rest of the import row is carried along unchecked. */
export function parsePersonRecord(value: unknown, where: string): AnprPersonRecord {
  if (typeof value !== 'object' || value === null) throw new PopulationError(`${where}: not an object`);
  const record = Object.fromEntries(
    Object.entries(value).map(([key, cell]) => [
      key,
      cell === null || cell === undefined ? '' : String(cell).trim(),
    ]),
  ) as unknown as AnprPersonRecord;
  record.fiscal_code = (record.fiscal_code ?? '').toUpperCase().replaceAll(' ', '');
  const problems = [
    FISCAL_CODE.test(record.fiscal_code) ? '' : 'fiscal_code',
    record.family_name ? '' : 'family_name',
    record.given_name ? '' : 'given_name',
    record.sex === 'M' || record.sex === 'F' ? '' : 'sex',
    isIsoDate(record.birth_date ?? '') ? '' : 'birth_date',
    record.household_code ? '' : 'household_code',
    STATUSES.has(record.status) ? '' : 'status',
  ].filter(Boolean);
  if (problems.length > 0) throw new PopulationError(`${where}: invalid ${problems.join(', ')}`);
  record.relationship_code ||= '1';
  record.entry_date ||= record.birth_date;
  return record;
}

/** A stable national identifier in ANPR's shape (2 letters, 5 digits, 2 letters), derived from the codice fiscale. */
export function derivedIdAnpr(fiscalCode: string): string {
  const bytes = createHash('sha256').update(fiscalCode).digest();
  const letter = (index: number) => String.fromCharCode(65 + ((bytes[index] ?? 0) % 26));
  const digits = String(bytes.readUInt32BE(4) % 100_000).padStart(5, '0');
  return `${letter(0)}${letter(1)}${digits}${letter(2)}${letter(3)}`;
}

/**
 * The sandbox's copy of ANPR: the persons of a JSON file (an array of import rows) plus those added over HTTP.
 * A person's current row is the one without `exit_date`; the household is the current rows with its code.
 */
export class AnprPopulation {
  private fromFile: AnprPersonRecord[] = [];
  private added: AnprPersonRecord[] = [];
  private byFiscalCode = new Map<string, AnprPersonRecord>();
  private byIdAnpr = new Map<string, AnprPersonRecord>();

  constructor(private readonly file?: string) {
    this.reload();
  }

  /** Re-reads the file and forgets the persons added over HTTP. */
  reload(): void {
    this.fromFile = this.file ? readPopulationFile(this.file) : [];
    this.added = [];
    this.index();
  }

  add(records: AnprPersonRecord[]): void {
    this.added.push(...records);
    this.index();
  }

  get size(): number {
    return this.byFiscalCode.size;
  }

  findByFiscalCode(fiscalCode: string): AnprPersonRecord | undefined {
    return this.byFiscalCode.get(fiscalCode.trim().toUpperCase());
  }

  findByIdAnpr(idAnpr: string): AnprPersonRecord | undefined {
    return this.byIdAnpr.get(idAnpr.trim().toUpperCase());
  }

  findByNameAndBirth(familyName: string, givenName: string, birthDate: string): AnprPersonRecord[] {
    const same = (left: string, right: string) =>
      left.localeCompare(right, 'it', { sensitivity: 'base' }) === 0;
    return [...this.byFiscalCode.values()].filter(
      (person) =>
        same(person.family_name, familyName) &&
        same(person.given_name, givenName) &&
        person.birth_date === birthDate,
    );
  }

  idAnpr(person: AnprPersonRecord): string {
    return person.id_anpr || derivedIdAnpr(person.fiscal_code);
  }

  household(person: AnprPersonRecord): AnprPersonRecord[] {
    return [...this.byFiscalCode.values()]
      .filter((member) => member.household_code === person.household_code && !member.exit_date)
      .sort((left, right) => Number(left.relationship_code) - Number(right.relationship_code));
  }

  private index(): void {
    this.byFiscalCode = new Map();
    for (const record of [...this.fromFile, ...this.added]) {
      const known = this.byFiscalCode.get(record.fiscal_code);
      // A current row (no exit date) wins over history rows; later rows win over earlier ones.
      if (!known || !record.exit_date || known.exit_date) this.byFiscalCode.set(record.fiscal_code, record);
    }
    this.byIdAnpr = new Map([...this.byFiscalCode.values()].map((person) => [this.idAnpr(person), person]));
  }
}

function readPopulationFile(file: string): AnprPersonRecord[] {
  const rows: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(rows)) throw new PopulationError(`${file}: expected a JSON array of persons`);
  return rows.map((row, index) => parsePersonRecord(row, `${file}[${index}]`));
}

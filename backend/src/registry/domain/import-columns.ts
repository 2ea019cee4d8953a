import type { IsoDate } from '../../common/calendar/civil-date.js';
import type { Address, Person } from './registry-types.js';

/**
 * Columns of the registry import file, in the order the writer emits them. One row per person; the household
 * and address columns repeat on every member's row. See docs/registry-import.md.
 */
export const IMPORT_COLUMNS = [
  'household_code',
  'relationship_code',
  'entry_date',
  'exit_date',
  'street_code',
  'street_toponym',
  'street_name',
  'civic_number',
  'internal',
  'abroad_country_code',
  'abroad_locality',
  'abroad_address',
  'person_id',
  'fiscal_code',
  'family_name',
  'given_name',
  'sex',
  'birth_date',
  'birth_place_code',
  'birth_place_name',
  'citizenship',
  'marital_status',
  'status',
  'death_date',
  'id_document_kind',
  'id_document_number',
  'id_document_issued_on',
  'id_document_expires_on',
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** A validated, normalized row: what the importer writes to the database. */
export interface ImportRecord {
  /** Line of the file the row came from (the header is line 1). */
  line: number;
  householdCode: string;
  relationshipCode: string;
  entryDate: IsoDate;
  exitDate: IsoDate | null;
  address: Address;
  /** The file's own person identifier, when it has one; otherwise the importer assigns one. */
  personId: string | null;
  person: Omit<Person, 'id'>;
}

/** One problem in the file, reported to the office in Italian. `field` is the column name. */
export interface ImportError {
  line: number;
  field: ImportColumn;
  reason: string;
}

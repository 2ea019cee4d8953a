import type { ImportRecord } from '../domain/import-columns.js';
import type { ExtensionValues } from './import-extension-columns.js';

/**
 * Columns of the import's staging table, in COPY order, typed like the registry columns they feed. The table is
 * created inside the import transaction (`ON COMMIT DROP`), so a failed import leaves nothing behind.
 */
export const STAGING_TABLE_DDL = `
  CREATE TEMPORARY TABLE registry_import_row (
    line integer NOT NULL,
    household_code varchar(30) NOT NULL,
    relationship_code char(2) NOT NULL,
    entry_date date NOT NULL,
    exit_date date,
    street_code varchar(20),
    street_toponym varchar(30),
    street_name varchar(100),
    civic_number varchar(12),
    internal varchar(10),
    abroad_country_code char(4),
    abroad_locality varchar(100),
    abroad_address varchar(200),
    source_person_id varchar(40),
    fiscal_code varchar(16) NOT NULL,
    family_name varchar(80) NOT NULL,
    given_name varchar(80) NOT NULL,
    sex char(1) NOT NULL,
    birth_date date NOT NULL,
    birth_place_code char(4) NOT NULL,
    birth_place_name varchar(100) NOT NULL,
    citizenship char(2) NOT NULL,
    marital_status varchar(24) NOT NULL,
    status varchar(12) NOT NULL,
    death_date date,
    id_document_kind varchar(8),
    id_document_number varchar(16),
    id_document_issued_on date,
    id_document_expires_on date,
    record_blocked_reason varchar(256),
    events jsonb
  ) ON COMMIT DROP`;

export const STAGING_COPY = 'COPY registry_import_row FROM STDIN';

/** The staging values of one valid row, in the column order of `STAGING_TABLE_DDL`. */
export function stagingValues(record: ImportRecord, extension: ExtensionValues): (string | null)[] {
  const { address, person } = record;
  const street = address.kind === 'street' ? address : null;
  const abroad = address.kind === 'abroad' ? address : null;
  const document = person.identityDocument;
  return [
    String(record.line),
    record.householdCode,
    record.relationshipCode,
    record.entryDate,
    record.exitDate,
    street?.streetCode ?? null,
    street?.toponym ?? null,
    street?.streetName ?? null,
    street?.civicNumber ?? null,
    street?.internal ?? null,
    abroad?.countryCode ?? null,
    abroad?.locality ?? null,
    abroad?.addressLine ? abroad.addressLine : null,
    record.personId,
    person.fiscalCode,
    person.familyName,
    person.givenName,
    person.sex,
    person.birthDate,
    person.birthPlaceCode,
    person.birthPlaceName,
    person.citizenship,
    person.maritalStatus,
    person.status,
    person.deathDate ?? null,
    document?.kind ?? null,
    document?.number ?? null,
    document?.issuedOn ?? null,
    document?.expiresOn ?? null,
    extension.blockedReason,
    extension.events.length > 0 ? JSON.stringify(extension.events) : null,
  ];
}

const SPECIAL = /[\\\t\n\r]/;

function escapeCopyText(value: string): string {
  if (!SPECIAL.test(value)) return value;
  return value.replace(/[\\\t\n\r]/g, (char) =>
    char === '\\' ? '\\\\' : char === '\t' ? '\\t' : char === '\n' ? '\\n' : '\\r',
  );
}

/** One line of PostgreSQL's COPY text format: tab-separated, `\N` for null, backslash escapes. */
export function copyTextLine(values: readonly (string | null)[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i > 0) line += '\t';
    line += value === null ? '\\N' : escapeCopyText(value);
  }
  return `${line}\n`;
}

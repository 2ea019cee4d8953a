import { IMPORT_COLUMNS, type ImportColumn } from './import-columns.js';
import type { Household, Person } from './registry-types.js';

export type CsvSeparator = ';' | ',';

export interface ImportCsvOptions {
  /** `;` (the default) opens directly in Italian spreadsheets; `,` is plain RFC 4180. */
  separator?: CsvSeparator;
}

export interface HouseholdWithPersons {
  household: Household;
  persons: readonly Person[];
}

/** The import columns of every member of a household, in member order. */
export function householdImportRows(entry: HouseholdWithPersons): Record<ImportColumn, string>[] {
  const { household } = entry;
  const byId = new Map(entry.persons.map((person) => [person.id, person]));
  const address = household.address;
  return household.members.map((member) => {
    const person = byId.get(member.personId);
    if (!person) throw new Error(`Household ${household.code} lists ${member.personId} without the person`);
    const document = person.identityDocument;
    return {
      household_code: household.code,
      relationship_code: member.relationshipCode,
      entry_date: member.entryDate,
      exit_date: member.exitDate ?? '',
      street_code: address.kind === 'street' ? address.streetCode : '',
      street_toponym: address.kind === 'street' ? address.toponym : '',
      street_name: address.kind === 'street' ? address.streetName : '',
      civic_number: address.kind === 'street' ? address.civicNumber : '',
      internal: address.kind === 'street' ? (address.internal ?? '') : '',
      abroad_country_code: address.kind === 'abroad' ? address.countryCode : '',
      abroad_locality: address.kind === 'abroad' ? address.locality : '',
      abroad_address: address.kind === 'abroad' ? address.addressLine : '',
      person_id: person.id,
      fiscal_code: person.fiscalCode,
      family_name: person.familyName,
      given_name: person.givenName,
      sex: person.sex,
      birth_date: person.birthDate,
      birth_place_code: person.birthPlaceCode,
      birth_place_name: person.birthPlaceName,
      citizenship: person.citizenship,
      marital_status: person.maritalStatus,
      status: person.status,
      death_date: person.deathDate ?? '',
      id_document_kind: document?.kind ?? '',
      id_document_number: document?.number ?? '',
      id_document_issued_on: document?.issuedOn ?? '',
      id_document_expires_on: document?.expiresOn ?? '',
    };
  });
}

/** One CSV line (without the line break), quoting only the values that need it. */
export function csvLine(values: readonly string[], separator: CsvSeparator): string {
  return values
    .map((value) =>
      value.includes(separator) || value.includes('"') || value.includes('\n') || value.includes('\r')
        ? `"${value.replaceAll('"', '""')}"`
        : value,
    )
    .join(separator);
}

/**
 * Writes households (for example the demo generator's output) as an import file, one chunk per line: pass it to
 * `Readable.from()` to stream a file of any size. UTF-8, header first, `\n` line ends.
 */
export function* serializeImportCsv(
  households: Iterable<HouseholdWithPersons>,
  options: ImportCsvOptions = {},
): Generator<string, void, undefined> {
  const separator = options.separator ?? ';';
  yield `${csvLine(IMPORT_COLUMNS, separator)}\n`;
  for (const entry of households) {
    for (const row of householdImportRows(entry)) {
      yield `${csvLine(
        IMPORT_COLUMNS.map((column) => row[column]),
        separator,
      )}\n`;
    }
  }
}

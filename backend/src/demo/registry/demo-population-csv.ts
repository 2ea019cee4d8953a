import { addDays, type IsoDate } from '../../common/calendar/civil-date.js';
import { IMPORT_COLUMNS } from '../../registry/domain/import-columns.js';
import { csvLine, householdImportRows } from '../../registry/domain/import-csv-writer.js';
import type { IdentityDocument } from '../../registry/domain/registry-types.js';
import { formatEventsColumn } from '../../registry/import/import-extension-columns.js';
import type { DemoHousehold } from './demo-population.js';

const COLUMNS = [...IMPORT_COLUMNS, 'events'] as const;
const SEPARATOR = ';';

export interface DemoCsvOptions {
  /** Documents to replace, by codice fiscale: the time-sensitive facts shifted to the seeding day. */
  documentOverrides?: ReadonlyMap<string, IdentityDocument>;
}

/**
 * The demo population as an import file (docs/registry-import.md) with the portal's `events` column, one line
 * per chunk: streamed into the importer, so the demo goes through the same path as the office's uploads.
 */
export function* demoPopulationCsv(
  households: Iterable<DemoHousehold>,
  options: DemoCsvOptions = {},
): Generator<string, void, undefined> {
  yield `${csvLine(COLUMNS, SEPARATOR)}\n`;
  for (const entry of households) {
    const persons = entry.persons.map((person) => {
      const document = options.documentOverrides?.get(person.fiscalCode);
      return document ? { ...person, identityDocument: document } : person;
    });
    const rows = householdImportRows({ household: entry.household, persons });
    for (const row of rows) {
      const events = entry.events.filter((event) => event.personId === row.person_id);
      const cells = IMPORT_COLUMNS.map((column) => row[column]);
      cells.push(
        formatEventsColumn(
          events.map((event) => ({
            kind: event.kind,
            date: event.date,
            place:
              event.details.placeCode ??
              event.details.fromPlaceCode ??
              event.details.toPlaceCode ??
              event.details.countryCode ??
              null,
          })),
        ),
      );
      yield `${csvLine(cells, SEPARATOR)}\n`;
    }
  }
}

/** The card of the "expiring" identity, moved so that it expires `days` after the seeding day. */
export function shiftedExpiringCard(card: IdentityDocument, today: IsoDate, days: number): IdentityDocument {
  return { ...card, expiresOn: addDays(today, days) };
}

import { type IsoDate, normalizeDateInput } from '../../common/calendar/civil-date.js';
import type { ImportRecord } from '../domain/import-columns.js';
import type { ImportPlace } from '../domain/import-row-validator.js';
import { REGISTRY_EVENT_KINDS, type RegistryEventKind } from '../domain/registry-types.js';

/**
 * Optional columns this portal adds to the import format (docs/registry-import.md, "Portal extensions"):
 * the registry history of each person and the "record blocked" flag of incomplete records or open procedures.
 */
export const EXTENSION_COLUMNS = ['events', 'record_blocked_reason'] as const;
export type ExtensionColumn = (typeof EXTENSION_COLUMNS)[number];

export interface StagedEvent {
  kind: RegistryEventKind;
  date: IsoDate;
  /** Belfiore code of the place the event names (birth place, comune left or reached, state of AIRE). */
  place: string | null;
  placeName: string | null;
}

export interface ExtensionProblem {
  field: ExtensionColumn;
  reason: string;
}

export interface ExtensionValues {
  events: StagedEvent[];
  blockedReason: string | null;
}

const ENTRY_SEPARATOR = '|';
const PART_SEPARATOR = '@';
const MAX_BLOCKED_REASON = 256;

function isEventKind(kind: string): kind is RegistryEventKind {
  return (REGISTRY_EVENT_KINDS as readonly string[]).includes(kind);
}

function readEvents(
  text: string,
  record: ImportRecord,
  referenceDate: IsoDate,
  findPlace: (code: string) => ImportPlace | undefined,
  problems: ExtensionProblem[],
): StagedEvent[] {
  const events: StagedEvent[] = [];
  for (const entry of text.split(ENTRY_SEPARATOR)) {
    const trimmed = entry.trim();
    if (trimmed === '') continue;
    const [kindText = '', dateText = '', placeText, ...extra] = trimmed
      .split(PART_SEPARATOR)
      .map((part) => part.trim());
    const fail = (reason: string) =>
      problems.push({ field: 'events', reason: `evento «${trimmed}»: ${reason}` });
    if (extra.length > 0) {
      fail('formato non valido (tipo@data oppure tipo@data@luogo)');
      continue;
    }
    const kind = kindText.toLowerCase();
    if (!isEventKind(kind)) {
      fail(`tipo sconosciuto (ammessi: ${REGISTRY_EVENT_KINDS.join(', ')})`);
      continue;
    }
    const date = normalizeDateInput(dateText);
    if (!date) {
      fail('data non valida (AAAA-MM-GG oppure GG/MM/AAAA)');
      continue;
    }
    if (date > referenceDate) {
      fail(`la data ${date} è nel futuro`);
      continue;
    }
    if (date < record.person.birthDate) {
      fail('la data precede la nascita');
      continue;
    }
    let place: string | null = null;
    let placeName: string | null = null;
    if (placeText !== undefined && placeText !== '') {
      const code = placeText.toUpperCase();
      const found = findPlace(code);
      if (!found) {
        fail(`codice catastale «${code}» sconosciuto`);
        continue;
      }
      place = code;
      placeName = found.name;
    }
    if (kind === 'death' && date !== record.person.deathDate) {
      fail(`la data non coincide con death_date (${record.person.deathDate ?? 'vuota'})`);
      continue;
    }
    events.push({ kind, date, place, placeName });
  }
  return events;
}

/** Facts every row already states as history: the death and the emigration (leaving the household). */
function impliedEvents(record: ImportRecord): StagedEvent[] {
  const { person, exitDate } = record;
  if (person.status === 'deceased' && person.deathDate) {
    return [{ kind: 'death', date: person.deathDate, place: null, placeName: null }];
  }
  if (person.status === 'emigrated' && exitDate) {
    return [{ kind: 'emigration', date: exitDate, place: null, placeName: null }];
  }
  return [];
}

/** One event per kind and date: a stated event wins over the implied one (it may name a place). */
function unique(events: StagedEvent[]): StagedEvent[] {
  const byKey = new Map<string, StagedEvent>();
  for (const event of events) {
    const key = `${event.kind}|${event.date}`;
    if (!byKey.has(key)) byKey.set(key, event);
  }
  return [...byKey.values()];
}

/** Reads the extension columns of a row whose standard columns are already valid. */
export function readExtensionColumns(
  row: Readonly<Record<string, string>>,
  record: ImportRecord,
  referenceDate: IsoDate,
  findPlace: (code: string) => ImportPlace | undefined,
): { ok: true; values: ExtensionValues } | { ok: false; problems: ExtensionProblem[] } {
  const problems: ExtensionProblem[] = [];
  const stated = readEvents(row.events ?? '', record, referenceDate, findPlace, problems);
  const blockedText = (row.record_blocked_reason ?? '').trim();
  if (blockedText.length > MAX_BLOCKED_REASON) {
    problems.push({
      field: 'record_blocked_reason',
      reason: `motivo troppo lungo (massimo ${MAX_BLOCKED_REASON} caratteri)`,
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    values: {
      events: unique([...stated, ...impliedEvents(record)]),
      blockedReason: blockedText === '' ? null : blockedText,
    },
  };
}

/** The `events` cell for a list of events, as the demo writer and the documentation show it. */
export function formatEventsColumn(events: readonly Pick<StagedEvent, 'kind' | 'date' | 'place'>[]): string {
  return events
    .map((event) => [event.kind, event.date, ...(event.place ? [event.place] : [])].join(PART_SEPARATOR))
    .join(ENTRY_SEPARATOR);
}

import type { QueryRunner } from 'typeorm';
import type { ImportChanges } from './registry-import-job.entity.js';

/**
 * The set-based merge of the staging table into the registry, run inside the import transaction. Rows are
 * matched on natural keys (street code, codice fiscale, household code, membership person + household + entry
 * date, event person + kind + day): a changed row is updated, a new one inserted, an unchanged one not touched,
 * so re-importing the same file writes nothing at all. Updates and inserts are separate statements (a hash join
 * and an anti-join) rather than per-row upserts, and new rows go in key order with time-ordered ids, which keeps
 * a million-row import within a minute or so.
 */

const PERSON_COLUMNS = [
  'source_person_id',
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
  'record_blocked_reason',
];

const HOUSEHOLD_COLUMNS = [
  'street_id',
  'civic_number',
  'internal',
  'abroad_country_code',
  'abroad_locality',
  'abroad_address',
];

const columns = (names: readonly string[], alias: string) =>
  names.map((name) => `${alias}.${name}`).join(', ');

const COUNT = 'SELECT count(*)::int AS count FROM written';

const MERGE_STREETS = `
  WITH incoming AS (
    -- The validator made every street code name one street: a hash aggregate, not a sort of every row.
    SELECT DISTINCT street_code, street_toponym, street_name
    FROM registry_import_row WHERE street_code IS NOT NULL
  ), written AS (
    INSERT INTO registry_street AS s (code, toponym, name)
    SELECT street_code, street_toponym, street_name FROM incoming
    ON CONFLICT (code) DO UPDATE SET toponym = EXCLUDED.toponym, name = EXCLUDED.name, updated_at = now()
    WHERE (s.toponym, s.name) IS DISTINCT FROM (EXCLUDED.toponym, EXCLUDED.name)
    RETURNING (xmax = 0) AS inserted
  ) SELECT count(*) FILTER (WHERE inserted)::int AS count, count(*) FILTER (WHERE NOT inserted)::int AS updated
  FROM written`;

const UPDATE_PERSONS = `
  WITH written AS (
    UPDATE registry_person p
    SET (${PERSON_COLUMNS.join(', ')}, record_blocked, updated_at) =
      (${columns(PERSON_COLUMNS, 'r')}, r.record_blocked_reason IS NOT NULL, now())
    FROM registry_import_row r
    WHERE p.fiscal_code = r.fiscal_code
      AND (${columns(PERSON_COLUMNS, 'p')}) IS DISTINCT FROM (${columns(PERSON_COLUMNS, 'r')})
    RETURNING 1
  ) ${COUNT}`;

const INSERT_PERSONS = `
  WITH written AS (
    INSERT INTO registry_person (id, fiscal_code, ${PERSON_COLUMNS.join(', ')}, record_blocked)
    SELECT registry_sequential_uuid(row_number() OVER (ORDER BY r.fiscal_code)), r.fiscal_code,
      ${columns(PERSON_COLUMNS, 'r')}, r.record_blocked_reason IS NOT NULL
    FROM registry_import_row r
    WHERE NOT EXISTS (SELECT 1 FROM registry_person p WHERE p.fiscal_code = r.fiscal_code)
    ORDER BY r.fiscal_code
    RETURNING 1
  ) ${COUNT}`;

/** One row per household: the address of its current members (history rows may carry an older one). */
const STAGE_HOUSEHOLDS = `
  CREATE TEMPORARY TABLE registry_import_household ON COMMIT DROP AS
  SELECT DISTINCT ON (r.household_code) r.household_code AS code, st.id AS street_id, r.civic_number, r.internal,
    r.abroad_country_code, r.abroad_locality, r.abroad_address
  FROM registry_import_row r LEFT JOIN registry_street st ON st.code = r.street_code
  ORDER BY r.household_code, (r.exit_date IS NOT NULL), r.line`;

const UPDATE_HOUSEHOLDS = `
  WITH written AS (
    UPDATE registry_household h
    SET (${HOUSEHOLD_COLUMNS.join(', ')}, updated_at) = (${columns(HOUSEHOLD_COLUMNS, 'i')}, now())
    FROM registry_import_household i
    WHERE h.code = i.code AND (${columns(HOUSEHOLD_COLUMNS, 'h')}) IS DISTINCT FROM (${columns(HOUSEHOLD_COLUMNS, 'i')})
    RETURNING 1
  ) ${COUNT}`;

/** New households get their head at once, so they are not written a second time by the head update below. */
const INSERT_HOUSEHOLDS = `
  WITH heads AS (
    SELECT r.household_code, p.id AS person_id
    FROM registry_import_row r JOIN registry_person p ON p.fiscal_code = r.fiscal_code
    WHERE r.relationship_code = '01' AND r.exit_date IS NULL
  ), written AS (
    INSERT INTO registry_household (id, code, ${HOUSEHOLD_COLUMNS.join(', ')}, head_person_id)
    SELECT registry_sequential_uuid(row_number() OVER (ORDER BY i.code)), i.code, ${columns(HOUSEHOLD_COLUMNS, 'i')},
      heads.person_id
    FROM registry_import_household i LEFT JOIN heads ON heads.household_code = i.code
    WHERE NOT EXISTS (SELECT 1 FROM registry_household h WHERE h.code = i.code)
    ORDER BY i.code
    RETURNING 1
  ) ${COUNT}`;

/** Each row resolved to the ids of its person and household, computed once for the statements below. */
const CREATE_TARGET = `
  CREATE TEMPORARY TABLE registry_import_target ON COMMIT DROP AS
  SELECT p.id AS person_id, h.id AS household_id, r.relationship_code, r.entry_date, r.exit_date, r.events
  FROM registry_import_row r
  JOIN registry_person p ON p.fiscal_code = r.fiscal_code
  JOIN registry_household h ON h.code = r.household_code`;

/**
 * A person the file places in another household (or in the same one from another date) leaves the one the
 * portal knew: that membership becomes history, closed on the day the new one starts.
 */
const CLOSE_MEMBERSHIPS = `
  WITH written AS (
    UPDATE registry_household_member m
    SET exit_date = GREATEST(m.entry_date, COALESCE(t.exit_date, t.entry_date)), updated_at = now()
    FROM registry_import_target t
    WHERE m.person_id = t.person_id AND m.exit_date IS NULL
      AND (m.household_id <> t.household_id OR m.entry_date <> t.entry_date)
    RETURNING 1
  ) ${COUNT}`;

const UPDATE_MEMBERSHIPS = `
  WITH written AS (
    UPDATE registry_household_member m
    SET relationship_code = t.relationship_code, exit_date = t.exit_date, updated_at = now()
    FROM registry_import_target t
    WHERE m.person_id = t.person_id AND m.household_id = t.household_id AND m.entry_date = t.entry_date
      AND (m.relationship_code, m.exit_date) IS DISTINCT FROM (t.relationship_code, t.exit_date)
    RETURNING 1
  ) ${COUNT}`;

const INSERT_MEMBERSHIPS = `
  WITH written AS (
    INSERT INTO registry_household_member (person_id, household_id, relationship_code, entry_date, exit_date)
    SELECT t.person_id, t.household_id, t.relationship_code, t.entry_date, t.exit_date
    FROM registry_import_target t
    WHERE NOT EXISTS (
      SELECT 1 FROM registry_household_member m
      WHERE m.person_id = t.person_id AND m.household_id = t.household_id AND m.entry_date = t.entry_date)
    ORDER BY t.person_id, t.household_id, t.entry_date
    RETURNING 1
  ) ${COUNT}`;

/** The head of every household is its current member with code 01 (none for a household of history only). */
const UPDATE_HEADS = `
  WITH heads AS (
    SELECT DISTINCT ON (household_id) household_id, person_id FROM registry_household_member
    WHERE exit_date IS NULL AND relationship_code = '01'
    ORDER BY household_id, entry_date DESC
  ), written AS (
    UPDATE registry_household h SET head_person_id = heads.person_id, updated_at = now()
    FROM registry_household current LEFT JOIN heads ON heads.household_id = current.id
    WHERE h.id = current.id AND h.head_person_id IS DISTINCT FROM heads.person_id
    RETURNING 1
  ) ${COUNT}`;

const INSERT_EVENTS = `
  WITH incoming AS (
    SELECT t.person_id, e.kind, e.date, e.place, e."placeName"
    FROM registry_import_target t
    CROSS JOIN LATERAL jsonb_to_recordset(t.events) AS e(kind text, date date, place text, "placeName" text)
    WHERE t.events IS NOT NULL
  ), written AS (
    INSERT INTO registry_event (person_id, kind, event_date, place_code, place_name)
    SELECT i.person_id, i.kind, i.date, i.place, i."placeName" FROM incoming i
    WHERE NOT EXISTS (
      SELECT 1 FROM registry_event e WHERE e.person_id = i.person_id AND e.kind = i.kind AND e.event_date = i.date)
    ORDER BY i.person_id, i.kind, i.date
    RETURNING 1
  ) ${COUNT}`;

const PERSONS_NOT_IN_FILE = `
  SELECT count(*)::int AS count FROM registry_person p
  WHERE NOT EXISTS (SELECT 1 FROM registry_import_target t WHERE t.person_id = p.id)`;

/** Runs the merge; `onStep` hears how long each statement took (the importer logs it for operators). */
export async function mergeStagedRows(
  runner: QueryRunner,
  onStep: (step: string, milliseconds: number) => void = () => undefined,
): Promise<ImportChanges> {
  const run = async (name: string, sql: string): Promise<{ count?: number; updated?: number }> => {
    const started = performance.now();
    const rows = (await runner.query(sql)) as { count?: number; updated?: number }[];
    onStep(name, performance.now() - started);
    return rows[0] ?? {};
  };
  const step = async (name: string, sql: string): Promise<number> => (await run(name, sql)).count ?? 0;
  await step('analyze staging', 'ANALYZE registry_import_row');
  const streets = await run('streets', MERGE_STREETS);
  const personsUpdated = await step('update persons', UPDATE_PERSONS);
  const personsInserted = await step('insert persons', INSERT_PERSONS);
  await step('stage households', STAGE_HOUSEHOLDS);
  const householdsUpdated = await step('update households', UPDATE_HOUSEHOLDS);
  const householdsInserted = await step('insert households', INSERT_HOUSEHOLDS);
  await step('resolve ids', CREATE_TARGET);
  await step('analyze ids', 'ANALYZE registry_import_target');
  const membershipsClosed = await step('close memberships', CLOSE_MEMBERSHIPS);
  const membershipsUpdated = await step('update memberships', UPDATE_MEMBERSHIPS);
  const membershipsInserted = await step('insert memberships', INSERT_MEMBERSHIPS);
  const headsChanged = await step('heads', UPDATE_HEADS);
  const eventsInserted = await step('events', INSERT_EVENTS);
  const personsNotInFile = await step('persons not in file', PERSONS_NOT_IN_FILE);
  return {
    streetsInserted: streets.count ?? 0,
    streetsUpdated: streets.updated ?? 0,
    personsInserted,
    personsUpdated,
    householdsInserted,
    householdsUpdated,
    membershipsInserted,
    membershipsUpdated,
    membershipsClosed,
    headsChanged,
    eventsInserted,
    personsNotInFile,
  };
}

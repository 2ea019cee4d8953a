import {
  ANSWERING_STATES,
  APPLICANT_WAITING_STATES,
  PRACTICE_STATE_INFO,
} from '../../permits/domain/practice-state.js';
import type { DemoPractice } from './demo-practice-generator.js';

/** Anything that runs parameterised SQL: a TypeORM `EntityManager`, a `pg` pool or client. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

const CHUNK = 1_000;

/** The request each waiting state opens, by state: the rows below are stored as the services would. */
const REQUEST_KINDS = Object.fromEntries(
  APPLICANT_WAITING_STATES.map((state) => [state, PRACTICE_STATE_INFO[state].opensRequest]),
);

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) result.push(items.slice(start, start + CHUNK));
  return result;
}

/**
 * Stores complete practices (parties, timeline, the requests their timeline opened) with a handful of
 * set-based statements: one JSON parameter per table and chunk, so a few hundred practices take milliseconds.
 * Used by the demo seeder and by tests that need practices with a past.
 */
export async function insertPractices(runner: SqlRunner, practices: readonly DemoPractice[]): Promise<void> {
  for (const chunk of chunks(practices)) {
    await runner.query(
      `INSERT INTO permit_practice (id, type, protocol_number, protocol_date, address, cadastral_sheet, cadastral_parcel,
              cadastral_subaltern, description, state, version, case_officer_fiscal_code, case_officer_name,
              constraints, doubled_terms, office_deadline, created_at, updated_at)
       SELECT id, type, protocol_number, protocol_date, address, cadastral_sheet, cadastral_parcel,
              cadastral_subaltern, description, state, version, case_officer_fiscal_code, case_officer_name,
              constraints, doubled_terms, office_deadline, created_at, updated_at
         FROM jsonb_to_recordset($1::jsonb) AS t(id uuid, type varchar, protocol_number varchar, protocol_date date,
              address varchar, cadastral_sheet varchar, cadastral_parcel varchar, cadastral_subaltern varchar,
              description text, state varchar, version integer, case_officer_fiscal_code varchar,
              case_officer_name varchar, constraints varchar, doubled_terms boolean, office_deadline date,
              created_at timestamptz, updated_at timestamptz)`,
      [
        JSON.stringify(
          chunk.map((practice) => ({
            id: practice.id,
            type: practice.type,
            protocol_number: practice.protocolNumber,
            protocol_date: practice.protocolDate,
            address: practice.address,
            cadastral_sheet: practice.cadastral.sheet,
            cadastral_parcel: practice.cadastral.parcel,
            cadastral_subaltern: practice.cadastral.subaltern,
            description: practice.description,
            state: practice.state,
            version: practice.timeline.length,
            case_officer_fiscal_code: practice.caseOfficer?.fiscalCode ?? null,
            case_officer_name: practice.caseOfficer?.name ?? null,
            constraints: practice.constraints,
            doubled_terms: practice.doubledTerms,
            office_deadline: practice.officeDeadline,
            created_at: practice.timeline[0].at,
            updated_at: practice.timeline.at(-1)!.at,
          })),
        ),
      ],
    );
    await runner.query(
      `INSERT INTO permit_party (practice_id, role, fiscal_code, given_name, family_name, email)
       SELECT practice_id, role, fiscal_code, given_name, family_name, email
         FROM jsonb_to_recordset($1::jsonb) AS t(practice_id uuid, role varchar, fiscal_code varchar,
              given_name varchar, family_name varchar, email varchar)`,
      [
        JSON.stringify(
          chunk.flatMap((practice) =>
            practice.parties.map((party) => ({
              practice_id: practice.id,
              role: party.role,
              fiscal_code: party.fiscalCode,
              given_name: party.givenName,
              family_name: party.familyName,
              email: party.email,
            })),
          ),
        ),
      ],
    );
    const transitions = chunk.flatMap((practice) =>
      practice.timeline.map((entry, seq) => ({
        practice_id: practice.id,
        seq,
        from_state: entry.from,
        to_state: entry.to,
        at: entry.at,
        actor_id: entry.actor.id,
        actor_role: entry.actor.role,
        actor_name: entry.actor.name,
        public_note: entry.publicNote,
        internal_note: entry.internalNote,
        due_date: entry.dueDate,
        decision_number: entry.decision?.number ?? null,
        decision_date: entry.decision?.date ?? null,
        decision_outcome: entry.decision?.outcome ?? null,
        requested_documents: entry.requestedDocuments,
        case_officer_id: entry.caseOfficer?.id ?? null,
        case_officer_name: entry.caseOfficer?.name ?? null,
      })),
    );
    for (const part of chunks(transitions)) {
      await runner.query(
        `INSERT INTO permit_transition (practice_id, seq, from_state, to_state, at, actor_id, actor_role, actor_name,
                public_note, internal_note, due_date, decision_number, decision_date, decision_outcome,
                requested_documents, case_officer_id, case_officer_name)
         SELECT practice_id, seq, from_state, to_state, at, actor_id, actor_role, actor_name, public_note,
                internal_note, due_date, decision_number, decision_date, decision_outcome,
                coalesce(requested_documents, '[]'::jsonb), case_officer_id, case_officer_name
           FROM jsonb_to_recordset($1::jsonb) AS t(practice_id uuid, seq integer, from_state varchar,
                to_state varchar, at timestamptz, actor_id varchar, actor_role varchar, actor_name varchar,
                public_note text, internal_note text, due_date date, decision_number varchar, decision_date date,
                decision_outcome varchar, requested_documents jsonb, case_officer_id varchar,
                case_officer_name varchar)`,
        [JSON.stringify(part)],
      );
    }
    // Every step into a waiting state opened a request; the next step, if it is the applicant's answer, closed it.
    await runner.query(
      `INSERT INTO permit_integration_request (practice_id, transition_id, kind, requested_at, due_date,
              requested_documents, answered_at)
       SELECT t.practice_id, t.id, $2::jsonb ->> t.to_state, t.at, t.due_date, t.requested_documents,
              (SELECT n.at FROM permit_transition n
                WHERE n.practice_id = t.practice_id AND n.seq = t.seq + 1 AND n.to_state = ANY($3::text[]))
         FROM permit_transition t
        WHERE t.practice_id = ANY($1::uuid[]) AND $2::jsonb ->> t.to_state IS NOT NULL`,
      [chunk.map((practice) => practice.id), JSON.stringify(REQUEST_KINDS), ANSWERING_STATES],
    );
  }
}

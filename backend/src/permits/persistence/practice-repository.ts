import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { IsoDate } from '../../common/calendar/civil-date.js';
import { likeLiteral } from '../../common/sql/like-literal.js';
import { queryRows, readTogether } from '../../database/pool-query.js';
import type { PracticeTransition } from '../domain/practice.js';
import {
  APPLICANT_WAITING_STATES,
  PRACTICE_STATE_INFO,
  type PracticeState,
} from '../domain/practice-state.js';
import type { PracticeType } from '../domain/practice-type.js';
import { QUEUE_COUNT_CAP } from '../domain/queue-count-cap.js';
import { IntegrationRequest, type IntegrationRequestKind } from './integration-request.entity.js';
import type { PracticeAggregate } from './practice-aggregate.js';
import { PracticeDocument } from './practice-document.entity.js';
import { type PartyRole, PracticeParty } from './practice-party.entity.js';
import { PracticeRecord } from './practice-record.entity.js';
import { PracticeTransitionRecord } from './practice-transition.entity.js';
import { countTextCondition } from './queue-text-search.js';

export interface QueueFilters {
  states?: readonly PracticeState[];
  types?: readonly PracticeType[];
  /** A case officer's codice fiscale, or `null` for practices nobody is assigned to. */
  officer?: string | null;
  overdue?: boolean;
  text?: string;
  page: number;
  pageSize: number;
}

export interface QueueRow {
  id: string;
  type: PracticeType;
  protocolNumber: string;
  protocolDate: IsoDate;
  state: PracticeState;
  address: string;
  applicants: string;
  caseOfficerFiscalCode: string | null;
  caseOfficerName: string | null;
  officeDeadline: IsoDate | null;
  overdue: boolean;
  version: number;
  updatedAt: Date;
}

export interface PartyPracticeRow {
  id: string;
  type: PracticeType;
  protocolNumber: string;
  protocolDate: IsoDate;
  state: PracticeState;
  address: string;
  roles: PartyRole[];
  dueDate: IsoDate | null;
  /** The legal clock's main term (decision or control window), stored as `office_deadline`. */
  completionBy: IsoDate | null;
  updatedAt: Date;
}

export interface StaffMember {
  fiscalCode: string;
  name: string;
}

export interface PracticeChange {
  state: PracticeState;
  officeDeadline: IsoDate | null;
  caseOfficer?: { fiscalCode: string; name: string };
}

/** The kind of request a transition into `state` opens, if any. */
export function requestKindOf(state: PracticeState): IntegrationRequestKind | null {
  return PRACTICE_STATE_INFO[state].opensRequest;
}

/** A function that appends a value to `params` and returns its placeholder (`$1`, `$2`, …). */
function placeholderIn(params: unknown[]): (value: unknown) => string {
  return (value) => {
    params.push(value);
    return `$${params.length}`;
  };
}

/** The columns of a practice every list selects (`protocol_date::text`). */
interface PracticeSummarySqlRow {
  id: string;
  type: PracticeType;
  protocol_number: string;
  protocol_date: string;
  state: PracticeState;
  address: string;
}

/** A row of the staff queue's page, as its statement selects it. */
interface QueueSqlRow extends PracticeSummarySqlRow {
  applicants: string | null;
  case_officer_fiscal_code: string | null;
  case_officer_name: string | null;
  office_deadline: string | null;
  version: number;
  updated_at: Date;
}

@Injectable()
export class PracticeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The whole practice; `null` when the id is unknown. */
  async load(manager: EntityManager, id: string): Promise<PracticeAggregate | null> {
    const record = await manager.findOne(PracticeRecord, { where: { id } });
    if (!record) return null;
    const [parties, timeline, requests, documents] = await readTogether(manager, [
      () => manager.find(PracticeParty, { where: { practiceId: id }, order: { id: 'ASC' } }),
      () => manager.find(PracticeTransitionRecord, { where: { practiceId: id }, order: { seq: 'ASC' } }),
      () => manager.find(IntegrationRequest, { where: { practiceId: id }, order: { requestedAt: 'ASC' } }),
      () => manager.find(PracticeDocument, { where: { practiceId: id }, order: { uploadedAt: 'ASC' } }),
    ]);
    return { record, parties, timeline, requests, documents };
  }

  /**
   * The whole practice, its row locked until the transaction ends: what a change decides on stays what it saves
   * over, since every change of a practice goes through this lock. Other clerks wait a moment, then see the new
   * version and get their conflict.
   */
  async loadForUpdate(manager: EntityManager, id: string): Promise<PracticeAggregate | null> {
    const locked: unknown[] = await manager.query('SELECT id FROM permit_practice WHERE id = $1 FOR UPDATE', [
      id,
    ]);
    return locked.length === 0 ? null : this.load(manager, id);
  }

  /**
   * Moves the practice on if nobody changed it since `expectedVersion`; false otherwise. Under concurrent
   * writers PostgreSQL re-checks the version after the first commit, so exactly one of them succeeds.
   */
  async advance(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    change: PracticeChange,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(PracticeRecord)
      .set({
        state: change.state,
        officeDeadline: change.officeDeadline,
        ...(change.caseOfficer
          ? { caseOfficerFiscalCode: change.caseOfficer.fiscalCode, caseOfficerName: change.caseOfficer.name }
          : {}),
        version: () => 'version + 1',
        updatedAt: () => 'now()',
      })
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    return result.affected === 1;
  }

  async appendTransition(
    manager: EntityManager,
    practiceId: string,
    seq: number,
    transition: PracticeTransition,
  ): Promise<PracticeTransitionRecord> {
    const row = manager.create(PracticeTransitionRecord, {
      practiceId,
      seq,
      fromState: transition.from,
      toState: transition.to,
      at: new Date(transition.at),
      actorId: transition.actor.id,
      actorRole: transition.actor.role,
      actorName: transition.actor.name,
      publicNote: transition.publicNote,
      internalNote: transition.internalNote,
      dueDate: transition.dueDate,
      decisionNumber: transition.decision?.number ?? null,
      decisionDate: transition.decision?.date ?? null,
      decisionOutcome: transition.decision?.outcome ?? null,
      requestedDocuments: [...transition.requestedDocuments],
      caseOfficerId: transition.caseOfficer?.id ?? null,
      caseOfficerName: transition.caseOfficer?.name ?? null,
    });
    return manager.save(row);
  }

  /** Records the request a transition opened (integrations, design changes, observations). */
  async openRequest(
    manager: EntityManager,
    practiceId: string,
    transition: PracticeTransitionRecord,
    kind: IntegrationRequestKind,
  ): Promise<void> {
    await manager.insert(IntegrationRequest, {
      practiceId,
      transitionId: transition.id,
      kind,
      requestedAt: transition.at,
      dueDate: transition.dueDate,
      requestedDocuments: transition.requestedDocuments,
    });
  }

  async markAnswered(manager: EntityManager, requestId: string, at: Date): Promise<void> {
    await manager.update(IntegrationRequest, { id: requestId }, { answeredAt: at });
  }

  /** The roles `fiscalCode` holds on the practice; empty when they are not a party. */
  async partyRoles(manager: EntityManager, practiceId: string, fiscalCode: string): Promise<PartyRole[]> {
    const parties = await manager.find(PracticeParty, { where: { practiceId, fiscalCode } });
    return parties.map((party) => party.role);
  }

  /** A member of the permits office, with the name they logged in with. */
  async findPermitsStaff(manager: EntityManager, fiscalCode: string): Promise<StaffMember | null> {
    // role_grant and app_user belong to the auth module: read here, never written.
    const rows: { fiscal_code: string; given_name: string | null; family_name: string | null }[] =
      await manager.query(
        `SELECT g.fiscal_code, u.given_name, u.family_name
           FROM role_grant g LEFT JOIN app_user u ON u.fiscal_code = g.fiscal_code
          WHERE g.fiscal_code = $1 AND g.role = 'permits'`,
        [fiscalCode],
      );
    const row = rows[0];
    if (!row) return null;
    const name = [row.given_name, row.family_name].filter(Boolean).join(' ');
    return { fiscalCode: row.fiscal_code, name: name || row.fiscal_code };
  }

  /** The practices where `fiscalCode` is a party, newest change first. */
  async findByParty(fiscalCode: string, states?: readonly PracticeState[]): Promise<PartyPracticeRow[]> {
    const rows: (PracticeSummarySqlRow & {
      roles: PartyRole[];
      due_date: string | null;
      office_deadline: string | null;
      updated_at: Date;
    })[] = await this.dataSource.query(
      `SELECT p.id, p.type, p.protocol_number, p.protocol_date::text AS protocol_date, p.state, p.address,
              array_agg(DISTINCT pp.role::text) AS roles, p.updated_at, p.office_deadline::text AS office_deadline,
              CASE WHEN p.state = ANY($3) THEN (
                SELECT r.due_date::text FROM permit_integration_request r
                 WHERE r.practice_id = p.id ORDER BY r.requested_at DESC LIMIT 1
              ) END AS due_date
         FROM permit_practice p
         JOIN permit_party pp ON pp.practice_id = p.id AND pp.fiscal_code = $1
        WHERE ($2::text[] IS NULL OR p.state = ANY($2))
        GROUP BY p.id
        ORDER BY p.updated_at DESC, p.id
        LIMIT 500`,
      [fiscalCode, states ?? null, APPLICANT_WAITING_STATES],
    );
    return rows.map((row) => ({
      id: row.id,
      type: row.type,
      protocolNumber: row.protocol_number,
      protocolDate: row.protocol_date,
      state: row.state,
      address: row.address,
      roles: row.roles,
      dueDate: row.due_date,
      completionBy: row.office_deadline,
      updatedAt: row.updated_at,
    }));
  }

  /** How many practices of the party are in each state. */
  async countByStateForParty(fiscalCode: string): Promise<Map<PracticeState, number>> {
    const rows: { state: PracticeState; count: string }[] = await this.dataSource.query(
      `SELECT p.state, count(DISTINCT p.id) AS count
         FROM permit_practice p JOIN permit_party pp ON pp.practice_id = p.id
        WHERE pp.fiscal_code = $1
        GROUP BY p.state`,
      [fiscalCode],
    );
    return new Map(rows.map((row) => [row.state, Number(row.count)]));
  }

  /**
   * The staff queue: overdue first (their deadlines are the oldest), then by deadline, then newest. `total` is
   * exact up to QUEUE_COUNT_CAP; beyond, it is the cap and `totalCapped` says so.
   */
  async queue(
    filters: QueueFilters,
    today: IsoDate,
  ): Promise<{ rows: QueueRow[]; total: number; totalCapped: boolean }> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    const param = placeholderIn(params);
    // One value as an equality: the planner then reads the (state, deadline, ...) index in the queue's order.
    const oneOf = (column: string, values: readonly string[] | undefined) => {
      if (!values?.length) return;
      conditions.push(
        values.length === 1 ? `${column} = ${param(values[0])}` : `${column} = ANY(${param(values)})`,
      );
    };
    oneOf('p.state', filters.states);
    oneOf('p.type', filters.types);
    if (filters.officer === null) conditions.push('p.case_officer_fiscal_code IS NULL');
    else if (filters.officer !== undefined)
      conditions.push(`p.case_officer_fiscal_code = ${param(filters.officer)}`);
    if (filters.overdue === true) conditions.push(`p.office_deadline < ${param(today)}`);
    if (filters.overdue === false) {
      conditions.push(`(p.office_deadline IS NULL OR p.office_deadline >= ${param(today)})`);
    }
    const text = filters.text?.trim().toLowerCase();
    const whereOf = (all: readonly string[]) => (all.length ? `WHERE ${all.join(' AND ')}` : '');
    const countConditions = [...conditions];
    const countParams = [...params];
    if (text) {
      // The count's text condition lets the trigram index skip the words most practices hold
      // (queue-text-search.ts); the page's keeps the text's own pattern, which the order index filters on.
      countConditions.push(countTextCondition(text, placeholderIn(countParams)));
      conditions.push(`p.search_text LIKE ${param(`%${likeLiteral(text)}%`)}`);
    }
    const where = whereOf(conditions);
    const countWhere = whereOf(countConditions);
    const limit = param(filters.pageSize);
    const offset = param((filters.page - 1) * filters.pageSize);
    const [rows, counted] = await Promise.all([
      // Two lone statements at once, each straight on the pool (database/pool-query.ts).
      // The page's ids first, then the columns and the applicants of those rows only: with OFFSET, a page deep
      // in the queue (page 40 skips 780 rows) would otherwise build the applicants of every skipped row.
      queryRows<QueueSqlRow>(
        this.dataSource,
        undefined,
        `WITH page AS (
           SELECT p.id FROM permit_practice p
           ${where}
           ORDER BY p.office_deadline ASC NULLS LAST, p.protocol_date DESC, p.id
           LIMIT ${limit} OFFSET ${offset}
         )
         SELECT p.id, p.type, p.protocol_number, p.protocol_date::text AS protocol_date, p.state, p.address,
                (SELECT string_agg(pp.given_name || ' ' || pp.family_name, ', ' ORDER BY pp.id)
                   FROM permit_party pp
                  WHERE pp.practice_id = p.id AND pp.role IN ('applicant', 'co_applicant')) AS applicants,
                p.case_officer_fiscal_code, p.case_officer_name, p.office_deadline::text AS office_deadline,
                p.version, p.updated_at
           FROM page JOIN permit_practice p ON p.id = page.id
          ORDER BY p.office_deadline ASC NULLS LAST, p.protocol_date DESC, p.id`,
        params,
      ),
      queryRows<{ total: string }>(
        this.dataSource,
        undefined,
        `SELECT count(*) AS total FROM (SELECT 1 FROM permit_practice p ${countWhere} LIMIT ${QUEUE_COUNT_CAP + 1}) counted`,
        countParams,
      ),
    ]);
    const total = Number(counted[0]?.total ?? 0);
    return {
      total: Math.min(total, QUEUE_COUNT_CAP),
      totalCapped: total > QUEUE_COUNT_CAP,
      rows: rows.map((row) => ({
        id: row.id,
        type: row.type,
        protocolNumber: row.protocol_number,
        protocolDate: row.protocol_date,
        state: row.state,
        address: row.address,
        applicants: row.applicants ?? '',
        caseOfficerFiscalCode: row.case_officer_fiscal_code,
        caseOfficerName: row.case_officer_name,
        officeDeadline: row.office_deadline,
        overdue: row.office_deadline !== null && row.office_deadline < today,
        version: row.version,
        updatedAt: row.updated_at,
      })),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { AuthUser } from '../auth/authorization/roles.js';
import { currentRequest } from '../common/http/request-context.js';
import { prepared } from '../common/sql/prepared-statements.js';
import { sqlPool } from '../database/pool-query.js';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditRecord {
  /** Who acted: a user, or null for the system (jobs, imports started by the system). */
  actor: Pick<AuthUser, 'fiscalCode' | 'roles'> | null;
  /** The role the actor acted in (e.g. `resident`, `registry`). */
  actorRole?: string;
  /** Dotted verb, e.g. `registry.person.read`, `permits.practice.transition`. */
  action: string;
  /** Whose personal data this touches, when it does. */
  subjectFiscalCode?: string | null;
  resourceType: string;
  resourceId?: string | null;
  /** Why: shown to the person in "chi ha consultato i miei dati". */
  purpose?: string;
  details?: Record<string, unknown>;
}

const COLUMNS = `actor_fiscal_code, actor_role, action, subject_fiscal_code, resource_type, resource_id, purpose,
  request_id, details`;
const COLUMN_COUNT = 9;
/** Rows per statement (far below PostgreSQL's 65,535 parameters). */
const MAX_BATCH = 200;
/** Statements of events outside a transaction in flight at once; more wait and go in the next one together. */
const MAX_IN_FLIGHT = 2;

interface PendingEvent {
  values: unknown[];
  settle: (error?: unknown) => void;
}

function insertSql(rows: number): string {
  const tuples = Array.from(
    { length: rows },
    (_, row) =>
      `(${Array.from({ length: COLUMN_COUNT }, (_, column) => `$${row * COLUMN_COUNT + column + 1}`).join(', ')})`,
  );
  return `INSERT INTO audit_event (${COLUMNS}) VALUES ${tuples.join(', ')}`;
}

/** One event: every change's, and a read's when no other is waiting; prepared once per connection. */
const INSERT_ONE = prepared(insertSql(1));

/**
 * The audit trail. An event of a change goes in the change's transaction (pass its manager). An event of a read
 * (every visura, every opened practice) has no transaction: those are written by group commit — while
 * MAX_IN_FLIGHT inserts are under way, the events that arrive wait and go together in ONE multi-row INSERT —
 * and `record` resolves only once the statement holding the event has committed. So the guarantee is the
 * same as one INSERT per read (the caller answers only after its event is durable; a failed insert fails the
 * read), at one round trip and one commit for many reads under load (docs/performance.md).
 */
@Injectable()
export class AuditService {
  private readonly pending: PendingEvent[] = [];
  private inFlight = 0;

  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  /** Appends one event; pass the transaction's manager so the event commits or rolls back with the change. */
  async record(record: AuditRecord, manager?: EntityManager): Promise<void> {
    const values = [
      record.actor?.fiscalCode ?? null,
      record.actorRole ?? (record.actor ? primaryRole(record.actor.roles) : 'system'),
      record.action,
      record.subjectFiscalCode ?? null,
      record.resourceType,
      record.resourceId ?? null,
      record.purpose ?? null,
      currentRequest().requestId ?? null,
      JSON.stringify(record.details ?? {}),
    ];
    // One INSERT statement: the repository's `save` would wrap it in its own BEGIN/COMMIT.
    if (manager) return void (await manager.query(INSERT_ONE, values));
    await new Promise<void>((resolve, reject) => {
      this.pending.push({ values, settle: (error) => (error === undefined ? resolve() : reject(error)) });
      this.flush();
    });
  }

  private flush(): void {
    if (this.inFlight >= MAX_IN_FLIGHT || this.pending.length === 0) return;
    const batch = this.pending.splice(0, MAX_BATCH);
    this.inFlight += 1;
    this.insert(batch)
      .catch(async (error: unknown) => {
        // One bad event must not fail the reads it happened to share a statement with: each alone again.
        if (batch.length === 1) return batch[0]!.settle(error);
        await Promise.all(
          batch.map((event) => this.insert([event]).catch((alone: unknown) => event.settle(alone))),
        );
      })
      .finally(() => {
        this.inFlight -= 1;
        this.flush();
      });
  }

  private async insert(batch: PendingEvent[]): Promise<void> {
    // Straight on the pool: a lone statement outside any transaction (database/pool-query.ts).
    await sqlPool(this.events.manager.connection).query(
      batch.length === 1 ? INSERT_ONE : insertSql(batch.length),
      batch.flatMap((event) => event.values),
    );
    for (const event of batch) event.settle();
  }

  /** The reads and changes of one person's data, newest first ("chi ha consultato i miei dati"). */
  findBySubject(fiscalCode: string, limit: number, before?: string): Promise<AuditEvent[]> {
    const query = this.events
      .createQueryBuilder('event')
      .where('event.subjectFiscalCode = :fiscalCode', { fiscalCode })
      .orderBy('event.id', 'DESC')
      .limit(limit);
    if (before) query.andWhere('event.id < :before', { before });
    return query.getMany();
  }
}

function primaryRole(roles: readonly string[]): string {
  return roles.find((role) => role !== 'resident') ?? 'resident';
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { AuthUser } from '../auth/authorization/roles.js';
import { currentRequest } from '../common/http/request-context.js';
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

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  /** Appends one event; pass the transaction's manager so the event commits or rolls back with the change. */
  async record(record: AuditRecord, manager?: EntityManager): Promise<void> {
    // One INSERT statement: the repository's `save` would wrap it in its own BEGIN/COMMIT outside a
    // transaction, two more round trips on every audited read.
    await (manager ?? this.events.manager).query(
      `INSERT INTO audit_event (actor_fiscal_code, actor_role, action, subject_fiscal_code, resource_type,
         resource_id, purpose, request_id, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        record.actor?.fiscalCode ?? null,
        record.actorRole ?? (record.actor ? primaryRole(record.actor.roles) : 'system'),
        record.action,
        record.subjectFiscalCode ?? null,
        record.resourceType,
        record.resourceId ?? null,
        record.purpose ?? null,
        currentRequest().requestId ?? null,
        JSON.stringify(record.details ?? {}),
      ],
    );
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

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
    const repository = manager ? manager.getRepository(AuditEvent) : this.events;
    const event = repository.create({
      actorFiscalCode: record.actor?.fiscalCode ?? null,
      actorRole: record.actorRole ?? (record.actor ? primaryRole(record.actor.roles) : 'system'),
      action: record.action,
      subjectFiscalCode: record.subjectFiscalCode ?? null,
      resourceType: record.resourceType,
      resourceId: record.resourceId ?? null,
      purpose: record.purpose ?? null,
      requestId: currentRequest().requestId ?? null,
      details: record.details ?? {},
    });
    await repository.save(event, { reload: false });
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

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import type { PracticeAggregate } from '../persistence/practice-aggregate.js';

/** In which capacity the caller acts: as a party of the practice, or as the permits office. */
export type CallerCapacity = 'resident' | 'permits';

const READ_PURPOSE: Readonly<Record<CallerCapacity, string>> = {
  resident: 'Consultazione della propria pratica edilizia',
  permits: 'Istruttoria della pratica edilizia',
};

/**
 * The audit trail of practices. A practice holds the personal data of all its parties, so a read is recorded
 * once per party ("chi ha consultato i miei dati"); a change once, on the applicant.
 */
@Injectable()
export class PracticeAudit {
  constructor(private readonly audit: AuditService) {}

  async read(
    manager: EntityManager,
    aggregate: PracticeAggregate,
    user: AuthUser,
    capacity: CallerCapacity,
    what: 'practice' | 'document' = 'practice',
    documentId?: string,
  ): Promise<void> {
    const subjects = [...new Set(aggregate.parties.map((party) => party.fiscalCode))];
    for (const subject of subjects) {
      await this.audit.record(
        {
          actor: user,
          actorRole: capacity,
          action: what === 'practice' ? 'permits.practice.read' : 'permits.document.read',
          subjectFiscalCode: subject,
          resourceType: 'permit_practice',
          resourceId: aggregate.record.id,
          purpose: READ_PURPOSE[capacity],
          details: { protocolNumber: aggregate.record.protocolNumber, ...(documentId ? { documentId } : {}) },
        },
        manager,
      );
    }
  }

  async change(
    manager: EntityManager,
    aggregate: PracticeAggregate,
    user: AuthUser,
    capacity: CallerCapacity,
    action: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    const applicant = aggregate.parties.find((party) => party.role === 'applicant');
    await this.audit.record(
      {
        actor: user,
        actorRole: capacity,
        action,
        subjectFiscalCode: applicant?.fiscalCode ?? null,
        resourceType: 'permit_practice',
        resourceId: aggregate.record.id,
        details: { protocolNumber: aggregate.record.protocolNumber, ...details },
      },
      manager,
    );
  }
}

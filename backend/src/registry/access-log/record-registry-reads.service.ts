import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { REGISTRY_READ_ACTION, type RegistryView } from './registry-read.js';

export interface ReadSubject {
  personId: string;
  fiscalCode: string;
}

/**
 * Writes one access-log event per person whose data a response shows: the person themself, a family member
 * or the office. The events are the source of "chi ha consultato i miei dati".
 */
@Injectable()
export class RecordRegistryReads {
  constructor(private readonly audit: AuditService) {}

  async record(
    reader: { user: AuthUser; role: string },
    subjects: readonly ReadSubject[],
    view: RegistryView,
    purpose: string,
    manager?: EntityManager,
  ): Promise<void> {
    for (const subject of subjects) {
      await this.audit.record(
        {
          actor: reader.user,
          actorRole: reader.role,
          action: REGISTRY_READ_ACTION,
          subjectFiscalCode: subject.fiscalCode,
          resourceType: 'registry_person',
          resourceId: subject.personId,
          purpose,
          details: { view },
        },
        manager,
      );
    }
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { Clock } from '../../common/italian/clock.js';
import { assertValidFiscalCode } from '../../common/italian/fiscal-code.js';
import { NotificationOutbox } from '../../notifications/outbox/notification-outbox.service.js';
import type { CaseOfficer, PracticeActor } from '../domain/practice.js';
import { PRACTICE_STATE_INFO, type PracticeState } from '../domain/practice-state.js';
import { applyTransition } from '../domain/practice-state-machine.js';
import type { TransitionPracticeDto } from '../http/dto/transition-practice.dto.js';
import { officeDeadline } from '../office-deadline.js';
import { PermitErrors } from '../permit-errors.js';
import { openRequest, type PracticeAggregate, toDomainPractice } from '../persistence/practice-aggregate.js';
import { PracticeRepository, requestKindOf } from '../persistence/practice-repository.js';
import { actorRoleOf } from '../views/practice-view-mapper.js';
import type { ResidentPracticeView, StaffPracticeView } from '../views/practice-views.js';
import { type CallerCapacity, PracticeAudit } from './practice-audit.js';
import { type AnsweredRequest, PracticeNotifications } from './practice-notifications.js';
import { PracticeViewFactory } from './practice-view-factory.js';

/**
 * Moves a practice through its state machine: load, decide with the domain, then save the new state, the
 * timeline entry, the request it opens or answers, the audit event and the notifications in one transaction.
 * The practice's version must be the one the caller saw, so two clerks never overwrite each other.
 */
@Injectable()
export class TransitionPracticeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly practices: PracticeRepository,
    private readonly audit: PracticeAudit,
    private readonly notifications: PracticeNotifications,
    private readonly outbox: NotificationOutbox,
    private readonly views: PracticeViewFactory,
    private readonly clock: Clock,
  ) {}

  async byStaff(id: string, request: TransitionPracticeDto, user: AuthUser): Promise<StaffPracticeView> {
    const now = this.clock.now();
    const aggregate = await this.run(id, request, user, 'permits', now);
    return this.views.staff(aggregate, now);
  }

  async byResident(
    id: string,
    request: TransitionPracticeDto,
    user: AuthUser,
  ): Promise<ResidentPracticeView> {
    const now = this.clock.now();
    const aggregate = await this.run(id, request, user, 'resident', now);
    return this.views.resident(aggregate, user.fiscalCode, now);
  }

  private async run(
    id: string,
    request: TransitionPracticeDto,
    user: AuthUser,
    capacity: CallerCapacity,
    now: Date,
  ): Promise<PracticeAggregate> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const aggregate = await this.practices.loadForUpdate(manager, id);
      if (!aggregate) throw PermitErrors.practiceNotFound();
      const actor = this.actorOf(aggregate, user, capacity);
      if (capacity === 'resident' && request.internalNote?.trim())
        throw PermitErrors.internalNoteNotAllowed();
      const { record } = aggregate;
      if (record.version !== request.expectedVersion) throw PermitErrors.versionConflict(record.version);

      const practice = toDomainPractice(aggregate);
      const { state, transition } = applyTransition(
        practice,
        {
          to: request.to as PracticeState,
          publicNote: request.publicNote,
          internalNote: request.internalNote,
          dueDate: request.dueDate,
          requestedDocuments: request.requestedDocuments,
          decision: request.decision && {
            ...request.decision,
            outcome: request.decision.outcome ?? (request.to === 'granted' ? 'granted' : 'rejected'),
          },
          caseOfficer: await this.caseOfficerFor(manager, aggregate, request.caseOfficerFiscalCode),
        },
        actor,
        now,
      );
      const open = openRequest(aggregate);
      const answered = state === 'integrations_submitted' ? this.answeredRequest(aggregate) : null;

      const moved = await this.practices.advance(manager, id, request.expectedVersion, {
        state,
        officeDeadline: officeDeadline({ ...practice, timeline: [...practice.timeline, transition] }, now),
        caseOfficer: transition.caseOfficer
          ? { fiscalCode: transition.caseOfficer.id, name: transition.caseOfficer.name }
          : undefined,
      });
      if (!moved) throw PermitErrors.versionConflict(await this.currentVersion(manager, id));
      const entry = await this.practices.appendTransition(manager, id, aggregate.timeline.length, transition);
      if (open && PRACTICE_STATE_INFO[state].answersRequest) {
        await this.practices.markAnswered(manager, open.id, entry.at);
      }
      const opens = requestKindOf(state);
      if (opens) await this.practices.openRequest(manager, id, entry, opens);
      await this.audit.change(manager, aggregate, user, capacity, 'permits.practice.transition', {
        from: transition.from,
        to: transition.to,
        version: record.version + 1,
      });
      await this.outbox.enqueue(
        manager,
        this.notifications.forTransition(record, aggregate.parties, transition, answered),
      );
      return (await this.practices.load(manager, id))!;
    });
    this.outbox.deliverSoon();
    return saved;
  }

  /** Residents act as the party they are; anyone else is told the practice does not exist. */
  private actorOf(aggregate: PracticeAggregate, user: AuthUser, capacity: CallerCapacity): PracticeActor {
    const name = `${user.givenName} ${user.familyName}`;
    if (capacity === 'permits') return { id: user.fiscalCode, role: 'permits', name };
    const roles = aggregate.parties
      .filter((party) => party.fiscalCode === user.fiscalCode)
      .map((party) => party.role);
    if (roles.length === 0) throw PermitErrors.practiceNotFound();
    return { id: user.fiscalCode, role: actorRoleOf(roles), name };
  }

  private async caseOfficerFor(
    manager: EntityManager,
    aggregate: PracticeAggregate,
    fiscalCode: string | undefined,
  ): Promise<CaseOfficer | null> {
    if (fiscalCode) {
      const staff = await this.practices.findPermitsStaff(
        manager,
        assertValidFiscalCode(fiscalCode, 'caseOfficerFiscalCode'),
      );
      if (!staff) throw PermitErrors.caseOfficerNotStaff();
      return { id: staff.fiscalCode, name: staff.name };
    }
    const { record } = aggregate;
    return record.caseOfficerFiscalCode && record.caseOfficerName
      ? { id: record.caseOfficerFiscalCode, name: record.caseOfficerName }
      : null;
  }

  /** Integrations are submitted with the documents uploaded in answer to the open request. */
  private answeredRequest(aggregate: PracticeAggregate): AnsweredRequest {
    const open = openRequest(aggregate);
    const documents = aggregate.documents.filter(
      (document) => open && document.integrationRequestId === open.id,
    );
    if (documents.length === 0) throw PermitErrors.integrationDocumentsMissing(open?.dueDate ?? null);
    return { dueDate: open?.dueDate ?? null, documents: documents.map((document) => document.fileName) };
  }

  private async currentVersion(manager: EntityManager, id: string): Promise<number> {
    const rows: { version: number }[] = await manager.query(
      'SELECT version FROM permit_practice WHERE id = $1',
      [id],
    );
    return rows[0]?.version ?? 0;
  }
}

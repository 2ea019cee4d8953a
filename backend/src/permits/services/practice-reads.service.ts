import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { viewLocale } from '../../common/http/request-context.js';
import { Clock } from '../../common/italian/clock.js';
import { romeDay } from '../../common/italian/rome-day.js';
import {
  PRACTICE_STATE_INFO,
  RESIDENT_BUCKETS,
  type ResidentBucket,
  statesInBucket,
} from '../domain/practice-state.js';
import { PRACTICE_TYPE_INFO } from '../domain/practice-type.js';
import { PracticeFeesService } from '../fees/practice-fees.service.js';
import type { QueueQueryDto } from '../http/dto/queue-query.dto.js';
import { PermitErrors } from '../permit-errors.js';
import { PracticeRepository } from '../persistence/practice-repository.js';
import type {
  QueuePageView,
  ResidentPracticeListView,
  ResidentPracticeView,
  StaffPracticeView,
} from '../views/practice-views.js';
import { PracticeAudit } from './practice-audit.js';
import { PracticeViewFactory } from './practice-view-factory.js';

/** What residents and the office read about practices; every read of a practice is audited. */
@Injectable()
export class PracticeReadsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly practices: PracticeRepository,
    private readonly practiceAudit: PracticeAudit,
    private readonly audit: AuditService,
    private readonly views: PracticeViewFactory,
    private readonly clock: Clock,
    private readonly fees: PracticeFeesService,
  ) {}

  /** The caller's practices (as applicant, co-applicant or technician), with how many fall under each filter. */
  async listForResident(user: AuthUser, bucket?: ResidentBucket): Promise<ResidentPracticeListView> {
    const states = bucket ? statesInBucket(bucket) : undefined;
    const [rows, byState] = await Promise.all([
      this.practices.findByParty(user.fiscalCode, states),
      this.practices.countByStateForParty(user.fiscalCode),
    ]);
    const counts = Object.fromEntries(RESIDENT_BUCKETS.map((name) => [name, 0])) as Record<
      ResidentBucket,
      number
    >;
    for (const [state, count] of byState) counts[PRACTICE_STATE_INFO[state].bucket] += count;
    const locale = viewLocale();
    return {
      counts,
      items: rows.map((row) => ({
        id: row.id,
        protocolNumber: row.protocolNumber,
        protocolDate: row.protocolDate,
        type: row.type,
        typeLabel: PRACTICE_TYPE_INFO[row.type].label[locale],
        state: row.state,
        stateLabel: PRACTICE_STATE_INFO[row.state].label[locale],
        bucket: PRACTICE_STATE_INFO[row.state].bucket,
        address: row.address,
        yourRoles: row.roles,
        dueDate: row.dueDate,
        completionBy: row.completionBy,
        updatedAt: row.updatedAt.toISOString(),
      })),
    };
  }

  async getForResident(id: string, user: AuthUser): Promise<ResidentPracticeView> {
    const now = this.clock.now();
    const aggregate = await this.dataSource.transaction(async (manager) => {
      const aggregate = await this.practices.load(manager, id);
      if (!aggregate?.parties.some((party) => party.fiscalCode === user.fiscalCode)) {
        throw PermitErrors.practiceNotFound();
      }
      await this.practiceAudit.read(manager, aggregate, user, 'resident');
      return aggregate;
    });
    return {
      ...this.views.resident(aggregate, user.fiscalCode, now),
      charges: await this.fees.chargesFor(id),
    };
  }

  async getForStaff(id: string, user: AuthUser): Promise<StaffPracticeView> {
    const now = this.clock.now();
    const aggregate = await this.dataSource.transaction(async (manager) => {
      const aggregate = await this.practices.load(manager, id);
      if (!aggregate) throw PermitErrors.practiceNotFound();
      await this.practiceAudit.read(manager, aggregate, user, 'permits');
      return aggregate;
    });
    return { ...this.views.staff(aggregate, now), charges: await this.fees.chargesFor(id) };
  }

  /** The office's queue. Lists names of applicants, so the query itself is audited (without subjects). */
  async queue(query: QueueQueryDto, user: AuthUser): Promise<QueuePageView> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const officer =
      query.officer === undefined
        ? undefined
        : query.officer === 'none'
          ? null
          : query.officer === 'me'
            ? user.fiscalCode
            : query.officer.toUpperCase();
    const { rows, total, totalCapped } = await this.practices.queue(
      {
        states: query.state,
        types: query.type,
        officer,
        overdue: query.overdue,
        text: query.q,
        page,
        pageSize,
      },
      romeDay(this.clock.now()),
    );
    await this.audit.record({
      actor: user,
      actorRole: 'permits',
      action: 'permits.practice.list',
      resourceType: 'permit_practice',
      purpose: 'Istruttoria delle pratiche edilizie',
      details: { filters: { ...query }, returned: rows.map((row) => row.id) },
    });
    const locale = viewLocale();
    return {
      total,
      totalCapped,
      page,
      pageSize,
      items: rows.map((row) => ({
        id: row.id,
        protocolNumber: row.protocolNumber,
        protocolDate: row.protocolDate,
        type: row.type,
        typeLabel: PRACTICE_TYPE_INFO[row.type].label[locale],
        state: row.state,
        stateLabel: PRACTICE_STATE_INFO[row.state].label[locale],
        address: row.address,
        applicants: row.applicants,
        caseOfficer:
          row.caseOfficerFiscalCode && row.caseOfficerName
            ? { fiscalCode: row.caseOfficerFiscalCode, name: row.caseOfficerName }
            : null,
        officeDeadline: row.officeDeadline,
        overdue: row.overdue,
        version: row.version,
        updatedAt: row.updatedAt.toISOString(),
      })),
    };
  }
}

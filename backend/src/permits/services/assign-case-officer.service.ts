import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { Clock } from '../../common/italian/clock.js';
import { assertValidFiscalCode } from '../../common/italian/fiscal-code.js';
import { PRACTICE_STATE_INFO } from '../domain/practice-state.js';
import type { AssignCaseOfficerDto } from '../http/dto/assign-case-officer.dto.js';
import { PermitErrors } from '../permit-errors.js';
import { PracticeRepository } from '../persistence/practice-repository.js';
import type { StaffPracticeView } from '../views/practice-views.js';
import { PracticeAudit } from './practice-audit.js';
import { PracticeViewFactory } from './practice-view-factory.js';
import { TransitionPracticeService } from './transition-practice.service.js';

/**
 * Names or changes the responsabile del procedimento. Naming one on a PdC just submitted is the `assigned`
 * step of its procedure (art. 20, comma 2), recorded in the timeline and notified; on any other open practice
 * it only changes who handles it.
 */
@Injectable()
export class AssignCaseOfficerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly practices: PracticeRepository,
    private readonly transitions: TransitionPracticeService,
    private readonly audit: PracticeAudit,
    private readonly views: PracticeViewFactory,
    private readonly clock: Clock,
  ) {}

  async assign(id: string, request: AssignCaseOfficerDto, user: AuthUser): Promise<StaffPracticeView> {
    const fiscalCode = assertValidFiscalCode(request.fiscalCode, 'fiscalCode');
    const current = await this.practices.load(this.dataSource.manager, id);
    if (!current) throw PermitErrors.practiceNotFound();
    if (current.record.type === 'PDC' && current.record.state === 'submitted') {
      return this.transitions.byStaff(
        id,
        { to: 'assigned', caseOfficerFiscalCode: fiscalCode, expectedVersion: request.expectedVersion },
        user,
      );
    }
    const now = this.clock.now();
    const aggregate = await this.dataSource.transaction(async (manager) => {
      const aggregate = await this.practices.loadForUpdate(manager, id);
      if (!aggregate) throw PermitErrors.practiceNotFound();
      const { record } = aggregate;
      if (record.version !== request.expectedVersion) throw PermitErrors.versionConflict(record.version);
      if (PRACTICE_STATE_INFO[record.state].terminal) throw PermitErrors.practiceConcluded();
      const staff = await this.practices.findPermitsStaff(manager, fiscalCode);
      if (!staff) throw PermitErrors.caseOfficerNotStaff('fiscalCode');
      const moved = await this.practices.advance(manager, id, request.expectedVersion, {
        state: record.state,
        officeDeadline: record.officeDeadline,
        caseOfficer: staff,
      });
      if (!moved) throw PermitErrors.versionConflict(record.version + 1);
      await this.audit.change(manager, aggregate, user, 'permits', 'permits.practice.case_officer', {
        from: record.caseOfficerFiscalCode,
        to: staff.fiscalCode,
      });
      return (await this.practices.load(manager, id))!;
    });
    return this.views.staff(aggregate, now);
  }
}

import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/authorization/roles.js';
import { BulkJobsService } from '../f24/bulk/bulk-jobs.service.js';
import { LegalInterestRatesService } from '../f24/services/legal-interest-rates.service.js';
import { romeDate } from '../permits/domain/legal-calendar.js';
import type { QueueRow } from '../permits/persistence/practice-repository.js';
import { PracticeRepository } from '../permits/persistence/practice-repository.js';
import { CorrectionRecords } from '../registry/corrections/correction-records.js';
import { ReadImportJobs } from '../registry/import/read-import-jobs.service.js';
import { PersonalAreaClock } from './personal-area-clock.js';
import type {
  StaffHomeView,
  StaffJobView,
  StaffPermitsHomeView,
  StaffPracticeItemView,
  StaffRegistryHomeView,
  StaffTaxesHomeView,
} from './staff-home-views.js';

const LIST = 5;
const RECENT_FAILURE_MS = 7 * 24 * 60 * 60 * 1000;

/** Whether a role sees an office's section: admin sees every office. */
const sees = (user: AuthUser, office: 'registry' | 'permits' | 'taxes') =>
  user.roles.includes(office) || user.roles.includes('admin');

function practiceItem(row: QueueRow): StaffPracticeItemView {
  return {
    id: row.id,
    protocolNumber: row.protocolNumber,
    type: row.type,
    state: row.state,
    address: row.address,
    officeDeadline: row.officeDeadline,
    overdue: row.overdue,
  };
}

/**
 * What needs action today, per office the clerk works for: only counts, references and ages, no names of
 * residents, so opening the home is not a read of anybody's data.
 */
@Injectable()
export class StaffHomeService {
  constructor(
    private readonly corrections: CorrectionRecords,
    private readonly imports: ReadImportJobs,
    private readonly practices: PracticeRepository,
    private readonly bulkJobs: BulkJobsService,
    private readonly legalInterest: LegalInterestRatesService,
    private readonly clock: PersonalAreaClock,
  ) {}

  async home(user: AuthUser): Promise<StaffHomeView> {
    const now = this.clock.now();
    const [registry, permits, taxes] = await Promise.all([
      sees(user, 'registry') ? this.registryHome(now) : undefined,
      sees(user, 'permits') ? this.permitsHome(now) : undefined,
      sees(user, 'taxes') ? this.taxesHome(now) : undefined,
    ]);
    return {
      roles: user.roles.filter((role) => role !== 'resident'),
      ...(registry ? { registry } : {}),
      ...(permits ? { permits } : {}),
      ...(taxes ? { taxes } : {}),
    };
  }

  private async registryHome(now: Date): Promise<StaffRegistryHomeView> {
    const today = romeDate(now);
    const [summary, oldest, imports] = await Promise.all([
      this.corrections.queueSummary(today),
      this.corrections.queue('open', LIST, 0, today),
      this.imports.recent(20),
    ]);
    return {
      openCorrections: summary.open,
      overdueCorrections: summary.overdue,
      oldestCorrections: oldest.items.map((item) => ({
        id: item.id,
        reference: item.reference,
        field: item.field.label,
        ageDays: item.ageDays,
        overdue: item.overdue,
      })),
      imports: imports.items
        .filter(
          (job) =>
            ['queued', 'running'].includes(job.state) ||
            (job.state === 'failed' && now.getTime() - Date.parse(job.createdAt) < RECENT_FAILURE_MS),
        )
        .map((job) => ({
          id: job.id,
          label: job.fileName ?? job.source,
          status: job.state === 'failed' ? 'failed' : 'running',
          done: job.rowsRead,
          total: null,
          failed: job.rowsRejected,
          createdAt: job.createdAt,
          href: '/backoffice/anagrafe',
        })),
    };
  }

  private async permitsHome(now: Date): Promise<StaffPermitsHomeView> {
    const today = romeDate(now);
    const [overdue, integrations] = await Promise.all([
      this.practices.queue({ overdue: true, page: 1, pageSize: LIST }, today),
      this.practices.queue({ states: ['integrations_submitted'], page: 1, pageSize: LIST }, today),
    ]);
    return {
      overdue: overdue.total,
      overduePractices: overdue.rows.map(practiceItem),
      integrationsReceived: integrations.total,
      integrations: integrations.rows.map(practiceItem),
    };
  }

  private async taxesHome(now: Date): Promise<StaffTaxesHomeView> {
    const [jobs, missingLegalInterestRateYear] = await Promise.all([
      this.bulkJobs.list(),
      this.legalInterest.yearToEnter(romeDate(now)),
    ]);
    const attention: StaffJobView[] = jobs
      .filter(
        (job) =>
          job.status === 'running' ||
          (job.failed > 0 && now.getTime() - Date.parse(job.createdAt) < RECENT_FAILURE_MS),
      )
      .map((job) => ({
        id: job.id,
        label: `${job.year} ${job.instalment}`,
        status: job.status === 'running' ? 'running' : 'completed_with_failures',
        done: job.done,
        total: job.total,
        failed: job.failed,
        createdAt: job.createdAt,
        href: `/backoffice/tributi/elaborazioni/${job.id}`,
      }));
    return { bulkJobs: attention, missingLegalInterestRateYear };
  }
}

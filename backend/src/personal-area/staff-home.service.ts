import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/authorization/roles.js';
import { Clock } from '../common/italian/clock.js';
import { romeDay } from '../common/italian/rome-day.js';
import { BulkJobsService } from '../f24/bulk/bulk-jobs.service.js';
import { LegalInterestRatesService } from '../f24/services/legal-interest-rates.service.js';
import { type OfficePracticeItem, PermitsOverview } from '../permits/services/permits-overview.service.js';
import { RegistryOverview } from '../registry/registry-overview.service.js';
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

function practiceItem(item: OfficePracticeItem): StaffPracticeItemView {
  return {
    id: item.id,
    protocolNumber: item.protocolNumber,
    type: item.type,
    state: item.state,
    address: item.address,
    officeDeadline: item.officeDeadline,
    overdue: item.overdue,
  };
}

/**
 * What needs action today, per office the clerk works for: only counts, references and ages, no names of
 * residents, so opening the home is not a read of anybody's data.
 */
@Injectable()
export class StaffHomeService {
  constructor(
    private readonly registry: RegistryOverview,
    private readonly permits: PermitsOverview,
    private readonly bulkJobs: BulkJobsService,
    private readonly legalInterest: LegalInterestRatesService,
    private readonly clock: Clock,
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
    const today = romeDay(now);
    const [corrections, imports] = await Promise.all([
      this.registry.openCorrections(today, LIST),
      this.registry.recentImports(20),
    ]);
    return {
      openCorrections: corrections.open,
      overdueCorrections: corrections.overdue,
      oldestCorrections: corrections.oldest.map((item) => ({
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
    const today = romeDay(now);
    const { overdue, integrationsReceived } = await this.permits.officeQueues(today, LIST);
    return {
      overdue: overdue.total,
      overduePractices: overdue.items.map(practiceItem),
      integrationsReceived: integrationsReceived.total,
      integrations: integrationsReceived.items.map(practiceItem),
    };
  }

  private async taxesHome(now: Date): Promise<StaffTaxesHomeView> {
    const [jobs, missingLegalInterestRateYear] = await Promise.all([
      this.bulkJobs.list(),
      this.legalInterest.yearToEnter(romeDay(now)),
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

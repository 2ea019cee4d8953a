import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/authorization/roles.js';
import { CertificateHistory } from '../certificates/services/certificate-history.service.js';
import { DomainError } from '../common/errors/domain-error.js';
import { Clock } from '../common/italian/clock.js';
import { romeDay } from '../common/italian/rome-day.js';
import { F24DocumentsService } from '../f24/services/f24-documents.service.js';
import { ResidentImuService } from '../f24/services/resident-imu.service.js';
import type { ImuYearView } from '../f24/views/f24-views.js';
import { MessagesService } from '../messages/messages.service.js';
import { PermitsOverview } from '../permits/services/permits-overview.service.js';
import { PracticeReadsService } from '../permits/services/practice-reads.service.js';
import { RegistryOverview } from '../registry/registry-overview.service.js';
import { type Deadline, upcomingDeadlines } from './domain/deadlines.js';
import type {
  PersonalAreaSummaryView,
  SummaryDocumentView,
  SummaryPaymentsView,
  SummaryPracticeView,
} from './personal-area-views.js';

/** How many of the latest certificates and uploads the summary shows. */
const LATEST = 5;

/** Buckets where the resident, not the office, has the next move. */
const ACTION_BUCKETS = new Set(['da_integrare']);

/**
 * The personal area's desk: the caller's practices, payments, documents, messages and deadlines in one
 * answer. Every part reads the caller's own fiscal code from the session, through the feature modules'
 * services, in parallel.
 */
@Injectable()
export class PersonalAreaSummaryService {
  constructor(
    private readonly practices: PracticeReadsService,
    private readonly permits: PermitsOverview,
    private readonly imu: ResidentImuService,
    private readonly f24Documents: F24DocumentsService,
    private readonly registry: RegistryOverview,
    private readonly certificates: CertificateHistory,
    private readonly messages: MessagesService,
    private readonly clock: Clock,
  ) {}

  async summary(user: AuthUser): Promise<PersonalAreaSummaryView> {
    const now = this.clock.now();
    const today = romeDay(now);
    const year = Number(today.slice(0, 4));
    const [practiceList, imuYear, f24, identityDocument, messages, certificates, uploads] = await Promise.all(
      [
        this.practices.listForResident(user),
        this.imuOf(user, year),
        this.f24Documents.list(user),
        this.registry.identityDocumentOf(user.fiscalCode),
        this.messages.list(user.fiscalCode, 1, 3),
        this.certificatesOf(user.fiscalCode),
        this.uploadsOf(user.fiscalCode),
      ],
    );

    const practiceViews: SummaryPracticeView[] = practiceList.items.map((item) => ({
      id: item.id,
      protocolNumber: item.protocolNumber,
      type: item.type,
      state: item.state,
      bucket: item.bucket,
      address: item.address,
      dueDate: item.dueDate,
      actionNeeded: ACTION_BUCKETS.has(item.bucket),
      updatedAt: item.updatedAt,
    }));
    const next = [...practiceViews]
      .sort(
        (a, b) =>
          Number(b.actionNeeded) - Number(a.actionNeeded) ||
          (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
          b.updatedAt.localeCompare(a.updatedAt),
      )
      .slice(0, 3);

    const payments = this.paymentsOf(imuYear, year, today, f24.length);
    const candidates: Omit<Deadline, 'overdue'>[] = [
      ...payments.instalments
        .filter((instalment) => instalment.pdf !== null)
        .map((instalment) => ({
          kind: 'imu' as const,
          date: instalment.dueDate,
          href: '/pagamenti/imu',
          reference: instalment.instalment,
          amount: instalment.total,
        })),
      ...practiceViews
        .filter((practice) => practice.actionNeeded && practice.dueDate)
        .map((practice) => ({
          kind: 'integration' as const,
          date: practice.dueDate!,
          href: `/pratiche/${practice.id}`,
          reference: practice.protocolNumber,
        })),
    ];
    if (identityDocument) {
      candidates.push({
        kind: 'identity_document',
        date: identityDocument.expiresOn,
        href: '/i-miei-dati',
        reference: identityDocument.kind,
      });
    }

    const latestDocuments: SummaryDocumentView[] = [
      ...certificates.latest,
      ...f24.slice(0, 5).map((row) => ({
        kind: 'f24',
        title: `${row.year} ${row.instalment}`,
        date: row.generatedAt,
        href: row.download,
      })),
      ...uploads.latest,
    ]
      .sort((a, b) => b.date.localeCompare(a.date))
      .slice(0, 5);

    return {
      today,
      practices: {
        total: practiceList.items.length,
        counts: { ...practiceList.counts },
        next,
      },
      payments,
      documents: {
        certificates: certificates.count,
        f24: f24.length,
        uploads: uploads.count,
        latest: latestDocuments,
      },
      messages: { total: messages.total, unread: messages.unread, latest: messages.items },
      deadlines: upcomingDeadlines(candidates, today),
    };
  }

  /** The year's IMU, or nothing when it cannot be computed yet (e.g. the year's rates are not loaded). */
  private async imuOf(user: AuthUser, year: number): Promise<ImuYearView | null> {
    try {
      return await this.imu.year(user, year);
    } catch (error) {
      if (error instanceof DomainError) return null;
      throw error;
    }
  }

  private paymentsOf(
    view: ImuYearView | null,
    year: number,
    today: string,
    f24Documents: number,
  ): SummaryPaymentsView {
    if (!view) return { year, available: false, properties: 0, instalments: [], f24Documents };
    return {
      year,
      available: true,
      properties: view.properties.length,
      instalments: [
        { instalment: 'acconto', ...view.acconto },
        { instalment: 'saldo', ...view.saldo },
      ].map((instalment) => ({
        instalment: instalment.instalment,
        dueDate: instalment.dueDate,
        total: instalment.total,
        pdf: instalment.pdf,
        past: instalment.dueDate < today,
      })),
      f24Documents,
    };
  }

  /** Certificates the caller requested: types and dates only, no subject data. */
  private async certificatesOf(
    fiscalCode: string,
  ): Promise<{ count: number; latest: SummaryDocumentView[] }> {
    const { count, latest } = await this.certificates.requestedBy(fiscalCode, LATEST);
    return {
      count,
      latest: latest.map((certificate) => ({
        kind: 'certificate',
        title: certificate.types.join(', '),
        date: certificate.issuedAt.toISOString(),
        href: '/certificati',
      })),
    };
  }

  /** Files the caller uploaded to their practices. */
  private async uploadsOf(fiscalCode: string): Promise<{ count: number; latest: SummaryDocumentView[] }> {
    const { count, latest } = await this.permits.uploadsBy(fiscalCode, LATEST);
    return {
      count,
      latest: latest.map((upload) => ({
        kind: 'upload',
        title: upload.fileName,
        date: upload.uploadedAt.toISOString(),
        href: `/pratiche/${upload.practiceId}`,
      })),
    };
  }
}

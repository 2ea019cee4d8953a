import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { PaymentsService } from '../../payments/services/payments.service.js';
import { CertificateErrors } from '../certificate-errors.js';
import { buildPublicSummary } from '../domain/certificate-public-summary.js';
import { CERTIFICATE_TYPES, type CertificateTypeCode } from '../domain/certificate-types.js';
import { CertificateRequestRepository } from '../persistence/certificate-request.repository.js';
import type { IssuedCertificate } from '../persistence/issued-certificate.entity.js';
import { IssuedCertificateRepository } from '../persistence/issued-certificate-repository.js';
import { formatCertificateCode } from '../seal/certificate-code.js';
import type {
  ArchivedCertificateView,
  AwaitingCertificateView,
  CertificateArchiveView,
} from '../views/certificate-views.js';
import { downloadUrl } from './issue-certificate.service.js';

const DEFAULT_PAGE = 50;

export interface CertificateDownload {
  fileName: string;
  pdf: Buffer;
  sha256: string;
}

/** The resident's archive: the certificates they requested, listed and downloaded again byte for byte. */
@Injectable()
export class CertificateArchiveService {
  constructor(
    private readonly certificates: IssuedCertificateRepository,
    private readonly audit: AuditService,
    private readonly requests: CertificateRequestRepository,
    private readonly payments: PaymentsService,
  ) {}

  async list(user: AuthUser, limit = DEFAULT_PAGE, cursor?: string): Promise<CertificateArchiveView> {
    const page = await this.certificates.listByRequester(user.fiscalCode, limit + 1, decodeCursor(cursor));
    const items = page.slice(0, limit);
    await this.audit.record({
      actor: user,
      action: 'certificates.archive.read',
      subjectFiscalCode: user.fiscalCode,
      resourceType: 'issued_certificate',
      purpose: 'Consultazione dei propri certificati',
      details: { count: items.length },
    });
    const last = items.at(-1);
    return {
      items: items.map(archivedView),
      awaitingPayment: cursor ? [] : await this.awaiting(user),
      nextCursor: page.length > limit && last ? encodeCursor(last) : null,
    };
  }

  private async awaiting(user: AuthUser): Promise<AwaitingCertificateView[]> {
    const open = await this.requests.listOpen(user.fiscalCode);
    const positions = new Map(
      (await this.payments.findByIds(open.map((request) => request.paymentId))).map((p) => [p.id, p]),
    );
    return open.map((request) => ({
      id: request.id,
      status: request.status === 'failed' ? 'failed' : 'awaiting-payment',
      types: request.types,
      title:
        request.types.length === 1
          ? (CERTIFICATE_TYPES[request.types[0] as CertificateTypeCode]?.nameIt ?? 'Certificato')
          : 'Certificato contestuale',
      subjectPersonId: request.subjectPersonId,
      requestedAt: request.createdAt.toISOString(),
      paymentId: request.paymentId,
      paymentStatus: positions.get(request.paymentId)?.status ?? 'pending',
    }));
  }

  async download(user: AuthUser, id: string): Promise<CertificateDownload> {
    const certificate = await this.certificates.findDownloadable(id, user.fiscalCode);
    if (!certificate) throw CertificateErrors.certificateNotFound();
    await this.audit.record({
      actor: user,
      action: 'certificates.certificate.download',
      subjectFiscalCode: certificate.subjectFiscalCode,
      resourceType: 'issued_certificate',
      resourceId: certificate.id,
      purpose: 'Scaricamento del certificato richiesto',
    });
    return {
      fileName: `certificato-${formatCertificateCode(certificate.code)}.pdf`,
      pdf: certificate.pdf,
      sha256: certificate.pdfSha256,
    };
  }
}

function archivedView(certificate: IssuedCertificate): ArchivedCertificateView {
  const summary = buildPublicSummary(certificate.content);
  return {
    id: certificate.id,
    code: formatCertificateCode(certificate.code),
    title: summary.title,
    types: summary.types,
    subjectPersonId: certificate.subjectPersonId,
    subjectName: certificate.content.subject.name,
    issuedAt: certificate.issuedAt.toISOString(),
    issueDate: certificate.issueDate,
    stampDuty: {
      kind: certificate.stampDutyKind,
      ...(certificate.stampDutyExemption ? { exemption: certificate.stampDutyExemption } : {}),
      ...(certificate.stampDutyMarcaId ? { marcaId: certificate.stampDutyMarcaId } : {}),
    },
    downloadUrl: downloadUrl(certificate.id),
  };
}

/** Opaque to clients: the position of the last item shown (issue instant and id). */
function encodeCursor(certificate: IssuedCertificate): string {
  return Buffer.from(`${certificate.issuedAt.toISOString()}|${certificate.id}`).toString('base64url');
}

function decodeCursor(cursor: string | undefined): { issuedAt: Date; id: string } | undefined {
  if (!cursor) return undefined;
  const [instant, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const issuedAt = new Date(instant ?? '');
  if (Number.isNaN(issuedAt.getTime()) || !/^[0-9a-f-]{36}$/.test(id ?? '')) {
    throw CertificateErrors.cursorInvalid();
  }
  return { issuedAt, id };
}

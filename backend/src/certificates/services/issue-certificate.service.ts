import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { Clock } from '../../common/italian/clock.js';
import { romeDay } from '../../common/italian/rome-day.js';
import { appConfig, municipalityConfig } from '../../config/app.config.js';
import { NotificationOutbox } from '../../notifications/outbox/notification-outbox.service.js';
import { CertificateErrors } from '../certificate-errors.js';
import type { CertificateContent } from '../domain/certificate-content.js';
import { validateCertificateSelection } from '../domain/certificate-selection.js';
import { buildCertificateContent, type CertificateIssuer } from '../domain/certificate-text.js';
import { provinceName } from '../domain/italian-provinces.js';
import { resolveStampDuty, type StampDutyInput, type StampDutyResolution } from '../domain/stamp-duty.js';
import type { IssueCertificateDto } from '../http/dto/issue-certificate.dto.js';
import { IssuedCertificateRepository } from '../persistence/issued-certificate-repository.js';
import { formatCertificateCode, generateCertificateCode } from '../seal/certificate-code.js';
import { CertificateSubjectSource, type SourcedSubject } from '../subject/certificate-subject-source.js';
import type { CertificateCreatedView, CertificatePreviewView } from '../views/certificate-views.js';
import { certificateIssuedNotice } from './certificate-issued-notice.js';
import { CertificateRenderer } from './certificate-renderer.js';

export function downloadUrl(id: string): string {
  return `/api/certificates/${id}/pdf`;
}

/**
 * Issues a certificate: load the subject as recorded today, decide (domain), seal, render and sign, store,
 * audit and queue the requester's receipt, all in one transaction. Any failure leaves nothing behind: no
 * row, no audit event, no used marca, no message.
 */
@Injectable()
export class IssueCertificateService {
  private readonly issuer: CertificateIssuer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly subjects: CertificateSubjectSource,
    private readonly certificates: IssuedCertificateRepository,
    private readonly renderer: CertificateRenderer,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly outbox: NotificationOutbox,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
    @Inject(municipalityConfig.KEY) municipality: ConfigType<typeof municipalityConfig>,
  ) {
    this.issuer = { municipalityName: municipality.name, provinceName: provinceName(municipality.province) };
  }

  /** Every sentence the certificate would print now; nothing is issued or stored. */
  async preview(user: AuthUser, request: IssueCertificateDto): Promise<CertificatePreviewView> {
    const issuedAt = this.clock.now();
    const { sourced, content } = await this.prepare(this.dataSource.manager, user, request, '', issuedAt);
    await this.audit.record({
      actor: user,
      action: 'certificates.certificate.preview',
      subjectFiscalCode: sourced.fiscalCode,
      resourceType: 'registry_person',
      resourceId: sourced.personId,
      purpose: 'Anteprima del certificato richiesto',
      details: { types: content.types },
    });
    return {
      types: content.types,
      title: content.title,
      ...(content.subtitle ? { subtitle: content.subtitle } : {}),
      heading: content.issuer.heading,
      preamble: content.preamble,
      subject: { name: content.subject.name, details: content.subject.details },
      sections: content.sections,
      dataAsOf: content.dataAsOf,
      stampDuty: content.stampDuty.statement,
      legalNotice: content.legalNotice,
      placeAndDate: content.placeAndDate,
    };
  }

  async issue(user: AuthUser, request: IssueCertificateDto): Promise<CertificateCreatedView> {
    const issuedAt = this.clock.now();
    const id = randomUUID();
    const code = generateCertificateCode();
    await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const { sourced, content, stampDuty } = await this.prepare(manager, user, request, code, issuedAt);
      const sealed = await this.renderer.seal(content);
      await this.certificates.insert(manager, {
        id,
        code,
        types: content.types,
        subjectPersonId: sourced.personId,
        subjectFiscalCode: sourced.fiscalCode,
        requesterFiscalCode: user.fiscalCode,
        issuedAt,
        issueDate: content.issueDate,
        ...stampDutyColumns(stampDuty),
        sealKid: sealed.sealKid,
        sealToken: sealed.sealToken,
        content,
        pdfSha256: sealed.pdfSha256,
        pdf: sealed.pdf,
      });
      await this.audit.record(
        {
          actor: user,
          action: 'certificates.certificate.issue',
          subjectFiscalCode: sourced.fiscalCode,
          resourceType: 'issued_certificate',
          resourceId: id,
          purpose: 'Rilascio di un certificato anagrafico richiesto online',
          details: { code, types: content.types, stampDuty: stampDuty.kind, pdfSha256: sealed.pdfSha256 },
        },
        manager,
      );
      await this.outbox.enqueue(manager, certificateIssuedNotice(user, id, content, this.app.publicUrl));
    });
    this.outbox.deliverSoon();
    return { id, code: formatCertificateCode(code), downloadUrl: downloadUrl(id) };
  }

  private async prepare(
    manager: EntityManager,
    user: AuthUser,
    request: IssueCertificateDto,
    code: string,
    issuedAt: Date,
  ): Promise<{ sourced: SourcedSubject; content: CertificateContent; stampDuty: StampDutyResolution }> {
    const types = requestedTypes(request);
    const stampDuty = resolveStampDuty(request.stampDuty as StampDutyInput);
    const sourced = await this.subjects.findForRequester(
      user.fiscalCode,
      request.subjectId,
      romeDay(issuedAt),
      manager,
    );
    if (!sourced) throw CertificateErrors.subjectNotFound();
    const applicability = { requesterFiscalCode: user.fiscalCode };
    const content = buildCertificateContent({
      code,
      types: validateCertificateSelection(sourced.subject, types, applicability),
      subject: sourced.subject,
      stampDuty,
      issuer: this.issuer,
      issuedAt,
      applicability,
    });
    return { sourced, content, stampDuty };
  }
}

/** `type` for one certificate, `types` for a certificato contestuale; never both. */
function requestedTypes(request: IssueCertificateDto): string[] {
  if (request.type != null && request.types != null) throw CertificateErrors.typeAndTypes();
  if (request.types != null) return request.types;
  return request.type != null ? [request.type] : [];
}

function stampDutyColumns(stampDuty: StampDutyResolution) {
  return stampDuty.kind === 'exempt'
    ? {
        stampDutyKind: 'exempt' as const,
        stampDutyExemption: stampDuty.exemption,
        stampDutyNote: stampDuty.note ?? null,
        stampDutyPaymentMethod: null,
        stampDutyAmountCents: null,
        stampDutyMarcaId: null,
      }
    : {
        stampDutyKind: 'paid' as const,
        stampDutyExemption: null,
        stampDutyNote: null,
        stampDutyPaymentMethod: stampDuty.method,
        stampDutyAmountCents: stampDuty.amountCents,
        stampDutyMarcaId: stampDuty.marcaId,
      };
}

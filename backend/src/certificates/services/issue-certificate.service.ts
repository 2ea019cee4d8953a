import { createHash, randomUUID } from 'node:crypto';
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
import { PaymentsService } from '../../payments/services/payments.service.js';
import { CertificateErrors } from '../certificate-errors.js';
import type { CertificateContent } from '../domain/certificate-content.js';
import { validateCertificateSelection } from '../domain/certificate-selection.js';
import { buildCertificateContent, type CertificateIssuer } from '../domain/certificate-text.js';
import { provinceName } from '../domain/italian-provinces.js';
import {
  chooseStampDuty,
  digitalStampPlaceholder,
  resolveStampDuty,
  STAMP_DUTY_AMOUNT_CENTS,
  type StampDutyInput,
  type StampDutyResolution,
} from '../domain/stamp-duty.js';
import type { IssueCertificateDto } from '../http/dto/issue-certificate.dto.js';
import { CertificateRequestRepository } from '../persistence/certificate-request.repository.js';
import { IssuedCertificateRepository } from '../persistence/issued-certificate-repository.js';
import { formatCertificateCode, generateCertificateCode } from '../seal/certificate-code.js';
import { CertificateSubjectSource, type SourcedSubject } from '../subject/certificate-subject-source.js';
import type {
  CertificateAwaitingPaymentView,
  CertificateCreatedView,
  CertificatePreviewView,
} from '../views/certificate-views.js';
import { certificateIssuedNotice } from './certificate-issued-notice.js';
import { CertificateRenderer } from './certificate-renderer.js';

/** Two clicks on "Richiedi" within this window are one request. */
const REPEAT_WINDOW_MS = 10 * 60_000;
/** The digital stamp's notice stays payable this many days; then it expires and the request with it. */
const STAMP_PAYMENT_DAYS = 30;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

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
    private readonly payments: PaymentsService,
    private readonly requests: CertificateRequestRepository,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
    @Inject(municipalityConfig.KEY) municipality: ConfigType<typeof municipalityConfig>,
  ) {
    this.issuer = { municipalityName: municipality.name, provinceName: provinceName(municipality.province) };
  }

  /** Every sentence the certificate would print now; nothing is issued or stored. */
  async preview(user: AuthUser, request: IssueCertificateDto): Promise<CertificatePreviewView> {
    const issuedAt = this.clock.now();
    const { sourced, content } = await this.prepare(
      this.dataSource.manager,
      user,
      request,
      '',
      issuedAt,
      settledStampDuty(request),
    );
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

  async issue(
    user: AuthUser,
    request: IssueCertificateDto,
    idempotencyKey?: string,
  ): Promise<CertificateCreatedView | CertificateAwaitingPaymentView> {
    const choice = chooseStampDuty(request.stampDuty as StampDutyInput);
    if (choice.kind === 'pagopa') return this.requestWithPagoPa(user, request, idempotencyKey);
    const id = randomUUID();
    const code = await this.dataSource.transaction('REPEATABLE READ', (manager) =>
      this.issueWithin(manager, id, user, request, choice),
    );
    this.outbox.deliverSoon();
    return { id, code, downloadUrl: downloadUrl(id) };
  }

  /**
   * Seals, renders, stores, audits and queues the requester's notice inside the caller's transaction (the
   * request's own, or the pagoPA receipt's once the digital stamp is paid). Returns the printed code.
   */
  async issueWithin(
    manager: EntityManager,
    id: string,
    user: AuthUser,
    request: Pick<IssueCertificateDto, 'subjectId' | 'type' | 'types'>,
    settled: StampDutyResolution,
  ): Promise<string> {
    const issuedAt = this.clock.now();
    const code = generateCertificateCode();
    {
      const { sourced, content, stampDuty } = await this.prepare(
        manager,
        user,
        request,
        code,
        issuedAt,
        settled,
      );
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
    }
    return formatCertificateCode(code);
  }

  /**
   * The digital stamp through pagoPA: the request is checked as an issue would be, kept waiting with its
   * payment position (one per request: a second click, or the same Idempotency-Key, returns the first), and
   * issued by `CertificateStampPaidHandler` once paid. GPD being down leaves the position pending, retried.
   */
  private async requestWithPagoPa(
    user: AuthUser,
    request: IssueCertificateDto,
    idempotencyKey: string | undefined,
  ): Promise<CertificateAwaitingPaymentView> {
    const now = this.clock.now();
    const { sourced, content } = await this.prepare(
      this.dataSource.manager,
      user,
      request,
      '',
      now,
      digitalStampPlaceholder(),
    );
    const fingerprint = createHash('sha256')
      .update(JSON.stringify([user.fiscalCode, sourced.personId, [...content.types].sort()]))
      .digest('hex');
    const { requestId, paymentId } = await this.dataSource.transaction(async (manager) => {
      await this.requests.lockRequester(manager, user.fiscalCode);
      const since = new Date(now.getTime() - REPEAT_WINDOW_MS);
      const repeat = await this.requests.findRepeat(
        manager,
        user.fiscalCode,
        idempotencyKey,
        fingerprint,
        since,
      );
      if (repeat) return { requestId: repeat.id, paymentId: repeat.paymentId };
      const id = randomUUID();
      const position = await this.payments.requestPayment(
        {
          kind: 'certificate-stamp',
          idempotencyKey: `certificate:${id}`,
          reference: { type: 'certificate_request', id },
          payer: { fiscalCode: user.fiscalCode, name: `${user.givenName} ${user.familyName}` },
          amount: (STAMP_DUTY_AMOUNT_CENTS / 100).toFixed(2),
          dueDate: addDays(romeDay(now), STAMP_PAYMENT_DAYS),
          description: `Imposta di bollo - ${content.subtitle ? `certificato contestuale ${content.subtitle}` : content.title.toLowerCase()}`,
          // The document the stamp is bound to: the request as the portal will print it (who, about whom, what).
          stampDocumentHash: createHash('sha256').update(`${id}|${fingerprint}`).digest('base64'),
          actor: user,
        },
        manager,
      );
      await this.requests.insert(manager, {
        id,
        requesterFiscalCode: user.fiscalCode,
        requesterGivenName: user.givenName,
        requesterFamilyName: user.familyName,
        requesterEmail: user.email,
        subjectPersonId: sourced.personId,
        types: content.types,
        fingerprint,
        idempotencyKey: idempotencyKey ?? null,
        status: 'awaiting-payment',
        paymentId: position.id,
        certificateId: null,
        failure: null,
        createdAt: now,
      });
      await this.audit.record(
        {
          actor: user,
          action: 'certificates.request.awaiting-payment',
          subjectFiscalCode: sourced.fiscalCode,
          resourceType: 'certificate_request',
          resourceId: id,
          purpose: 'Richiesta di certificato con marca da bollo digitale pagoPA',
          details: { types: content.types, paymentId: position.id },
        },
        manager,
      );
      return { requestId: id, paymentId: position.id };
    });
    const position = await this.payments.publish(paymentId);
    const view = this.payments.view(position);
    return {
      id: requestId,
      status: position.status === 'paid' ? 'issued' : 'awaiting-payment',
      payment: {
        id: position.id,
        noticeNumber: view.noticeNumber,
        amount: view.amount,
        status: view.status,
        checkoutUrl: view.checkoutUrl ?? null,
        noticePdfUrl: view.noticePdfUrl ?? null,
      },
    };
  }

  /** Wakes the notification worker after a commit that queued a certificate's notice. */
  deliverNotices(): void {
    this.outbox.deliverSoon();
  }

  private async prepare(
    manager: EntityManager,
    user: AuthUser,
    request: Pick<IssueCertificateDto, 'subjectId' | 'type' | 'types'>,
    code: string,
    issuedAt: Date,
    stampDuty: StampDutyResolution,
  ): Promise<{ sourced: SourcedSubject; content: CertificateContent; stampDuty: StampDutyResolution }> {
    const types = requestedTypes(request);
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
export function requestedTypes(request: Pick<IssueCertificateDto, 'type' | 'types'>): string[] {
  if (request.type != null && request.types != null) throw CertificateErrors.typeAndTypes();
  if (request.types != null) return request.types;
  return request.type != null ? [request.type] : [];
}

/** The stamp duty as settled at request time; the pagoPA digital stamp previews as not yet paid. */
function settledStampDuty(request: IssueCertificateDto): StampDutyResolution {
  return resolveStampDuty(request.stampDuty as StampDutyInput);
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
        stampDutyMarcaId: stampDuty.method === 'marca' ? stampDuty.marcaId : null,
      };
}

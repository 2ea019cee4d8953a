import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { Clock } from '../../common/italian/clock.js';
import { romeDay } from '../../common/italian/rome-day.js';
import { CertificateErrors } from '../certificate-errors.js';
import { applicableTypes } from '../domain/certificate-applicability.js';
import { CERTIFICATE_TYPES } from '../domain/certificate-types.js';
import {
  MAX_EXEMPTION_NOTE_LENGTH,
  STAMP_DUTY_AMOUNT_CENTS,
  STAMP_DUTY_EXEMPTION_IDS,
  STAMP_DUTY_EXEMPTIONS,
} from '../domain/stamp-duty.js';
import { CertificateSubjectSource, type RequestableSubject } from '../subject/certificate-subject-source.js';
import type {
  CertificateTypesView,
  RequestableSubjectsView,
  RequestableSubjectView,
  StampDutyOptionsView,
} from '../views/certificate-views.js';

/** What the request form offers: whom the caller may ask for, which types apply, which exemptions exist. */
@Injectable()
export class CertificateCatalogService {
  constructor(
    private readonly subjects: CertificateSubjectSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async requestableSubjects(user: AuthUser): Promise<RequestableSubjectsView> {
    const subjects = await this.subjects.listRequestable(user.fiscalCode, romeDay(this.clock.now()));
    for (const subject of subjects.filter((candidate) => !candidate.self)) {
      await this.audit.record({
        actor: user,
        action: 'certificates.subjects.read',
        subjectFiscalCode: subject.fiscalCode,
        resourceType: 'registry_person',
        resourceId: subject.personId,
        purpose: 'Scelta della persona per cui richiedere un certificato',
      });
    }
    return { subjects: subjects.map(subjectView) };
  }

  async typesFor(user: AuthUser, personId: string): Promise<CertificateTypesView> {
    const asOf = romeDay(this.clock.now());
    const sourced = await this.subjects.findForRequester(user.fiscalCode, personId, asOf);
    if (!sourced) throw CertificateErrors.subjectNotFound('subject');
    const { person, household } = sourced.subject;
    const membership = household?.members.find((member) => member.person.fiscalCode === sourced.fiscalCode);
    await this.audit.record({
      actor: user,
      action: 'certificates.types.read',
      subjectFiscalCode: sourced.fiscalCode,
      resourceType: 'registry_person',
      resourceId: sourced.personId,
      purpose: 'Verifica dei certificati disponibili',
    });
    return {
      subject: {
        personId: sourced.personId,
        givenName: person.givenName,
        familyName: person.familyName,
        relationship: membership?.relationship ?? '',
        self: sourced.fiscalCode === user.fiscalCode,
      },
      types: applicableTypes(sourced.subject, { requesterFiscalCode: user.fiscalCode }).map((entry) => ({
        code: entry.type,
        name: CERTIFICATE_TYPES[entry.type].nameIt,
        available: entry.available,
        ...(entry.reason ? { reason: entry.reason } : {}),
      })),
    };
  }

  stampDutyOptions(): StampDutyOptionsView {
    return {
      amountCents: STAMP_DUTY_AMOUNT_CENTS,
      noteMaxLength: MAX_EXEMPTION_NOTE_LENGTH,
      marcaIdDigits: 14,
      exemptions: STAMP_DUTY_EXEMPTION_IDS.map((id) => ({
        id,
        useLabel: STAMP_DUTY_EXEMPTIONS[id].useLabel,
        legalBasis: STAMP_DUTY_EXEMPTIONS[id].legalBasis,
        requiresNote: id === 'other',
      })),
    };
  }
}

function subjectView(subject: RequestableSubject): RequestableSubjectView {
  return {
    personId: subject.personId,
    givenName: subject.givenName,
    familyName: subject.familyName,
    relationship: subject.relationship,
    self: subject.self,
  };
}

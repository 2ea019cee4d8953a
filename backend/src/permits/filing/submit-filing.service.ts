import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { PdfSealService } from '../../certificates/services/pdf-seal.service.js';
import { Clock } from '../../common/italian/clock.js';
import { romeDay } from '../../common/italian/rome-day.js';
import { municipalityConfig, permitsConfig } from '../../config/app.config.js';
import { NotificationOutbox } from '../../notifications/outbox/notification-outbox.service.js';
import { ProtocolRegister } from '../../protocol/protocol-register.js';
import { FileStore } from '../../storage/file-store.js';
import {
  ATTACHMENT_KIND_INFO,
  type FilingSections,
  filingDescription,
  missingForFiling,
} from '../domain/filing-requirements.js';
import { legalClock } from '../domain/legal-clock.js';
import type { PracticeActor } from '../domain/practice.js';
import { startPractice } from '../domain/practice-state-machine.js';
import { PRACTICE_TYPE_INFO } from '../domain/practice-type.js';
import { officeDeadline } from '../office-deadline.js';
import { PracticeDocument } from '../persistence/practice-document.entity.js';
import { PracticeParty } from '../persistence/practice-party.entity.js';
import { PracticeRecord } from '../persistence/practice-record.entity.js';
import { PracticeRepository } from '../persistence/practice-repository.js';
import { PracticeAudit } from '../services/practice-audit.js';
import { PracticeNotifications } from '../services/practice-notifications.js';
import { type AttachmentRow, DraftRepository, type DraftRow } from './draft-repository.js';
import { FilingErrors } from './filing-errors.js';
import { FilingFeePolicy } from './filing-fee-policy.js';
import { renderFilingReceipt } from './filing-receipt-pdf.js';
import { authorIsTitolare, receiptUrl, type SubmissionView } from './filing-views.js';

export const SUE_OFFICE = 'Sportello Unico per l’Edilizia';

type Complete = {
  [K in 'titolare' | 'immobile' | 'intervento' | 'dichiarazioni']: NonNullable<FilingSections[K]>;
} & { tecnico?: FilingSections['tecnico'] };

/**
 * Files a draft: checks it is complete (sections, declarations, signed attachments, the proxy when a technician
 * files) and that the fee is settled, takes a protocol number, creates the practice in its initial state with
 * the legal clock running from now, and issues the sealed receipt (art. 18-bis L. 241/1990), all in one
 * transaction. The draft row is locked first: a second "Invia" waits, then finds the draft filed and gets the
 * same answer.
 */
@Injectable()
export class SubmitFilingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly drafts: DraftRepository,
    private readonly practices: PracticeRepository,
    private readonly protocol: ProtocolRegister,
    private readonly fees: FilingFeePolicy,
    private readonly seal: PdfSealService,
    private readonly files: FileStore,
    private readonly audit: PracticeAudit,
    private readonly notifications: PracticeNotifications,
    private readonly outbox: NotificationOutbox,
    private readonly clock: Clock,
    @Inject(permitsConfig.KEY) private readonly config: ConfigType<typeof permitsConfig>,
    @Inject(municipalityConfig.KEY) private readonly municipality: ConfigType<typeof municipalityConfig>,
  ) {}

  async submit(draftId: string, user: AuthUser): Promise<SubmissionView> {
    const result = await this.dataSource.transaction(async (manager) => {
      const draft = await this.drafts.findForAuthor(draftId, user.fiscalCode, manager, true);
      if (!draft) throw FilingErrors.draftNotFound();
      if (draft.practiceId && draft.protocolNumber) {
        return {
          practiceId: draft.practiceId,
          protocolNumber: draft.protocolNumber,
          receiptUrl: receiptUrl(draft.practiceId),
        };
      }
      const attachments = await this.drafts.attachments(draftId, manager);
      const sections = this.complete(draft, attachments);
      const fee = await this.fees.feeFor(draft);
      if (fee.status === 'due') throw FilingErrors.feeNotPaid(fee.description ?? 'importo da pagare');
      return this.file(manager, draft, sections, attachments, user);
    });
    this.outbox.deliverSoon();
    return result;
  }

  private complete(draft: DraftRow, attachments: AttachmentRow[]): Complete {
    const byTitolare = authorIsTitolare(draft);
    const sections = draft.sections;
    const missing = missingForFiling(
      draft.type,
      sections,
      attachments.map((attachment) => attachment.kind),
      byTitolare,
    );
    if (missing.length > 0) throw FilingErrors.incomplete(missing);
    if (!byTitolare) {
      if (sections.tecnico?.fiscalCode !== draft.authorFiscalCode) throw FilingErrors.notEntitled();
      const proxy = attachments.find((attachment) => attachment.kind === 'delega');
      if (proxy && proxy.signerFiscalCode !== sections.titolare?.fiscalCode) {
        throw FilingErrors.proxyNotSignedByTitolare(proxy.signerName);
      }
    }
    return sections as Complete;
  }

  private async file(
    manager: EntityManager,
    draft: DraftRow,
    sections: Complete,
    attachments: AttachmentRow[],
    user: AuthUser,
  ): Promise<SubmissionView> {
    const now = this.clock.now();
    const { titolare, immobile, intervento, dichiarazioni, tecnico } = sections;
    const typeInfo = PRACTICE_TYPE_INFO[draft.type];
    const registration = await this.protocol.register(
      {
        direction: 'incoming',
        subject: `${typeInfo.label.it} – ${immobile.address}`,
        office: SUE_OFFICE,
        correspondent: `${titolare.givenName} ${titolare.familyName}`,
        resource: { type: 'permit_draft', id: draft.id },
        registeredAt: now,
      },
      manager,
    );
    const actor: PracticeActor = {
      id: user.fiscalCode,
      role: authorIsTitolare(draft) ? 'applicant' : 'technician',
      name: `${user.givenName} ${user.familyName}`,
    };
    const { state, transition } = startPractice(
      draft.type,
      actor,
      now,
      'Pratica presentata online sul portale.',
    );
    const practice = {
      type: draft.type,
      timeline: [transition],
      constraints: dichiarazioni.constraints,
      doubledTerms: false,
    };
    const record = await manager.save(
      manager.create(PracticeRecord, {
        type: draft.type,
        protocolNumber: registration.label,
        protocolDate: romeDay(now),
        address: immobile.address.trim(),
        cadastralSheet: immobile.cadastre.sheet,
        cadastralParcel: immobile.cadastre.parcel,
        cadastralSubaltern: immobile.cadastre.subaltern ?? null,
        description: filingDescription(draft.type, intervento),
        state,
        constraints: dichiarazioni.constraints,
        doubledTerms: false,
        officeDeadline: officeDeadline(practice, now),
      }),
    );
    await manager.insert(PracticeParty, partiesOf(record.id, sections));
    await this.practices.appendTransition(manager, record.id, 0, transition);
    await manager.insert(
      PracticeDocument,
      attachments.map((attachment) => ({
        practiceId: record.id,
        integrationRequestId: null,
        fileName: attachment.fileName.replace(/\.p7m$/i, ''),
        mediaType: 'application/pdf' as const,
        sizeBytes: String(attachment.pdfSizeBytes),
        sha256: attachment.pdfSha256,
        storageKey: attachment.pdfStorageKey,
        uploadedByFiscalCode: attachment.uploadedByFiscalCode,
        uploadedByRole: actor.role === 'technician' ? ('technician' as const) : ('applicant' as const),
        uploadedByName: actor.name,
        signerName: attachment.signerName,
        signerFiscalCode: attachment.signerFiscalCode,
        signedAt: attachment.signedAt,
        signatureFormat: attachment.signatureFormat,
      })),
    );
    const clock = legalClock(practice, now);
    const unsigned = await renderFilingReceipt({
      municipalityName: this.municipality.name,
      office: SUE_OFFICE,
      responsible: this.config.officeHead,
      protocolNumber: registration.label,
      registeredAt: now,
      typeLabel: typeInfo.label.it,
      legalBasis: typeInfo.legalBasis,
      address: immobile.address,
      cadastre: cadastreText(immobile.cadastre),
      titolare: `${titolare.givenName} ${titolare.familyName}`,
      coTitolari: (titolare.coTitolari ?? []).map((co) => `${co.givenName} ${co.familyName}`),
      tecnico: tecnico
        ? `${tecnico.givenName} ${tecnico.familyName} (${tecnico.professionalOrder} di ${tecnico.province.toUpperCase()}, n. ${tecnico.registrationNumber})`
        : null,
      filedBy: actor.name,
      legalTerm: clock.explanation,
      silentConsentDate: clock.silentConsentDate ?? null,
      attachments: attachments.map((attachment) => ({
        label: ATTACHMENT_KIND_INFO[attachment.kind].label.it,
        fileName: attachment.fileName,
        signer: attachment.signerName,
      })),
    });
    const sealed = await this.seal.seal(unsigned, {
      reason: `Ricevuta di presentazione, protocollo n. ${registration.label}`,
      location: this.municipality.name,
      signingTime: now,
    });
    const stored = await this.files.put(Readable.from([sealed]));
    await this.drafts.markSubmitted(manager, draft.id, {
      practiceId: record.id,
      protocolNumber: registration.label,
      receiptStorageKey: stored.key,
      submittedAt: now,
    });
    const saved = (await this.practices.load(manager, record.id))!;
    await this.audit.change(manager, saved, user, 'resident', 'permits.practice.file_online', {
      type: draft.type,
      state,
      draftId: draft.id,
      attachments: attachments.length,
    });
    await this.outbox.enqueue(
      manager,
      this.notifications.forTransition(saved.record, saved.parties, transition),
    );
    return { practiceId: record.id, protocolNumber: registration.label, receiptUrl: receiptUrl(record.id) };
  }
}

function cadastreText(cadastre: Complete['immobile']['cadastre']): string {
  const parts = [
    `Catasto ${cadastre.register}`,
    cadastre.section ? `sezione ${cadastre.section}` : null,
    `foglio ${cadastre.sheet}`,
    `particella ${cadastre.parcel}`,
    cadastre.subaltern ? `subalterno ${cadastre.subaltern}` : null,
  ];
  return parts.filter(Boolean).join(', ');
}

/** The titolare is the applicant, co-titolari co-applicants, the technician a party too: all see the practice. */
function partiesOf(practiceId: string, sections: Complete) {
  const { titolare, tecnico } = sections;
  const parties: Omit<PracticeParty, 'id' | 'practiceId'>[] = [
    {
      role: 'applicant',
      fiscalCode: titolare.fiscalCode,
      givenName: titolare.givenName,
      familyName: titolare.familyName,
      email: titolare.email || null,
    },
    ...(titolare.coTitolari ?? [])
      .filter((co) => co.fiscalCode !== titolare.fiscalCode)
      .map((co) => ({
        role: 'co_applicant' as const,
        fiscalCode: co.fiscalCode,
        givenName: co.givenName,
        familyName: co.familyName,
        email: co.email ?? null,
      })),
    ...(tecnico
      ? [
          {
            role: 'technician' as const,
            fiscalCode: tecnico.fiscalCode,
            givenName: tecnico.givenName,
            familyName: tecnico.familyName,
            email: tecnico.pec,
          },
        ]
      : []),
  ];
  const seen = new Set<string>();
  return parties
    .filter((party) => {
      const key = `${party.role}:${party.fiscalCode}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((party) => ({ ...party, practiceId }));
}

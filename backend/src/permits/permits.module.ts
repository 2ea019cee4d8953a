import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CertificatesModule } from '../certificates/certificates.module.js';
import { Clock } from '../common/italian/clock.js';
import { permitsConfig } from '../config/app.config.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { PaymentsModule } from '../payments/payments.module.js';
import { ProtocolModule } from '../protocol/protocol.module.js';
import { RegistryModule } from '../registry/registry.module.js';
import { StorageModule } from '../storage/storage.module.js';
import { AlboPretorioController } from './albo/albo-pretorio.controller.js';
import { AlboPretorioService } from './albo/albo-pretorio.service.js';
import { DocumentUploadInterceptor } from './documents/document-upload.interceptor.js';
import { FeeTariff } from './fees/fee-tariff.entity.js';
import { FilingFeesService } from './fees/filing-fees.service.js';
import { PracticeCharge } from './fees/practice-charge.entity.js';
import { PracticeFeesController } from './fees/practice-fees.controller.js';
import { PracticeFeesService } from './fees/practice-fees.service.js';
import { DraftAttachmentsService } from './filing/draft-attachments.service.js';
import { DraftRepository } from './filing/draft-repository.js';
import { DraftUploadsController } from './filing/draft-uploads.controller.js';
import { DraftsController, TechnicianProfileController } from './filing/drafts.controller.js';
import { DraftsService } from './filing/drafts.service.js';
import { FilingFeePolicy } from './filing/filing-fee-policy.js';
import { FilingReceiptsService } from './filing/filing-receipts.service.js';
import { ResumableUploadsService } from './filing/resumable-uploads.service.js';
import { SignedIntegrationsService } from './filing/signed-integrations.service.js';
import { SubmitFilingService } from './filing/submit-filing.service.js';
import { TechnicianProfiles } from './filing/technician-profiles.js';
import { ResidentPermitsController } from './http/resident-permits.controller.js';
import { StaffPermitsController } from './http/staff-permits.controller.js';
import { IntegrationRequest } from './persistence/integration-request.entity.js';
import { PracticeDocument } from './persistence/practice-document.entity.js';
import { PracticeParty } from './persistence/practice-party.entity.js';
import { PracticeRecord } from './persistence/practice-record.entity.js';
import { PracticeRepository } from './persistence/practice-repository.js';
import { PracticeTransitionRecord } from './persistence/practice-transition.entity.js';
import { AssignCaseOfficerService } from './services/assign-case-officer.service.js';
import { PermitsOverview } from './services/permits-overview.service.js';
import { PracticeAudit } from './services/practice-audit.js';
import { PracticeDocumentsService } from './services/practice-documents.service.js';
import { PracticeNotifications } from './services/practice-notifications.js';
import { PracticeReadsService } from './services/practice-reads.service.js';
import { PracticeViewFactory } from './services/practice-view-factory.js';
import { RegisterPracticeService } from './services/register-practice.service.js';
import { TransitionPracticeService } from './services/transition-practice.service.js';
import { SignatureVerifier } from './signatures/signature-verifier.service.js';

/** Pratiche edilizie: residents follow theirs, the permits office drives the legal workflow. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      PracticeRecord,
      PracticeParty,
      PracticeTransitionRecord,
      IntegrationRequest,
      PracticeDocument,
      FeeTariff,
      PracticeCharge,
    ]),
    ConfigModule.forFeature(permitsConfig),
    NotificationsModule,
    StorageModule,
    ProtocolModule,
    CertificatesModule,
    RegistryModule,
    PaymentsModule,
  ],
  // The drafts' routes (`permits/drafts`) come before `permits/:id`, which would take `drafts` for an id.
  controllers: [
    PracticeFeesController,
    DraftsController,
    DraftUploadsController,
    TechnicianProfileController,
    AlboPretorioController,
    ResidentPermitsController,
    StaffPermitsController,
  ],
  providers: [
    Clock,
    PracticeRepository,
    PracticeAudit,
    PracticeNotifications,
    PracticeViewFactory,
    PracticeReadsService,
    RegisterPracticeService,
    TransitionPracticeService,
    AssignCaseOfficerService,
    PracticeDocumentsService,
    DocumentUploadInterceptor,
    PermitsOverview,
    SignatureVerifier,
    DraftRepository,
    TechnicianProfiles,
    DraftsService,
    DraftAttachmentsService,
    ResumableUploadsService,
    SubmitFilingService,
    FilingReceiptsService,
    SignedIntegrationsService,
    AlboPretorioService,
    // The filing fee: the office's tariff for the type, paid with pagoPA in the wizard (docs/sue-filing.md, "Fees").
    FilingFeesService,
    { provide: FilingFeePolicy, useExisting: FilingFeesService },
    PracticeFeesService,
  ],
  exports: [PracticeReadsService, PermitsOverview],
})
export class PermitsModule {}

import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigModule, type ConfigType } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Clock } from '../common/italian/clock.js';
import { municipalityConfig, notificationsConfig, registryConfig } from '../config/app.config.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ProtocolModule } from '../protocol/protocol.module.js';
import { StorageModule } from '../storage/storage.module.js';
import { ReadAccessLog } from './access-log/read-access-log.service.js';
import { RecordRegistryReads } from './access-log/record-registry-reads.service.js';
import { AnprClient } from './anpr/anpr-client.js';
import { SourceCertificateSubjects } from './certificate-subjects.service.js';
import { AnswerCorrection } from './corrections/answer-correction.service.js';
import { CorrectionAttachmentInterceptor } from './corrections/correction-attachment.interceptor.js';
import { CorrectionRecords } from './corrections/correction-records.js';
import { CorrectionRequest } from './corrections/correction-request.entity.js';
import { SubmitCorrection } from './corrections/submit-correction.service.js';
import { IdentityCardRemindersController } from './http/identity-card-reminders.controller.js';
import { ResidentRegistryController } from './http/resident-registry.controller.js';
import { StaffRegistryController } from './http/staff-registry.controller.js';
import { StaffRegistryImportsController } from './http/staff-registry-imports.controller.js';
import { ReadImportJobs } from './import/read-import-jobs.service.js';
import { RegistryImportJob } from './import/registry-import-job.entity.js';
import { RegistryImporter } from './import/registry-importer.service.js';
import { StartRegistryImport } from './import/start-registry-import.service.js';
import { RegistryEventRecord } from './persistence/registry-event.entity.js';
import { RegistryHousehold } from './persistence/registry-household.entity.js';
import { RegistryHouseholdMember } from './persistence/registry-household-member.entity.js';
import { RegistryPerson } from './persistence/registry-person.entity.js';
import { RegistryRecords } from './persistence/registry-records.js';
import { RegistryStreet } from './persistence/registry-street.entity.js';
import { RegistryPersonNames } from './person-names.service.js';
import { RegistryOverview } from './registry-overview.service.js';
import { IdentityCardReminders } from './reminders/identity-card-reminders.js';
import { ResidentRegistryReads } from './resident/resident-registry-reads.service.js';
import { AnprRegistrySource } from './source/anpr-registry-source.js';
import { LocalRegistrySource } from './source/local-registry-source.js';
import { RegistrySource } from './source/registry-source.js';
import { RegistryOffice } from './staff/registry-office.service.js';

/**
 * Anagrafe: the registry data residents read about themselves and their household, the registry office's
 * search and rettifica queue, the import of the comune's registry, and the access log of every read.
 * Other modules read through `RegistryOverview` and load data through `RegistryImporter`.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      RegistryStreet,
      RegistryPerson,
      RegistryHousehold,
      RegistryHouseholdMember,
      RegistryEventRecord,
      CorrectionRequest,
      RegistryImportJob,
    ]),
    ConfigModule.forFeature(registryConfig),
    ConfigModule.forFeature(notificationsConfig),
    ConfigModule.forFeature(municipalityConfig),
    NotificationsModule,
    ProtocolModule,
    StorageModule,
  ],
  controllers: [
    ResidentRegistryController,
    StaffRegistryController,
    StaffRegistryImportsController,
    IdentityCardRemindersController,
  ],
  providers: [
    Clock,
    IdentityCardReminders,
    RegistryRecords,
    CorrectionRecords,
    RecordRegistryReads,
    ReadAccessLog,
    ResidentRegistryReads,
    SubmitCorrection,
    AnswerCorrection,
    RegistryOffice,
    RegistryImporter,
    StartRegistryImport,
    ReadImportJobs,
    CorrectionAttachmentInterceptor,
    RegistryOverview,
    LocalRegistrySource,
    RegistryPersonNames,
    {
      provide: RegistrySource,
      inject: [registryConfig.KEY, municipalityConfig.KEY, LocalRegistrySource],
      useFactory: async (
        registry: ConfigType<typeof registryConfig>,
        municipality: ConfigType<typeof municipalityConfig>,
        local: LocalRegistrySource,
      ): Promise<RegistrySource> =>
        registry.anpr
          ? new AnprRegistrySource(await AnprClient.create(registry.anpr), registry.anpr, municipality.name)
          : local,
    },
    {
      provide: SourceCertificateSubjects,
      inject: [RegistrySource, RecordRegistryReads],
      useFactory: (source: RegistrySource, reads: RecordRegistryReads) =>
        new SourceCertificateSubjects(source, reads),
    },
  ],
  exports: [
    RegistryImporter,
    Clock,
    RegistryOverview,
    RegistrySource,
    SourceCertificateSubjects,
    RegistryPersonNames,
  ],
})
export class RegistryModule implements OnApplicationBootstrap {
  constructor(private readonly importer: RegistryImporter) {}

  /** An import cut short by a stopped process must not stay "running" for ever. */
  async onApplicationBootstrap(): Promise<void> {
    await this.importer.failAbandonedJobs();
  }
}

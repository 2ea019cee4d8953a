import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Clock } from '../common/italian/clock.js';
import { f24Config } from '../config/app.config.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { PaymentsModule } from '../payments/payments.module.js';
import { StorageModule } from '../storage/storage.module.js';
import { BulkChunkProcessor } from './bulk/bulk-chunk-processor.js';
import { BulkJobsService } from './bulk/bulk-jobs.service.js';
import { BulkWorker } from './bulk/bulk-worker.js';
import { BulkJobsController } from './http/bulk-jobs.controller.js';
import { ImuRemindersController } from './http/imu-reminders.controller.js';
import { ResidentImuController } from './http/resident-imu.controller.js';
import { StaffTaxesController } from './http/staff-taxes.controller.js';
import { F24PdfRenderer } from './pdf/f24-pdf-renderer.js';
import { F24DocumentRecord } from './persistence/f24-document.entity.js';
import { ImuHoldingsRepository } from './persistence/imu-holdings.repository.js';
import { ImuOwnershipRecord } from './persistence/imu-ownership.entity.js';
import { ImuPropertyRecord } from './persistence/imu-property.entity.js';
import { ImuRatesRecord } from './persistence/imu-rates.entity.js';
import { LegalInterestRateRecord } from './persistence/legal-interest-rate.entity.js';
import { ImuReminderCampaigns } from './reminders/imu-reminder-campaigns.js';
import {
  ImuReminderPaymentLookup,
  PaymentsImuReminderLookup,
} from './reminders/imu-reminder-payment-lookup.js';
import { ImuReminderWorker } from './reminders/imu-reminder-worker.js';
import { F24DocumentsService } from './services/f24-documents.service.js';
import { F24FormService } from './services/f24-form.service.js';
import { ImuAssessmentService } from './services/imu-assessment.service.js';
import { ImuRatesService } from './services/imu-rates.service.js';
import { LegalInterestRatesService } from './services/legal-interest-rates.service.js';
import { PropertyReadsService } from './services/property-reads.service.js';
import { RegisterPropertyService } from './services/register-property.service.js';
import { ResidentImuService } from './services/resident-imu.service.js';
import { SqlTaxpayerDirectory } from './taxpayers/sql-taxpayer-directory.js';
import { TaxpayerDirectory } from './taxpayers/taxpayer-directory.js';

/** IMU from the stored properties, F24 semplificato PDFs, ravvedimento, bulk precompiled F24s. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ImuPropertyRecord,
      ImuOwnershipRecord,
      ImuRatesRecord,
      LegalInterestRateRecord,
      F24DocumentRecord,
    ]),
    ConfigModule.forFeature(f24Config),
    StorageModule,
    NotificationsModule,
    PaymentsModule,
  ],
  controllers: [StaffTaxesController, BulkJobsController, ResidentImuController, ImuRemindersController],
  providers: [
    { provide: TaxpayerDirectory, useClass: SqlTaxpayerDirectory },
    ImuHoldingsRepository,
    // The payments module binds its pagoPA notices here; until then reminders carry none.
    { provide: ImuReminderPaymentLookup, useClass: PaymentsImuReminderLookup },
    ImuReminderCampaigns,
    ImuReminderWorker,
    Clock,
    ImuRatesService,
    LegalInterestRatesService,
    ImuAssessmentService,
    F24FormService,
    F24PdfRenderer,
    RegisterPropertyService,
    PropertyReadsService,
    ResidentImuService,
    Clock,
    F24DocumentsService,
    BulkChunkProcessor,
    BulkWorker,
    BulkJobsService,
  ],
  exports: [ResidentImuService, F24DocumentsService, BulkJobsService, LegalInterestRatesService],
})
export class F24Module {}

import { Logger, Module } from '@nestjs/common';
import { ConfigModule, type ConfigType } from '@nestjs/config';
import { getOptionsToken, getStorageToken, type ThrottlerModuleOptions } from '@nestjs/throttler';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '../common/italian/clock.js';
import { PostgresThrottlerStorage } from '../common/rate-limit/postgres-throttler-storage.js';
import { appConfig, certificatesConfig, municipalityConfig } from '../config/app.config.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { PaymentsModule } from '../payments/payments.module.js';
import { SourceCertificateSubjects } from '../registry/certificate-subjects.service.js';
import { RegistryModule } from '../registry/registry.module.js';
import { CertificatesController } from './http/certificates.controller.js';
import { PublicCertificatesController } from './http/public-certificates.controller.js';
import { CertificateSealKeyring, loadCertificateSealKeyring } from './keys/certificate-seal-keyring.js';
import { CertificateRequest } from './persistence/certificate-request.entity.js';
import { CertificateRequestRepository } from './persistence/certificate-request.repository.js';
import { IssuedCertificate } from './persistence/issued-certificate.entity.js';
import { IssuedCertificateRepository } from './persistence/issued-certificate-repository.js';
import { CertificateArchiveService } from './services/certificate-archive.service.js';
import { CertificateCatalogService } from './services/certificate-catalog.service.js';
import { CertificateHistory } from './services/certificate-history.service.js';
import { CertificateRenderer } from './services/certificate-renderer.js';
import { CertificateStampPaidHandler } from './services/certificate-stamp-paid.handler.js';
import { IssueCertificateService } from './services/issue-certificate.service.js';
import { PdfSealService } from './services/pdf-seal.service.js';
import { VerifyCertificateService } from './services/verify-certificate.service.js';
import { CertificateSubjectSource } from './subject/certificate-subject-source.js';
import { RegistryCertificateSubjectSource } from './subject/registry-certificate-subject-source.js';

/**
 * Registry certificates: issuing (sealed, PAdES-signed PDF), the resident's archive and the public
 * verification. The throttler's options and storage are provided here, not through the global
 * ThrottlerModule, so only the routes that ask for the guard are limited.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([IssuedCertificate, CertificateRequest]),
    ConfigModule.forFeature(appConfig),
    ConfigModule.forFeature(certificatesConfig),
    ConfigModule.forFeature(municipalityConfig),
    NotificationsModule,
    PaymentsModule,
    RegistryModule,
  ],
  controllers: [CertificatesController, PublicCertificatesController],
  providers: [
    {
      provide: CertificateSealKeyring,
      inject: [certificatesConfig.KEY, municipalityConfig.KEY],
      useFactory: (
        config: ConfigType<typeof certificatesConfig>,
        municipality: ConfigType<typeof municipalityConfig>,
      ) => {
        const logger = new Logger('Certificates');
        return loadCertificateSealKeyring(config, { municipalityName: municipality.name }, (message) =>
          logger.log(message),
        );
      },
    },
    {
      provide: getOptionsToken(),
      inject: [certificatesConfig.KEY],
      useFactory: (config: ConfigType<typeof certificatesConfig>): ThrottlerModuleOptions => ({
        // Named `default`: the guard then sends plain `Retry-After` and `X-RateLimit-*` headers (other
        // names get suffixed ones). The storage key already tells routes apart.
        throttlers: [{ name: 'default', ttl: config.verifyRateWindowMs, limit: config.verifyRateLimit }],
        setHeaders: true,
      }),
    },
    { provide: getStorageToken(), useClass: PostgresThrottlerStorage },
    {
      // The registry says whether its source answers (ANPR); otherwise the tables are read in the transaction.
      provide: CertificateSubjectSource,
      inject: [SourceCertificateSubjects, getDataSourceToken()],
      useFactory: (sourced: SourceCertificateSubjects, dataSource: DataSource): CertificateSubjectSource =>
        sourced.answers ? sourced : new RegistryCertificateSubjectSource(dataSource),
    },
    Clock,
    IssuedCertificateRepository,
    CertificateRequestRepository,
    CertificateStampPaidHandler,
    CertificateRenderer,
    CertificateCatalogService,
    IssueCertificateService,
    CertificateArchiveService,
    VerifyCertificateService,
    CertificateHistory,
    PdfSealService,
  ],
  exports: [CertificateHistory, PdfSealService],
})
export class CertificatesModule {}

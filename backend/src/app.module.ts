import { Module } from '@nestjs/common';
import { ConfigModule, type ConfigType } from '@nestjs/config';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppointmentsModule } from './appointments/appointments.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { AccessGuard } from './auth/authorization/access.guard.js';
import { CertificatesModule } from './certificates/certificates.module.js';
import { ProblemDetailsFilter } from './common/errors/problem-details.filter.js';
import { RateLimitGuard } from './common/rate-limit/rate-limit.guard.js';
import { RateLimitModule } from './common/rate-limit/rate-limit.module.js';
import {
  appConfig,
  authConfig,
  databaseConfig,
  mailConfig,
  municipalityConfig,
} from './config/app.config.js';
import { typeOrmOptions } from './database/typeorm-options.js';
import { DemoModule } from './demo/demo.module.js';
import { F24Module } from './f24/f24.module.js';
import { FeedbackModule } from './feedback/feedback.module.js';
import { HealthModule } from './health/health.module.js';
import { MessagesModule } from './messages/messages.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { MunicipalityModule } from './municipality/municipality.module.js';
import { PaymentsModule } from './payments/payments.module.js';
import { PermitsModule } from './permits/permits.module.js';
import { PersonalAreaModule } from './personal-area/personal-area.module.js';
import { PortalContentModule } from './portal-content/portal-content.module.js';
import { RegistryModule } from './registry/registry.module.js';

@Module({
  imports: [
    ConfigModule.forRoot({
      isGlobal: true,
      ignoreEnvFile: true,
      load: [appConfig, databaseConfig, municipalityConfig, authConfig, mailConfig],
    }),
    TypeOrmModule.forRootAsync({
      inject: [databaseConfig.KEY],
      useFactory: (database: ConfigType<typeof databaseConfig>) => {
        if (!database.url)
          throw new Error('DATABASE_URL must be resolved before the application module starts');
        return {
          ...typeOrmOptions(database.url, database.poolSize, database.preparedStatements),
          autoLoadEntities: true,
          retryAttempts: 3,
        };
      },
    }),
    RateLimitModule,
    AuditModule,
    AuthModule,
    CertificatesModule,
    F24Module,
    HealthModule,
    MetricsModule,
    MunicipalityModule,
    PaymentsModule,
    PermitsModule,
    RegistryModule,
    MessagesModule,
    PersonalAreaModule,
    FeedbackModule,
    AppointmentsModule,
    PortalContentModule,
    DemoModule,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    // After the access rules: only a caller allowed to write spends their write budget.
    { provide: APP_GUARD, useExisting: RateLimitGuard },
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
  ],
})
export class AppModule {}

import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AuthModule } from '../auth/auth.module.js';
import { metricsConfig } from './metrics.config.js';
import { MetricsController } from './metrics.controller.js';
import { MetricsService } from './metrics.service.js';
import { MetricsTokenGuard } from './metrics-token.guard.js';
import { SessionCacheGauges } from './session-cache-gauges.js';
import { WorkQueueGauges } from './work-queue-gauges.js';

/** Prometheus metrics at `GET /api/metrics`; global, so any module can inject `MetricsService` for its gauges. */
@Global()
@Module({
  imports: [ConfigModule.forFeature(metricsConfig), AuthModule],
  controllers: [MetricsController],
  providers: [MetricsService, MetricsTokenGuard, WorkQueueGauges, SessionCacheGauges],
  exports: [MetricsService],
})
export class MetricsModule {}

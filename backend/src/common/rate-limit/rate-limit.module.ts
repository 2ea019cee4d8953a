import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { rateLimitConfig } from '../../config/app.config.js';
import { PostgresThrottlerStorage } from './postgres-throttler-storage.js';
import { RateLimitGuard } from './rate-limit.guard.js';

/** The PostgreSQL counters and the global guard that applies the portal's rate limits. */
@Module({
  imports: [ConfigModule.forFeature(rateLimitConfig)],
  providers: [PostgresThrottlerStorage, RateLimitGuard],
  exports: [PostgresThrottlerStorage, RateLimitGuard],
})
export class RateLimitModule {}

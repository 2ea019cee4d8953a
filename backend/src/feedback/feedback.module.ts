import { Module } from '@nestjs/common';
import { getOptionsToken, getStorageToken, type ThrottlerModuleOptions } from '@nestjs/throttler';
import { PostgresThrottlerStorage } from '../common/rate-limit/postgres-throttler-storage.js';
import { FeedbackController } from './feedback.controller.js';
import { FeedbackReportController } from './feedback-report.controller.js';
import { FeedbackReportService } from './feedback-report.service.js';
import { SubmitFeedbackService } from './submit-feedback.service.js';

/** At most this many answers per client address and window: enough for a person, useless for a flood. */
const FEEDBACK_LIMIT = 20;
const FEEDBACK_WINDOW_MS = 10 * 60_000;

/** Anonymous answers of the rating component (`service_feedback`), rate-limited with the shared PostgreSQL store. */
@Module({
  controllers: [FeedbackController, FeedbackReportController],
  providers: [
    {
      provide: getOptionsToken(),
      useValue: {
        throttlers: [{ name: 'default', ttl: FEEDBACK_WINDOW_MS, limit: FEEDBACK_LIMIT }],
        setHeaders: true,
      } satisfies ThrottlerModuleOptions,
    },
    { provide: getStorageToken(), useClass: PostgresThrottlerStorage },
    SubmitFeedbackService,
    FeedbackReportService,
  ],
})
export class FeedbackModule {}

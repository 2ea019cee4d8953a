import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Clock } from '../../common/italian/clock.js';
import { romeDay } from '../../common/italian/rome-day.js';
import { PollingLoop } from '../../common/jobs/polling-loop.js';
import { f24Config } from '../../config/app.config.js';
import { ImuReminderCampaigns } from './imu-reminder-campaigns.js';

/** How often the worker checks whether a reminder window opened (starting a campaign twice is harmless). */
const SCHEDULE_CHECK_MS = 3_600_000;

/**
 * Starts each instalment's campaign when its reminder window opens (7 days before the due date) and sends the
 * running campaigns in batches. Runs in every replica (`IMU_REMINDERS_WORKER=false` turns it off on one); the
 * replicas share the batches.
 */
@Injectable()
export class ImuReminderWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ImuReminderWorker.name);
  private readonly loop: PollingLoop;
  private lastScheduleCheck = 0;

  constructor(
    private readonly campaigns: ImuReminderCampaigns,
    private readonly clock: Clock,
    @Inject(f24Config.KEY) private readonly config: ConfigType<typeof f24Config>,
  ) {
    this.loop = new PollingLoop((loop) => this.drain(loop), config.bulkPollIntervalMs);
  }

  onApplicationBootstrap(): void {
    if (!this.config.remindersWorker) {
      this.logger.log('IMU_REMINDERS_WORKER is off: this process sends no IMU reminders.');
      return;
    }
    this.loop.start();
  }

  wake(): void {
    this.loop.wake();
  }

  async onModuleDestroy(): Promise<void> {
    await this.loop.stop();
  }

  private async drain(loop: PollingLoop): Promise<void> {
    const pause = (error: Error) =>
      this.logger.error(`IMU reminders paused for this round: ${error.message}`);
    try {
      await this.startDueCampaigns();
    } catch (error) {
      pause(error as Error);
      return;
    }
    // One batch per transaction, one lane: the next batch starts after the event loop had its turn.
    await loop.drainLanes(1, () => this.campaigns.processNextBatch(), pause);
  }

  private async startDueCampaigns(): Promise<void> {
    const now = this.clock.now();
    if (now.getTime() - this.lastScheduleCheck < SCHEDULE_CHECK_MS) return;
    this.lastScheduleCheck = now.getTime();
    for (const { year, instalment } of ImuReminderCampaigns.dueForReminders(romeDay(now))) {
      try {
        await this.campaigns.start(year, instalment, null);
      } catch (error) {
        // Typically the year's rates are not entered yet: the office sees no campaign and can start it later.
        this.logger.warn(`IMU reminders for ${instalment} ${year} not started: ${(error as Error).message}`);
      }
    }
  }
}

import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { f24Config } from '../../config/app.config.js';
import { BulkChunkProcessor } from './bulk-chunk-processor.js';

/**
 * Works through the chunks of running bulk jobs, one at a time (generating PDFs keeps the CPU busy; more
 * throughput comes from more replicas, which share the work chunk by chunk). Started with the
 * application, so a backend restarted after a crash picks up where the jobs are.
 */
@Injectable()
export class BulkWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(BulkWorker.name);
  private timer: NodeJS.Timeout | undefined;
  private draining: Promise<void> | undefined;
  private wakeRequested = false;
  private started = false;
  private stopping = false;

  constructor(
    private readonly processor: BulkChunkProcessor,
    @Inject(f24Config.KEY) private readonly config: ConfigType<typeof f24Config>,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.bulkWorker) {
      this.logger.log('F24_BULK_WORKER is off: this process does not generate bulk F24s.');
      return;
    }
    this.started = true;
    this.schedule(0);
  }

  /** Starts at once: called after a job has been committed. */
  wake(): void {
    if (!this.started || this.stopping) return;
    if (this.draining) {
      this.wakeRequested = true;
      return;
    }
    this.schedule(0);
  }

  /** Lets the chunk in progress commit: stopping mid-chunk would only make another replica redo it. */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    await this.draining;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.draining = this.drain().finally(() => {
        this.draining = undefined;
        if (this.stopping) return;
        const again = this.wakeRequested;
        this.wakeRequested = false;
        this.schedule(again ? 0 : this.config.bulkPollIntervalMs);
      });
    }, delayMs);
    this.timer.unref();
  }

  private async drain(): Promise<void> {
    try {
      while (!this.stopping && (await this.processor.processNext())) {
        await this.processor.completeFinishedJobs();
      }
      await this.processor.completeFinishedJobs();
    } catch (error) {
      this.logger.error(`Bulk F24 generation paused for this round: ${(error as Error).message}`);
    }
  }
}

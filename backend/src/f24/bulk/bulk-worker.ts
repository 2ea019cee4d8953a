import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { PollingLoop } from '../../common/jobs/polling-loop.js';
import { f24Config } from '../../config/app.config.js';
import { BulkChunkProcessor } from './bulk-chunk-processor.js';

/**
 * Works through the chunks of running bulk jobs, `bulkConcurrency` at a time, each claimed as a replica would
 * (SKIP LOCKED, one transaction per chunk): one chunk's reads and writes overlap another's drawing on the
 * render threads. More throughput comes from more replicas, which share the work chunk by chunk. Started with
 * the application, so a backend restarted after a crash picks up where the jobs are.
 */
@Injectable()
export class BulkWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(BulkWorker.name);
  private readonly loop: PollingLoop;

  constructor(
    private readonly processor: BulkChunkProcessor,
    @Inject(f24Config.KEY) private readonly config: ConfigType<typeof f24Config>,
  ) {
    this.loop = new PollingLoop((loop) => this.drain(loop), config.bulkPollIntervalMs);
  }

  onApplicationBootstrap(): void {
    if (!this.config.bulkWorker) {
      this.logger.log('F24_BULK_WORKER is off: this process does not generate bulk F24s.');
      return;
    }
    this.loop.start();
  }

  /** Starts at once: called after a job has been committed. */
  wake(): void {
    this.loop.wake();
  }

  /** Lets the chunk in progress commit: stopping mid-chunk would only make another replica redo it. */
  async onModuleDestroy(): Promise<void> {
    await this.loop.stop();
  }

  private drain(loop: PollingLoop): Promise<void> {
    return loop.drainLanes(
      this.config.bulkConcurrency,
      async () => {
        const more = await this.processor.processNext();
        await this.processor.completeFinishedJobs();
        return more;
      },
      (error) => this.logger.error(`Bulk F24 generation paused for this round: ${error.message}`),
    );
  }
}

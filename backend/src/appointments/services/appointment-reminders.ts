import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { addDays } from '../../common/calendar/civil-date.js';
import { Clock } from '../../common/italian/clock.js';
import { PollingLoop } from '../../common/jobs/polling-loop.js';
import { appointmentsConfig } from '../../config/app.config.js';
import { NotificationOutbox } from '../../notifications/outbox/notification-outbox.service.js';
import { romeInstant } from '../domain/rome-time.js';
import { AppointmentRepository } from '../persistence/appointment-repository.js';
import { AppointmentNotifications } from './appointment-notifications.js';

/** Appointments reminded per transaction: a short lock, however many are due. */
const BATCH = 50;

/**
 * The reminder the day before. Every replica runs it; each appointment starting tomorrow (Italian day) is
 * claimed by one conditional UPDATE in the transaction that writes its message to the outbox, so it is
 * reminded once: never twice, and never lost if the process stops halfway. A moved appointment is reminded
 * again for its new day.
 */
@Injectable()
export class AppointmentReminders implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AppointmentReminders.name);
  private readonly loop: PollingLoop;

  constructor(
    private readonly repository: AppointmentRepository,
    private readonly notifications: AppointmentNotifications,
    private readonly outbox: NotificationOutbox,
    private readonly clock: Clock,
    @Inject(appointmentsConfig.KEY) config: ConfigType<typeof appointmentsConfig>,
  ) {
    this.loop = new PollingLoop(() => this.runOnce().then(() => undefined), config.reminderIntervalMs);
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.loop.stop();
  }

  /** Reminds every booked appointment of tomorrow not reminded yet; returns how many. */
  async runOnce(): Promise<number> {
    const tomorrow = addDays(this.clock.today(), 1);
    const from = romeInstant(tomorrow, '00:00');
    const to = romeInstant(addDays(tomorrow, 1), '00:00');
    let total = 0;
    try {
      for (;;) {
        const count = await this.repository.transaction(async (manager) => {
          const due = await this.repository.claimReminders(manager, from, to, BATCH);
          await this.outbox.enqueue(
            manager,
            due.map((record) => this.notifications.messageFor(record, 'reminder')),
          );
          return due.length;
        });
        total += count;
        if (count < BATCH || this.loop.stopping) break;
      }
    } catch (error) {
      this.logger.error(`Appointment reminders stopped for this round: ${(error as Error).message}`);
    }
    if (total > 0) this.outbox.deliverSoon();
    return total;
  }
}

import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { Clock } from '../../common/italian/clock.js';
import { AppointmentErrors } from '../domain/appointment-errors.js';
import type { AppointmentRecord } from '../persistence/appointment-records.js';
import { AppointmentRepository } from '../persistence/appointment-repository.js';
import { appointmentView } from '../views/appointment-view-mapper.js';
import type { AppointmentListView, AppointmentView } from '../views/appointment-views.js';
import { AppointmentNotifications } from './appointment-notifications.js';

/** The resident's own appointments ("I miei appuntamenti") and their calendar files. */
@Injectable()
export class AppointmentReadsService {
  constructor(
    private readonly repository: AppointmentRepository,
    private readonly notifications: AppointmentNotifications,
    private readonly clock: Clock,
  ) {}

  async mine(user: AuthUser): Promise<AppointmentListView> {
    const now = this.clock.now();
    const records = await this.repository.listForResident(user.fiscalCode);
    // Upcoming first, soonest first; then the past and the cancelled, latest first.
    const upcoming = records
      .filter((record) => record.status === 'booked' && record.startsAt > now)
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    const others = records.filter((record) => !upcoming.includes(record));
    return { items: [...upcoming, ...others].map((record) => appointmentView(record, now)) };
  }

  async one(user: AuthUser, id: string): Promise<AppointmentView> {
    return appointmentView(await this.own(user, id), this.clock.now());
  }

  async calendarFile(user: AuthUser, id: string): Promise<string> {
    return this.notifications.calendarFile(await this.own(user, id));
  }

  private async own(user: AuthUser, id: string): Promise<AppointmentRecord> {
    const record = await this.repository.findAppointment(id);
    if (!record || record.fiscalCode !== user.fiscalCode) throw AppointmentErrors.appointmentNotFound();
    return record;
  }
}

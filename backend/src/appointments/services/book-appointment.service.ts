import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { Clock } from '../../common/italian/clock.js';
import { appointmentsConfig } from '../../config/app.config.js';
import { NotificationOutbox } from '../../notifications/outbox/notification-outbox.service.js';
import { AppointmentErrors } from '../domain/appointment-errors.js';
import { bookableSlot } from '../domain/office-slots.js';
import { parseSlotId, type SlotRef } from '../domain/slot-id.js';
import type { AppointmentMessageKind } from '../notifications/appointment-message.template.js';
import type { AppointmentRecord, OfficeRecord } from '../persistence/appointment-records.js';
import { AppointmentRepository } from '../persistence/appointment-repository.js';
import { appointmentView } from '../views/appointment-view-mapper.js';
import type { AppointmentCreatedView, AppointmentView } from '../views/appointment-views.js';
import { AppointmentNotifications } from './appointment-notifications.js';

export interface BookingRequest {
  slotId: string;
  reason: string;
  email?: string | null;
  phone?: string | null;
}

/** PostgreSQL's unique_violation: the seat was taken by a transaction that committed first. */
const UNIQUE_VIOLATION = '23505';

/** A resident books, moves and cancels their own appointments. */
@Injectable()
export class BookAppointmentService {
  constructor(
    private readonly repository: AppointmentRepository,
    private readonly notifications: AppointmentNotifications,
    private readonly outbox: NotificationOutbox,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(appointmentsConfig.KEY) private readonly config: ConfigType<typeof appointmentsConfig>,
  ) {}

  async book(user: AuthUser, request: BookingRequest): Promise<AppointmentCreatedView> {
    const ref = this.slotRef(request.slotId);
    const office = await this.officeOf(ref);
    const reason = office.reasons.find((offered) => offered === request.reason.trim());
    if (!reason) throw AppointmentErrors.reasonNotOffered();
    const id = await this.repository.transaction(async (manager) => {
      await this.repository.lockResident(manager, user.fiscalCode);
      const slot = await this.bookable(manager, office, ref);
      const now = this.clock.now();
      const active = await this.repository.countActive(manager, user.fiscalCode, now);
      if (active >= this.config.maxActivePerResident) {
        throw AppointmentErrors.tooManyActive(this.config.maxActivePerResident);
      }
      const created = await this.repository.insertBooking(manager, {
        officeId: office.id,
        ...slot,
        capacity: office.capacity,
        reason,
        person: {
          fiscalCode: user.fiscalCode,
          givenName: user.givenName,
          familyName: user.familyName,
          email: request.email?.trim() || user.email,
          phone: request.phone?.trim() || null,
        },
      });
      if (!created) throw AppointmentErrors.slotTaken();
      await this.recordAndNotify(manager, user, created, 'booked');
      return created;
    });
    this.outbox.deliverSoon();
    return { id };
  }

  async move(user: AuthUser, id: string, slotId: string): Promise<AppointmentView> {
    const ref = this.slotRef(slotId);
    const office = await this.officeOf(ref);
    try {
      const moved = await this.repository.transaction(async (manager) => {
        const current = await this.changeable(manager, user, id);
        if (current.officeId !== office.id) throw AppointmentErrors.slotNotAvailable();
        const slot = await this.bookable(manager, office, ref);
        const taken = await this.repository.moveBooking(manager, id, {
          ...slot,
          capacity: office.capacity,
          officeId: office.id,
        });
        if (!taken) throw AppointmentErrors.slotTaken();
        return this.recordAndNotify(manager, user, id, 'moved', {
          from: current.startsAt.toISOString(),
        });
      });
      this.outbox.deliverSoon();
      return appointmentView(moved, this.clock.now());
    } catch (error) {
      const failure = error as { code?: string; driverError?: { code?: string } };
      if ((failure.driverError?.code ?? failure.code) === UNIQUE_VIOLATION)
        throw AppointmentErrors.slotTaken();
      throw error;
    }
  }

  async cancel(user: AuthUser, id: string): Promise<void> {
    await this.repository.transaction(async (manager) => {
      await this.changeable(manager, user, id);
      await this.repository.cancelBooking(manager, id);
      await this.recordAndNotify(manager, user, id, 'cancelled');
    });
    this.outbox.deliverSoon();
  }

  private slotRef(slotId: string): SlotRef {
    const ref = parseSlotId(slotId);
    if (!ref) throw AppointmentErrors.slotNotAvailable();
    return ref;
  }

  private async officeOf(ref: SlotRef): Promise<OfficeRecord> {
    const office = await this.repository.findOffice(ref.officeId);
    if (!office) throw AppointmentErrors.slotNotAvailable();
    return office;
  }

  private async bookable(manager: EntityManager, office: OfficeRecord, ref: SlotRef) {
    const closures = await this.repository.closedDays(office.id, ref.date, ref.date, manager);
    return bookableSlot(office, ref, closures, this.clock.now());
  }

  /** The caller's own appointment, locked, booked and still ahead; someone else's is simply not found. */
  private async changeable(manager: EntityManager, user: AuthUser, id: string): Promise<AppointmentRecord> {
    const current = await this.repository.lockAppointment(manager, id);
    if (!current || current.fiscalCode !== user.fiscalCode) throw AppointmentErrors.appointmentNotFound();
    if (current.status !== 'booked' || current.startsAt.getTime() <= this.clock.now().getTime()) {
      throw AppointmentErrors.alreadyPast();
    }
    return current;
  }

  private async recordAndNotify(
    manager: EntityManager,
    user: AuthUser,
    id: string,
    kind: AppointmentMessageKind,
    details: Record<string, unknown> = {},
  ): Promise<AppointmentRecord> {
    const record = (await this.repository.findAppointment(id, manager))!;
    await this.audit.record(
      {
        actor: user,
        actorRole: 'resident',
        action: `appointments.appointment.${kind}`,
        subjectFiscalCode: user.fiscalCode,
        resourceType: 'appointment',
        resourceId: id,
        details: { ...details, office: record.officeId, startsAt: record.startsAt.toISOString() },
      },
      manager,
    );
    await this.outbox.enqueue(manager, [this.notifications.messageFor(record, kind)]);
    return record;
  }
}

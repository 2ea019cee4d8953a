import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { addDays, parseIsoDate } from '../../common/calendar/civil-date.js';
import { italianNationalHolidays } from '../../common/calendar/italian-holidays.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/italian/clock.js';
import { AppointmentErrors } from '../domain/appointment-errors.js';
import { romeInstant } from '../domain/rome-time.js';
import { checkWeeklyHours, type OpeningPeriod } from '../domain/weekly-hours.js';
import type { OfficeRecord } from '../persistence/appointment-records.js';
import { AppointmentRepository } from '../persistence/appointment-repository.js';
import { appointmentView, officeView } from '../views/appointment-view-mapper.js';
import type {
  AppointmentAgendaView,
  AppointmentClosureView,
  StaffAppointmentOfficeListView,
  StaffAppointmentOfficeView,
} from '../views/appointment-views.js';

const invalidDate = (field: string) =>
  new DomainError({
    code: 'APPOINTMENT_DATE_INVALID',
    status: 400,
    detail: 'Indica un giorno esistente nel formato AAAA-MM-GG, da oggi in poi.',
    field,
  });

/** The office's clerks: the day's agenda, the opening hours and slot settings, the closures. */
@Injectable()
export class StaffAppointmentsService {
  constructor(
    private readonly repository: AppointmentRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async offices(user: AuthUser): Promise<StaffAppointmentOfficeListView> {
    const offices = (await this.repository.listOffices()).filter((office) => manages(user, office));
    return { items: await Promise.all(offices.map((office) => this.staffOffice(office))) };
  }

  /** The booked appointments of one office and day; every resident shown is an audited read of their data. */
  async agenda(user: AuthUser, query: { office: string; date: string }): Promise<AppointmentAgendaView> {
    if (!parseIsoDate(query.date)) throw invalidDate('date');
    const office = await this.managedOffice(user, query.office);
    const records = await this.repository.agenda(
      office.id,
      romeInstant(query.date, '00:00'),
      romeInstant(addDays(query.date, 1), '00:00'),
    );
    await this.repository.transaction(async (manager) => {
      for (const record of records) {
        await this.audit.record(
          {
            actor: user,
            action: 'appointments.agenda.read',
            subjectFiscalCode: record.fiscalCode,
            resourceType: 'appointment',
            resourceId: record.id,
            purpose: `Agenda degli appuntamenti: ${office.name}, ${query.date}`,
          },
          manager,
        );
      }
    });
    const closures = await this.repository.listClosures(office.id, query.date);
    const closure = closures.find((item) => item.date === query.date)?.reason;
    const holiday = italianNationalHolidays(Number(query.date.slice(0, 4))).find(
      (item) => item.date === query.date,
    );
    const now = this.clock.now();
    return {
      office: officeView(office),
      date: query.date,
      closedBecause: closure ?? holiday?.name ?? null,
      items: records.map((record) => appointmentView(record, now)),
    };
  }

  async setHours(
    user: AuthUser,
    officeId: string,
    schedule: { hours: OpeningPeriod[]; slotMinutes: number; capacity: number },
  ): Promise<StaffAppointmentOfficeView> {
    const office = await this.managedOffice(user, officeId);
    const weeklyHours = checkWeeklyHours(
      schedule.hours.map(({ weekday, opens, closes }) => ({ weekday, opens, closes })),
    );
    await this.repository.transaction(async (manager) => {
      await this.repository.updateSchedule(manager, office.id, {
        weeklyHours,
        slotMinutes: schedule.slotMinutes,
        capacity: schedule.capacity,
      });
      await this.audit.record(
        {
          actor: user,
          action: 'appointments.office.schedule_changed',
          resourceType: 'appointment_office',
          resourceId: office.id,
          details: {
            before: { hours: office.weeklyHours, slotMinutes: office.slotMinutes, capacity: office.capacity },
            after: { hours: weeklyHours, slotMinutes: schedule.slotMinutes, capacity: schedule.capacity },
          },
        },
        manager,
      );
    });
    return this.staffOffice((await this.repository.findOffice(office.id))!);
  }

  async addClosure(
    user: AuthUser,
    officeId: string,
    closure: { date: string; reason: string },
  ): Promise<AppointmentClosureView> {
    const office = await this.managedOffice(user, officeId);
    if (!parseIsoDate(closure.date) || closure.date < this.clock.today()) throw invalidDate('date');
    const reason = closure.reason.trim();
    if (!reason)
      throw new DomainError({
        code: 'APPOINTMENT_CLOSURE_REASON',
        status: 400,
        detail: 'Indica il motivo della chiusura.',
        field: 'reason',
      });
    const id = await this.repository.transaction(async (manager) => {
      const created = await this.repository.insertClosure(manager, {
        officeId: office.id,
        date: closure.date,
        reason,
        createdBy: user.fiscalCode,
      });
      if (!created) throw AppointmentErrors.closureExists();
      await this.audit.record(
        {
          actor: user,
          action: 'appointments.office.closure_added',
          resourceType: 'appointment_office',
          resourceId: office.id,
          details: { closure: created, date: closure.date, reason },
        },
        manager,
      );
      return created;
    });
    return { id, date: closure.date, reason };
  }

  async removeClosure(user: AuthUser, officeId: string, closureId: string): Promise<void> {
    const office = await this.managedOffice(user, officeId);
    await this.repository.transaction(async (manager) => {
      const removed = await this.repository.deleteClosure(manager, office.id, closureId);
      if (!removed) throw AppointmentErrors.closureNotFound();
      await this.audit.record(
        {
          actor: user,
          action: 'appointments.office.closure_removed',
          resourceType: 'appointment_office',
          resourceId: office.id,
          details: { closure: removed.id, date: removed.date, reason: removed.reason },
        },
        manager,
      );
    });
  }

  private async managedOffice(user: AuthUser, officeId: string): Promise<OfficeRecord> {
    const office = await this.repository.findOffice(officeId.toLowerCase());
    if (!office || !manages(user, office)) throw AppointmentErrors.officeNotFound();
    return office;
  }

  private async staffOffice(office: OfficeRecord): Promise<StaffAppointmentOfficeView> {
    const closures = await this.repository.listClosures(office.id, this.clock.today());
    return {
      ...officeView(office),
      capacity: office.capacity,
      closures: closures.map(({ id, date, reason }) => ({ id, date, reason })),
    };
  }
}

/** Admins manage every office; a clerk the offices of their role. */
function manages(user: AuthUser, office: OfficeRecord): boolean {
  return user.roles.includes('admin') || user.roles.includes(office.staffRole);
}

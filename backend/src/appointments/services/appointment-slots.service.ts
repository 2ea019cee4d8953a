import { Injectable } from '@nestjs/common';
import { addDays } from '../../common/calendar/civil-date.js';
import { Clock } from '../../common/italian/clock.js';
import { AppointmentErrors } from '../domain/appointment-errors.js';
import { checkRange, officeSlots } from '../domain/office-slots.js';
import { romeInstant } from '../domain/rome-time.js';
import { AppointmentRepository } from '../persistence/appointment-repository.js';
import { officeView } from '../views/appointment-view-mapper.js';
import type { AppointmentOfficeListView, AppointmentSlotListView } from '../views/appointment-views.js';

/** What anyone may see before logging in: the offices, their hours and their free slots. */
@Injectable()
export class AppointmentSlotsService {
  constructor(
    private readonly repository: AppointmentRepository,
    private readonly clock: Clock,
  ) {}

  async offices(): Promise<AppointmentOfficeListView> {
    return { items: (await this.repository.listOffices()).map(officeView) };
  }

  async freeSlots(query: { office: string; from: string; to: string }): Promise<AppointmentSlotListView> {
    const range = checkRange(query.from, query.to);
    const office = await this.repository.findOffice(query.office.toLowerCase());
    if (!office) throw AppointmentErrors.officeNotFound();
    const [closures, taken] = await Promise.all([
      this.repository.closedDays(office.id, range.from, range.to),
      this.repository.takenSeats(
        office.id,
        romeInstant(range.from, '00:00'),
        romeInstant(addDays(range.to, 1), '00:00'),
      ),
    ]);
    const slots = officeSlots(office, range, closures, taken, this.clock.now());
    return {
      office: office.id,
      from: range.from,
      to: range.to,
      items: slots
        .filter((slot) => slot.free > 0)
        .map((slot) => ({
          id: slot.id,
          date: slot.date,
          time: slot.time,
          startsAt: slot.startsAt.toISOString(),
          endsAt: slot.endsAt.toISOString(),
        })),
    };
  }
}

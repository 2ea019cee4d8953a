import { romeWallClock } from '../domain/rome-time.js';
import type { AppointmentRecord, OfficeRecord } from '../persistence/appointment-records.js';
import type { AppointmentOfficeView, AppointmentView } from './appointment-views.js';

export function officeView(office: OfficeRecord): AppointmentOfficeView {
  return {
    id: office.id,
    name: office.name,
    address: office.address,
    email: office.email,
    phone: office.phone,
    reasons: office.reasons,
    hours: office.weeklyHours.map(({ weekday, opens, closes }) => ({ weekday, opens, closes })),
    slotMinutes: office.slotMinutes,
  };
}

export function appointmentView(record: AppointmentRecord, now: Date): AppointmentView {
  const wall = romeWallClock(record.startsAt);
  return {
    id: record.id,
    officeId: record.officeId,
    officeName: record.officeName,
    officeAddress: record.officeAddress,
    startsAt: record.startsAt.toISOString(),
    endsAt: record.endsAt.toISOString(),
    date: wall.date,
    time: wall.time,
    reason: record.reason,
    status: record.status,
    changeable: record.status === 'booked' && record.startsAt.getTime() > now.getTime(),
    givenName: record.givenName,
    familyName: record.familyName,
    fiscalCode: record.fiscalCode,
    email: record.email,
    phone: record.phone,
  };
}

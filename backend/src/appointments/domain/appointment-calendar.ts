import { createEvent } from 'ics';

export interface CalendarAppointment {
  id: string;
  startsAt: Date;
  endsAt: Date;
  /** Bumped on every move or cancellation, so calendars replace the event they hold. */
  sequence: number;
  cancelled: boolean;
  title: string;
  description: string;
  location: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string | null };
}

/** The same for every file about one appointment: calendars update or remove the event instead of adding one. */
export function appointmentUid(id: string, domain: string): string {
  return `appointment-${id}@${domain}`;
}

/**
 * The iCalendar file of an appointment (RFC 5545, iTIP METHOD REQUEST, or CANCEL once cancelled). Times are
 * written in UTC (`...Z`): every calendar shows them in the reader's zone, which for the comune's residents is
 * the Europe/Rome time the office set.
 */
export function appointmentCalendar(appointment: CalendarAppointment, domain: string): string {
  const { error, value } = createEvent({
    productId: 'portale-del-cittadino/appuntamenti',
    method: appointment.cancelled ? 'CANCEL' : 'REQUEST',
    uid: appointmentUid(appointment.id, domain),
    sequence: appointment.sequence,
    start: appointment.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: appointment.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: appointment.title,
    description: appointment.description,
    location: appointment.location,
    status: appointment.cancelled ? 'CANCELLED' : 'CONFIRMED',
    busyStatus: 'BUSY',
    organizer: appointment.organizer,
    attendees: appointment.attendee.email
      ? [
          {
            name: appointment.attendee.name,
            email: appointment.attendee.email,
            rsvp: false,
            partstat: 'ACCEPTED',
            role: 'REQ-PARTICIPANT',
          },
        ]
      : [],
  });
  if (error || !value) throw error ?? new Error('The calendar file could not be written');
  return value;
}

import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { appConfig, mailConfig, municipalityConfig } from '../../config/app.config.js';
import type { Locale } from '../../notifications/content/message-content.js';
import type { OutgoingNotification } from '../../notifications/outbox/outgoing-notification.js';
import { appointmentCalendar } from '../domain/appointment-calendar.js';
import {
  type AppointmentMessageKind,
  appointmentMessage,
} from '../notifications/appointment-message.template.js';
import type { AppointmentRecord } from '../persistence/appointment-records.js';

/** Turns a booking and what happened to it into the message for its resident, and into its calendar file. */
@Injectable()
export class AppointmentNotifications {
  constructor(
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
    @Inject(municipalityConfig.KEY) private readonly municipality: ConfigType<typeof municipalityConfig>,
    @Inject(mailConfig.KEY) private readonly mail: ConfigType<typeof mailConfig>,
  ) {}

  /** By e-mail when the resident gave an address; always in their personal-area inbox. */
  messageFor(record: AppointmentRecord, kind: AppointmentMessageKind): OutgoingNotification {
    const content = (locale: Locale) =>
      appointmentMessage({
        locale,
        kind,
        municipalityName: this.municipality.name,
        recipientName: `${record.givenName} ${record.familyName}`,
        link: `${this.app.publicUrl}/appuntamenti`,
        appointment: record,
        organizer: this.organizer(record),
        attendee: { name: `${record.givenName} ${record.familyName}`, email: record.email },
        calendarDomain: this.calendarDomain(),
      });
    return {
      channel: record.email ? 'email' : 'inbox',
      recipient: record.email ?? record.fiscalCode,
      recipientName: `${record.givenName} ${record.familyName}`,
      recipientFiscalCode: record.fiscalCode,
      kind: `appointments.${kind}`,
      content: content('it'),
      contentIn: content,
      resource: { type: 'appointment', id: record.id },
    };
  }

  /** The `.ics` file the confirmation page offers for download ("Aggiungi al calendario"). */
  calendarFile(record: AppointmentRecord): string {
    return appointmentCalendar(
      {
        id: record.id,
        startsAt: record.startsAt,
        endsAt: record.endsAt,
        sequence: record.sequence,
        cancelled: record.status === 'cancelled',
        title: `Appuntamento: ${record.officeName}`,
        description: `Motivo: ${record.reason}`,
        location: record.officeAddress,
        organizer: this.organizer(record),
        attendee: { name: `${record.givenName} ${record.familyName}`, email: record.email },
      },
      this.calendarDomain(),
    );
  }

  private organizer(record: AppointmentRecord): { name: string; email: string } {
    return {
      name: `Comune di ${this.municipality.name} – ${record.officeName}`,
      email: record.officeEmail ?? this.mail.from,
    };
  }

  private calendarDomain(): string {
    return new URL(this.app.publicUrl).hostname;
  }
}

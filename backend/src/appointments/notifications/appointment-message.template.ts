import {
  greeting,
  type Locale,
  type MessageBaseParams,
  type MessageContent,
  messageAction,
} from '../../notifications/content/message-content.js';
import { appointmentCalendar } from '../domain/appointment-calendar.js';

export type AppointmentMessageKind = 'booked' | 'moved' | 'cancelled' | 'reminder';

export interface AppointmentSummary {
  id: string;
  officeName: string;
  officeAddress: string;
  reason: string;
  startsAt: Date;
  endsAt: Date;
  sequence: number;
}

export interface AppointmentMessageParams extends MessageBaseParams {
  kind: AppointmentMessageKind;
  appointment: AppointmentSummary;
  /** The organizer of the calendar event (the office, or the comune) and the host the UID is made unique in. */
  organizer: { name: string; email: string };
  attendee: { name: string; email: string | null };
  calendarDomain: string;
}

const WHEN: Readonly<Record<Locale, Intl.DateTimeFormat>> = {
  it: new Intl.DateTimeFormat('it-IT', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Rome' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Rome' }),
};

const TEXT: Readonly<Record<Locale, Record<AppointmentMessageKind, { subject: string; body: string }>>> = {
  it: {
    booked: { subject: 'Appuntamento confermato', body: 'il tuo appuntamento è confermato.' },
    moved: {
      subject: 'Appuntamento spostato',
      body: 'il tuo appuntamento è stato spostato al nuovo orario.',
    },
    cancelled: { subject: 'Appuntamento annullato', body: 'il tuo appuntamento è stato annullato.' },
    reminder: {
      subject: 'Promemoria: appuntamento di domani',
      body: 'ti ricordiamo l’appuntamento di domani.',
    },
  },
  en: {
    booked: { subject: 'Appointment confirmed', body: 'your appointment is confirmed.' },
    moved: { subject: 'Appointment moved', body: 'your appointment has been moved to the new time.' },
    cancelled: { subject: 'Appointment cancelled', body: 'your appointment has been cancelled.' },
    reminder: {
      subject: 'Reminder: your appointment tomorrow',
      body: 'this is a reminder of your appointment tomorrow.',
    },
  },
};

/** Confirmation, move, cancellation and reminder of an appointment, with its calendar file attached. */
export function appointmentMessage(params: AppointmentMessageParams): MessageContent {
  const { locale, appointment, kind } = params;
  const it = locale === 'it';
  const text = TEXT[locale][kind];
  const when = WHEN[locale].format(appointment.startsAt);
  const calendar = appointmentCalendar(
    {
      id: appointment.id,
      startsAt: appointment.startsAt,
      endsAt: appointment.endsAt,
      sequence: appointment.sequence,
      cancelled: kind === 'cancelled',
      title: `${it ? 'Appuntamento' : 'Appointment'}: ${appointment.officeName}`,
      description: `${it ? 'Motivo' : 'Reason'}: ${appointment.reason}`,
      location: appointment.officeAddress,
      organizer: params.organizer,
      attendee: params.attendee,
    },
    params.calendarDomain,
  );
  const method = kind === 'cancelled' ? 'CANCEL' : 'REQUEST';
  return {
    locale,
    subject: `${text.subject}: ${appointment.officeName}, ${when}`,
    sender: `Comune di ${params.municipalityName} – ${appointment.officeName}`,
    blocks: [
      greeting(params),
      { kind: 'paragraph', text: text.body },
      {
        kind: 'facts',
        facts: [
          { label: it ? 'Quando' : 'When', value: when },
          { label: it ? 'Ufficio' : 'Office', value: appointment.officeName },
          { label: it ? 'Indirizzo' : 'Address', value: appointment.officeAddress },
          { label: it ? 'Motivo' : 'Reason', value: appointment.reason },
        ],
      },
      {
        kind: 'paragraph',
        text:
          kind === 'cancelled'
            ? it
              ? 'Il file allegato toglie l’appuntamento dal tuo calendario.'
              : 'The attached file removes the appointment from your calendar.'
            : it
              ? 'Porta un documento d’identità. Il file allegato aggiunge l’appuntamento al tuo calendario; puoi spostarlo o annullarlo dall’area personale.'
              : 'Bring an identity document. The attached file adds the appointment to your calendar; you can move or cancel it from your personal area.',
      },
    ],
    action: messageAction(it ? 'I miei appuntamenti' : 'My appointments', params.link),
    attachments: [
      {
        filename: 'appuntamento.ics',
        contentType: `text/calendar; charset=utf-8; method=${method}`,
        content: calendar,
      },
    ],
  };
}

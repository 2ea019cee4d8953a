import { DomainError } from '../../common/errors/domain-error.js';

/** Every refusal of the booking, with the Italian sentence the resident or the clerk reads. */
export const AppointmentErrors = {
  /** Unknown office, or one the clerk does not manage: the same answer, so ids reveal nothing. */
  officeNotFound: () =>
    new DomainError({
      code: 'APPOINTMENT_OFFICE_NOT_FOUND',
      status: 404,
      detail: 'Ufficio non trovato.',
      field: 'office',
    }),
  appointmentNotFound: () =>
    new DomainError({ code: 'APPOINTMENT_NOT_FOUND', status: 404, detail: 'Appuntamento non trovato.' }),
  /** A slot id that does not parse, is in the past, outside the hours or on a closed day. */
  slotNotAvailable: () =>
    new DomainError({
      code: 'APPOINTMENT_SLOT_NOT_AVAILABLE',
      status: 422,
      detail: 'L’orario scelto non è prenotabile: scegline un altro tra quelli disponibili.',
      field: 'slotId',
    }),
  /** Someone else took the last seat between the list and the confirmation. */
  slotTaken: () =>
    new DomainError({
      code: 'APPOINTMENT_SLOT_TAKEN',
      status: 409,
      detail: 'L’orario scelto è appena stato prenotato da un’altra persona: scegline un altro.',
      field: 'slotId',
    }),
  reasonNotOffered: () =>
    new DomainError({
      code: 'APPOINTMENT_REASON_NOT_OFFERED',
      status: 422,
      detail: 'L’ufficio scelto non riceve per questo motivo.',
      field: 'reason',
    }),
  tooManyActive: (limit: number) =>
    new DomainError({
      code: 'APPOINTMENT_LIMIT_REACHED',
      status: 409,
      detail: `Hai già ${limit} appuntamenti in programma: annullane uno prima di prenotarne un altro.`,
      extra: { limit },
    }),
  alreadyPast: () =>
    new DomainError({
      code: 'APPOINTMENT_ALREADY_PAST',
      status: 409,
      detail: 'L’appuntamento è già passato o annullato e non può più essere modificato.',
    }),
  invalidRange: (field: 'from' | 'to', maxDays: number) =>
    new DomainError({
      code: 'APPOINTMENT_RANGE_INVALID',
      status: 400,
      detail: `Indica un intervallo di date valido, di al massimo ${maxDays} giorni.`,
      field,
    }),
  invalidHours: (field: string, detail: string) =>
    new DomainError({ code: 'APPOINTMENT_HOURS_INVALID', status: 422, detail, field }),
  closureExists: () =>
    new DomainError({
      code: 'APPOINTMENT_CLOSURE_EXISTS',
      status: 409,
      detail: 'Per questo giorno è già registrata una chiusura.',
      field: 'date',
    }),
  closureNotFound: () =>
    new DomainError({ code: 'APPOINTMENT_CLOSURE_NOT_FOUND', status: 404, detail: 'Chiusura non trovata.' }),
};

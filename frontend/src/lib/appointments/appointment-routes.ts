/** The pages of appointment booking. `/prenotazione-appuntamenti` is linked from every service page. */
export const appointmentRoutes = {
  booking: '/prenotazione-appuntamenti',
  confirm: '/prenotazione-appuntamenti/conferma',
  mine: '/appuntamenti',
  one: (id: string) => `/appuntamenti/${encodeURIComponent(id)}`,
  move: (id: string) => `/appuntamenti/${encodeURIComponent(id)}/sposta`,
  agenda: '/backoffice/appuntamenti',
  settings: '/backoffice/appuntamenti/impostazioni',
} as const;

/** The booking page at a step: its query string carries the choices made so far. */
export function bookingHref(choices: {
  office?: string;
  reason?: string;
  day?: string;
  error?: string;
}): string {
  const params = new URLSearchParams();
  if (choices.office) params.set('ufficio', choices.office);
  if (choices.reason) params.set('motivo', choices.reason);
  if (choices.day) params.set('giorno', choices.day);
  if (choices.error) params.set('errore', choices.error);
  const search = params.toString();
  return search ? `${appointmentRoutes.booking}?${search}` : appointmentRoutes.booking;
}

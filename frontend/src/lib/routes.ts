/** Every page path the portal links to, so a renamed route changes in one place. */
export const routes = {
  home: '/',
  login: '/accedi',
  sessionExpired: '/sessione-scaduta',
  loginError: '/errore-accesso',
  certificates: '/certificati',
  myData: '/i-miei-dati',
  permits: '/pratiche',
  payments: '/pagamenti',
  imu: '/pagamenti/imu',
  backOffice: '/backoffice',
  privacy: '/privacy',
  legalNotes: '/note-legali',
  legalNotesSoftware: '/note-legali#software',
  accessibility: '/dichiarazione-accessibilita',
  accessibilityFeedback: '/dichiarazione-accessibilita#feedback',
  language: '/lingua',
} as const;

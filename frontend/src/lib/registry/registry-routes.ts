import { routes } from '../routes';

/** Pages of the registry feature: the resident's "I miei dati" and the registry office's back office. */
export const registryRoutes = {
  myData: routes.myData,
  household: `${routes.myData}/famiglia`,
  corrections: `${routes.myData}/rettifiche`,
  accessLog: `${routes.myData}/accessi`,
  /** Served by the backend through the same-origin `/api` route: a plain link downloads it. */
  autocertificazione: '/api/registry/me/autocertificazione.pdf',
  office: `${routes.backOffice}/anagrafe`,
  officePerson: (id: string) => `${routes.backOffice}/anagrafe/persone/${encodeURIComponent(id)}`,
  officeCorrections: `${routes.backOffice}/anagrafe/rettifiche`,
  officeImports: `${routes.backOffice}/anagrafe/importazioni`,
  officeImport: (id: string) => `${routes.backOffice}/anagrafe/importazioni/${encodeURIComponent(id)}`,
} as const;

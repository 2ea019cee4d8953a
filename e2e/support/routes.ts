import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import type { TestSession } from '../../backend/test/support/session.js';

/** Who opens a page: nobody, a resident with a household, or a clerk of one office (admin sees every office). */
export type Audience = 'anonymous' | 'resident' | 'registry' | 'permits' | 'taxes' | 'admin';

/** Records the scenario creates so that every dynamic route opens on real data. */
export interface RouteFixtures {
  /** The resident's registry id: subject of certificates, person in the registry back office. */
  personId: string;
  /** A practice with the resident as applicant. */
  practiceId: string;
  /** A draft of an online filing by the resident (SUE online). */
  draftId: string;
  /** The verification code of a certificate the resident obtained. */
  certificateCode: string;
  /** A completed bulk F24 job. */
  bulkJobId: string;
  /** A finished registry import (a file with a header and no rows, refused). */
  importJobId: string;
  /** The IMU year with rates and a property of the resident. */
  year: number;
  /** A registry office taking appointments, a free slot of it, and an upcoming appointment of the resident. */
  appointments: { officeId: string; day: string; freeSlotId: string; appointmentId: string; reason: string };
  /** A pagoPA position of the resident (the saldo of the IMU year). */
  paymentId: string;
}

export interface PortalRoute {
  /** The route as the App Router folders spell it, route groups left out: `/pratiche/[id]`. */
  pattern: string;
  audience: Audience;
  path(fixtures: RouteFixtures): string;
}

const at = (value: string) => (): string => value;

/** Every page of the frontend, each opened as the person it is for. */
export const PORTAL_ROUTES: readonly PortalRoute[] = [
  { pattern: '/', audience: 'anonymous', path: at('/') },
  { pattern: '/accedi', audience: 'anonymous', path: at('/accedi') },
  {
    pattern: '/dichiarazione-accessibilita',
    audience: 'anonymous',
    path: at('/dichiarazione-accessibilita'),
  },
  { pattern: '/errore-accesso', audience: 'anonymous', path: at('/errore-accesso?code=LOGIN_CANCELLED') },
  { pattern: '/note-legali', audience: 'anonymous', path: at('/note-legali') },
  { pattern: '/privacy', audience: 'anonymous', path: at('/privacy') },
  { pattern: '/sessione-scaduta', audience: 'anonymous', path: at('/sessione-scaduta') },
  { pattern: '/verifica', audience: 'anonymous', path: at('/verifica') },
  { pattern: '/servizi', audience: 'anonymous', path: at('/servizi?q=certificato') },
  {
    pattern: '/servizi/[slug]',
    audience: 'anonymous',
    path: at('/servizi/certificati-anagrafici'),
  },
  { pattern: '/faq', audience: 'anonymous', path: at('/faq') },
  { pattern: '/argomenti', audience: 'anonymous', path: at('/argomenti') },
  { pattern: '/segnala-disservizio', audience: 'anonymous', path: at('/segnala-disservizio') },
  { pattern: '/albo-pretorio', audience: 'anonymous', path: at('/albo-pretorio') },
  {
    pattern: '/albo-pretorio/archivio',
    audience: 'anonymous',
    path: at(`/albo-pretorio/archivio?indirizzo=via&anno=${new Date().getFullYear()}`),
  },
  {
    pattern: '/verifica/[code]',
    audience: 'anonymous',
    path: (f) => `/verifica/${encodeURIComponent(f.certificateCode)}`,
  },

  { pattern: '/', audience: 'resident', path: at('/') },
  { pattern: '/messaggi', audience: 'resident', path: at('/messaggi') },
  { pattern: '/messaggi/preferenze', audience: 'resident', path: at('/messaggi/preferenze') },
  { pattern: '/certificati', audience: 'resident', path: at('/certificati') },
  {
    pattern: '/certificati/richiesta',
    audience: 'resident',
    path: (f) => `/certificati/richiesta?${new URLSearchParams({ persona: f.personId })}`,
  },
  {
    pattern: '/certificati/anteprima',
    audience: 'resident',
    path: (f) =>
      `/certificati/anteprima?${new URLSearchParams({ persona: f.personId, tipo: 'residence', bollo: 'esenzione', esenzione: 'pension' })}`,
  },
  { pattern: '/i-miei-dati', audience: 'resident', path: at('/i-miei-dati') },
  { pattern: '/i-miei-dati/famiglia', audience: 'resident', path: at('/i-miei-dati/famiglia') },
  { pattern: '/i-miei-dati/rettifiche', audience: 'resident', path: at('/i-miei-dati/rettifiche') },
  { pattern: '/i-miei-dati/accessi', audience: 'resident', path: at('/i-miei-dati/accessi') },
  {
    pattern: '/i-miei-dati/profilo-tecnico',
    audience: 'resident',
    path: at('/i-miei-dati/profilo-tecnico'),
  },
  { pattern: '/pagamenti', audience: 'resident', path: at('/pagamenti') },
  { pattern: '/pagamenti/[id]', audience: 'resident', path: (f) => `/pagamenti/${f.paymentId}` },
  { pattern: '/pagamenti/imu', audience: 'resident', path: (f) => `/pagamenti/imu?anno=${f.year}` },
  {
    pattern: '/pagamenti/imu/riepilogo',
    audience: 'resident',
    path: (f) => `/pagamenti/imu/riepilogo?anno=${f.year}`,
  },
  {
    pattern: '/pagamenti/imu/f24',
    audience: 'resident',
    path: (f) => `/pagamenti/imu/f24?anno=${f.year}&rata=saldo`,
  },
  {
    pattern: '/pagamenti/imu/ravvedimento',
    audience: 'resident',
    path: (f) => `/pagamenti/imu/ravvedimento?anno=${f.year}&rata=acconto`,
  },
  { pattern: '/pratiche', audience: 'resident', path: at('/pratiche') },
  {
    pattern: '/prenotazione-appuntamenti',
    audience: 'anonymous',
    path: ({ appointments: a }) =>
      `/prenotazione-appuntamenti?${new URLSearchParams({ ufficio: a.officeId, motivo: a.reason, giorno: a.day })}`,
  },
  {
    pattern: '/prenotazione-appuntamenti/conferma',
    audience: 'resident',
    path: ({ appointments: a }) =>
      `/prenotazione-appuntamenti/conferma?${new URLSearchParams({ orario: a.freeSlotId, motivo: a.reason })}`,
  },
  { pattern: '/appuntamenti', audience: 'resident', path: at('/appuntamenti') },
  {
    pattern: '/appuntamenti/[id]',
    audience: 'resident',
    path: ({ appointments: a }) => `/appuntamenti/${a.appointmentId}`,
  },
  {
    pattern: '/appuntamenti/[id]/sposta',
    audience: 'resident',
    path: ({ appointments: a }) => `/appuntamenti/${a.appointmentId}/sposta?giorno=${a.day}`,
  },
  { pattern: '/pratiche/[id]', audience: 'resident', path: (f) => `/pratiche/${f.practiceId}` },
  { pattern: '/pratiche/nuova', audience: 'resident', path: at('/pratiche/nuova') },
  {
    pattern: '/pratiche/bozze/[id]',
    audience: 'resident',
    path: (f) => `/pratiche/bozze/${f.draftId}?passo=riepilogo`,
  },

  { pattern: '/backoffice', audience: 'registry', path: at('/backoffice') },
  { pattern: '/backoffice/anagrafe', audience: 'registry', path: at('/backoffice/anagrafe') },
  {
    pattern: '/backoffice/anagrafe/persone/[id]',
    audience: 'registry',
    path: (f) => `/backoffice/anagrafe/persone/${f.personId}`,
  },
  {
    pattern: '/backoffice/anagrafe/rettifiche',
    audience: 'registry',
    path: at('/backoffice/anagrafe/rettifiche'),
  },
  {
    pattern: '/backoffice/anagrafe/importazioni',
    audience: 'registry',
    path: at('/backoffice/anagrafe/importazioni'),
  },
  {
    pattern: '/backoffice/anagrafe/importazioni/[id]',
    audience: 'registry',
    path: (f) => `/backoffice/anagrafe/importazioni/${f.importJobId}`,
  },

  {
    pattern: '/backoffice/appuntamenti',
    audience: 'registry',
    path: ({ appointments: a }) => `/backoffice/appuntamenti?ufficio=${a.officeId}&giorno=${a.day}`,
  },
  {
    pattern: '/backoffice/appuntamenti/impostazioni',
    audience: 'registry',
    path: ({ appointments: a }) => `/backoffice/appuntamenti/impostazioni?ufficio=${a.officeId}`,
  },

  { pattern: '/backoffice', audience: 'permits', path: at('/backoffice') },
  { pattern: '/backoffice/pratiche', audience: 'permits', path: at('/backoffice/pratiche') },
  { pattern: '/backoffice/pratiche/nuova', audience: 'permits', path: at('/backoffice/pratiche/nuova') },
  {
    pattern: '/backoffice/pratiche/[id]',
    audience: 'permits',
    path: (f) => `/backoffice/pratiche/${f.practiceId}`,
  },
  { pattern: '/backoffice/pratiche/tariffe', audience: 'permits', path: at('/backoffice/pratiche/tariffe') },
  { pattern: '/backoffice/pagamenti', audience: 'permits', path: at('/backoffice/pagamenti') },

  { pattern: '/backoffice', audience: 'taxes', path: at('/backoffice') },
  { pattern: '/backoffice/tributi', audience: 'taxes', path: at('/backoffice/tributi') },
  { pattern: '/backoffice/tributi/aliquote', audience: 'taxes', path: at('/backoffice/tributi/aliquote') },
  {
    pattern: '/backoffice/tributi/tassi-legali',
    audience: 'taxes',
    path: at('/backoffice/tributi/tassi-legali'),
  },
  { pattern: '/backoffice/tributi/immobili', audience: 'taxes', path: at('/backoffice/tributi/immobili') },
  {
    pattern: '/backoffice/tributi/immobili/nuovo',
    audience: 'taxes',
    path: at('/backoffice/tributi/immobili/nuovo'),
  },
  {
    pattern: '/backoffice/tributi/elaborazioni',
    audience: 'taxes',
    path: at('/backoffice/tributi/elaborazioni'),
  },
  {
    pattern: '/backoffice/tributi/elaborazioni/[id]',
    audience: 'taxes',
    path: (f) => `/backoffice/tributi/elaborazioni/${f.bulkJobId}`,
  },

  { pattern: '/backoffice', audience: 'admin', path: at('/backoffice') },
  {
    pattern: '/backoffice/valutazioni',
    audience: 'admin',
    path: at('/backoffice/valutazioni?page=/servizi'),
  },
  { pattern: '/backoffice/pagamenti', audience: 'admin', path: at('/backoffice/pagamenti') },
  { pattern: '/backoffice/notifiche', audience: 'admin', path: at('/backoffice/notifiche') },
];

/** The route patterns of every `page.tsx` under the App Router folder, route groups `(name)` left out. */
export async function appRoutePatterns(appDir: string): Promise<string[]> {
  const entries = await readdir(appDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name === 'page.tsx')
    .map((entry) => {
      const segments = path
        .relative(appDir, entry.parentPath)
        .split(path.sep)
        .filter((segment) => segment !== '' && !/^\(.*\)$/.test(segment));
      return `/${segments.join('/')}`;
    })
    .sort();
}

/**
 * A browser context that is already logged in as `session` (or anonymous), in the given language and
 * viewport: the session cookies from an API login are handed to the browser, so no test pays for a form login.
 */
export async function browserContextAs(
  browser: Browser,
  publicUrl: string,
  session: TestSession | null,
  options: { locale: 'it' | 'en'; width: number; height: number },
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height },
    locale: options.locale === 'it' ? 'it-IT' : 'en-GB',
  });
  const cookies = (session?.cookie() ?? '')
    .split('; ')
    .filter(Boolean)
    .map((pair) => {
      const separator = pair.indexOf('=');
      return { name: pair.slice(0, separator), value: pair.slice(separator + 1), url: publicUrl };
    });
  await context.addCookies([...cookies, { name: 'lang', value: options.locale, url: publicUrl }]);
  return context;
}

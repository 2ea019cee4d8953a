import {
  CORRECTION_ANSWERED_ACTION,
  CORRECTION_CREATED_ACTION,
  REGISTRY_READ_ACTION,
  type RegistryView,
} from './registry-read.js';

/** An audit event about a person, as the access-log query returns it. */
export interface AccessEvent {
  id: string;
  occurredAt: Date;
  actorFiscalCode: string | null;
  actorRole: string | null;
  actorGivenName: string | null;
  actorFamilyName: string | null;
  action: string;
  purpose: string | null;
  details: Record<string, unknown>;
}

export type AccessorKind = 'self' | 'household_member' | 'staff' | 'system';

/** One line of "chi ha consultato i miei dati". */
export interface AccessLogEntry {
  id: string;
  at: string;
  who: {
    kind: AccessorKind;
    /** Shown name: "Tu", a family member's name, a clerk's masked name ("Giulia B."), or "Sistema". */
    name: string;
    role: string;
    /** The office a clerk works for; null for residents and the system. */
    office: string | null;
  };
  what: string;
  why: string | null;
}

const OFFICES: Record<string, string> = {
  registry: 'Ufficio Anagrafe',
  permits: "Sportello Unico per l'Edilizia",
  taxes: 'Ufficio Tributi',
  admin: 'Amministrazione del portale',
};

const VIEWS: Record<RegistryView, string> = {
  visura: 'Visura anagrafica (dati personali, residenza, documento)',
  household: 'Composizione della famiglia anagrafica',
  household_member: 'Dati anagrafici come componente della famiglia',
  autocertificazione: 'Autocertificazione precompilata (PDF)',
  staff_search: "Risultato di una ricerca nell'anagrafe",
  staff_record: 'Scheda anagrafica completa con storico',
  correction_queue: 'Elenco delle richieste di rettifica',
  correction_detail: 'Richiesta di rettifica',
  certificate_subjects: 'Elenco delle persone per cui chiedere un certificato',
  certificate_subject: 'Dati anagrafici per un certificato',
  practice_party: 'Generalità come soggetto di una pratica edilizia',
};

const ACTIONS: Record<string, string> = {
  [CORRECTION_CREATED_ACTION]: 'Invio di una richiesta di rettifica',
  [CORRECTION_ANSWERED_ACTION]: 'Risposta a una richiesta di rettifica',
  'auth.roles.set': 'Modifica dei ruoli del personale',
  'demo.staff.granted': 'Assegnazione del ruolo di operatore (dati dimostrativi)',
};

/** Other modules' events, by the module that wrote them. */
const MODULES: Record<string, string> = {
  permits: 'Operazione su una pratica edilizia',
  certificates: 'Certificato anagrafico',
  f24: 'Calcolo IMU e modello F24',
};

/** "Giulia Bernardi" → "Giulia B.": a clerk is identifiable by the office, not exposed to every resident. */
export function maskStaffName(givenName: string | null, familyName: string | null): string {
  const given = givenName?.trim().split(/\s+/)[0] ?? '';
  const initial = familyName?.trim().charAt(0).toUpperCase() ?? '';
  if (!given && !initial) return 'Operatore';
  return initial ? `${given} ${initial}.`.trim() : given;
}

function describeWhat(event: AccessEvent): string {
  if (event.action === REGISTRY_READ_ACTION) {
    const view = event.details.view as RegistryView | undefined;
    return (view && VIEWS[view]) ?? 'Consultazione dei dati anagrafici';
  }
  const module = MODULES[event.action.split('.')[0] ?? ''];
  return (
    ACTIONS[event.action] ??
    (module ? `${module} (${event.action})` : `Operazione sui dati personali (${event.action})`)
  );
}

function describeWho(event: AccessEvent, subjectFiscalCode: string): AccessLogEntry['who'] {
  const role = event.actorRole ?? 'system';
  if (!event.actorFiscalCode || role === 'system') {
    return { kind: 'system', name: 'Sistema', role: 'system', office: null };
  }
  if (event.actorFiscalCode === subjectFiscalCode) return { kind: 'self', name: 'Tu', role, office: null };
  if (role in OFFICES) {
    return {
      kind: 'staff',
      name: maskStaffName(event.actorGivenName, event.actorFamilyName),
      role,
      office: OFFICES[role],
    };
  }
  const name = [event.actorGivenName, event.actorFamilyName].filter(Boolean).join(' ');
  return { kind: 'household_member', name: name || 'Componente della famiglia', role, office: null };
}

/** Turns an audit event into what the person reads: who (role, office), what, when, why. */
export function describeAccessEvent(event: AccessEvent, subjectFiscalCode: string): AccessLogEntry {
  return {
    id: event.id,
    at: event.occurredAt.toISOString(),
    who: describeWho(event, subjectFiscalCode),
    what: describeWhat(event),
    why: event.purpose,
  };
}

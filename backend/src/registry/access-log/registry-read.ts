/** What part of a person's data a read showed; stored in the audit event's details as `view`. */
export const REGISTRY_VIEWS = [
  'visura',
  'household',
  'household_member',
  'autocertificazione',
  'staff_search',
  'staff_record',
  'correction_queue',
  'correction_detail',
  'certificate_subjects',
  'certificate_subject',
  'practice_party',
] as const;
export type RegistryView = (typeof REGISTRY_VIEWS)[number];

/** Audit action of every read of registry data. */
export const REGISTRY_READ_ACTION = 'registry.person.read';
export const CORRECTION_CREATED_ACTION = 'registry.correction.create';
export const CORRECTION_ANSWERED_ACTION = 'registry.correction.answer';

/** Why a resident reads their own or their family's data: shown to every person whose data were read. */
export const RESIDENT_PURPOSES: Record<
  'visura' | 'household' | 'household_member' | 'autocertificazione',
  string
> = {
  visura: 'Consultazione dei propri dati anagrafici',
  household: 'Consultazione della propria famiglia anagrafica',
  household_member: 'Consultazione dei dati di un componente della propria famiglia anagrafica',
  autocertificazione: "Compilazione di un'autocertificazione (D.P.R. 445/2000, art. 46)",
};

export const STAFF_SEARCH_PURPOSE = "Ricerca nell'anagrafe da parte dell'ufficio";

/** Why the certificates read a person through the registry source (ANPR's `motivoRichiesta` too). */
export const CERTIFICATE_PURPOSE = 'Rilascio di certificato anagrafico richiesto dal cittadino';

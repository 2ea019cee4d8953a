import type { AuthUser } from '../../auth/authorization/roles.js';
import type { HouseholdMemberRecord, PersonRecord } from '../persistence/registry-records.js';

/** Who reads and why: ANPR records both (the tracking evidence, `motivoRichiesta`); the local copy needs neither. */
export interface SourceRead {
  user: AuthUser;
  purpose: string;
}

/**
 * Where the portal reads the population registry: the local copy loaded by the import (`local`) or ANPR through
 * PDND (`anpr`), chosen by REGISTRY_SOURCE. The visura, the household, the self-declaration and the forms'
 * prefills read through this port only; the access log is written by its callers, the same for both.
 */
export abstract class RegistrySource {
  abstract readonly kind: 'local' | 'anpr';

  /** The person with this codice fiscale and their current famiglia anagrafica; null when unknown. */
  abstract person(fiscalCode: string, read: SourceRead): Promise<PersonRecord | null>;

  /** The current members of `person`'s famiglia anagrafica, head first. */
  abstract householdOf(person: PersonRecord, read: SourceRead): Promise<HouseholdMemberRecord[]>;
}

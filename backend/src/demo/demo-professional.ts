import type { IsoDate } from '../common/calendar/civil-date.js';
import { computeFiscalCode } from '../common/italian/fiscal-code.js';

/**
 * A demo person who logs in to work, not as a resident of the comune: a clerk of an office, a technician. Born
 * and registered elsewhere, so not in the demo registry; the fiscal code is computed from the other data.
 */
export interface DemoProfessional {
  /** Shown on the test identity provider's login page. */
  label: string;
  fiscalCode: string;
  givenName: string;
  familyName: string;
  sex: 'M' | 'F';
  birthDate: IsoDate;
  birthPlaceCode: string;
  email: string;
}

/** The professional described by `seed`, with its fiscal code. */
export function demoProfessional<T extends Omit<DemoProfessional, 'fiscalCode'>>(
  seed: T,
): T & { fiscalCode: string } {
  return { ...seed, fiscalCode: computeFiscalCode(seed) };
}

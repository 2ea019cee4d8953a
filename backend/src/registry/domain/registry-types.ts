import type { IsoDate } from '../../common/calendar/civil-date.js';
import type { FiscalCode } from '../../common/italian/fiscal-code.js';

/**
 * The registry (anagrafe) model shared by the importer, the entities and the certificates. Plain data, no
 * behaviour: the rules live in the functions of this folder.
 */

export type Sex = 'M' | 'F';

/** Stato civile. `single` is celibe/nubile; the two civil-union states follow L. 76/2016. */
export const MARITAL_STATUSES = [
  'single',
  'married',
  'civil_union',
  'divorced',
  'widowed',
  'civil_union_dissolved',
] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];

/** Position in the registry: living in the comune, registered abroad (AIRE), or kept for history. */
export const PERSON_STATUSES = ['resident', 'aire', 'deceased', 'emigrated'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export const IDENTITY_DOCUMENT_KINDS = ['cie', 'paper'] as const;
export type IdentityDocumentKind = (typeof IDENTITY_DOCUMENT_KINDS)[number];

export interface IdentityDocument {
  /** `cie`: carta d'identità elettronica; `paper`: the old paper card. */
  kind: IdentityDocumentKind;
  number: string;
  issuedOn: IsoDate;
  expiresOn: IsoDate;
}

export interface Person {
  id: string;
  fiscalCode: FiscalCode;
  givenName: string;
  familyName: string;
  sex: Sex;
  birthDate: IsoDate;
  /** Belfiore code of the comune or (Z...) foreign state of birth. */
  birthPlaceCode: string;
  birthPlaceName: string;
  /** ISO 3166-1 alpha-2 (`IT`, `RO`, ...); the name comes from the places table. */
  citizenship: string;
  maritalStatus: MaritalStatus;
  identityDocument: IdentityDocument | null;
  status: PersonStatus;
  /** Present only when `status` is `deceased`. */
  deathDate?: IsoDate;
}

/** A street of the comune's street register (stradario), identified by its code. */
export interface Street {
  code: string;
  /** Denominazione urbanistica generica (DUG): Via, Viale, Piazza, Vicolo, Località, ... */
  toponym: string;
  /** Denominazione ufficiale: "XXV Aprile", "Monsignor Quaini", ... */
  name: string;
}

/** An address on the comune's street register. */
export interface StreetAddress {
  kind: 'street';
  streetCode: string;
  toponym: string;
  streetName: string;
  /** Civic number with its optional exponent: `12`, `12A`, `12/B`. */
  civicNumber: string;
  /** Interno (flat/staircase), when the building has more than one dwelling. */
  internal: string | null;
}

/** An address abroad, for households registered in AIRE. */
export interface ForeignAddress {
  kind: 'abroad';
  /** Belfiore code of the state (Z...). */
  countryCode: string;
  locality: string;
  addressLine: string;
}

export type Address = StreetAddress | ForeignAddress;

export interface HouseholdMember {
  personId: string;
  /** ANPR two-digit code, see household-relationships.ts (`01` is the head). */
  relationshipCode: string;
  entryDate: IsoDate;
  /** Set when the member left the household (death, emigration, move); such members are history only. */
  exitDate: IsoDate | null;
}

/** Famiglia anagrafica: the people living together, one of whom is the head (intestatario). */
export interface Household {
  code: string;
  address: Address;
  headPersonId: string;
  members: HouseholdMember[];
}

export const REGISTRY_EVENT_KINDS = [
  'birth',
  'immigration',
  'address_change',
  'marriage',
  'civil_union',
  'divorce',
  'death',
  'emigration',
  'aire_registration',
] as const;
export type RegistryEventKind = (typeof REGISTRY_EVENT_KINDS)[number];

/** One entry in a person's registry history; `details` holds kind-specific facts (e.g. `fromPlaceCode`). */
export interface RegistryEvent {
  kind: RegistryEventKind;
  date: IsoDate;
  personId: string;
  details: Readonly<Record<string, string>>;
}

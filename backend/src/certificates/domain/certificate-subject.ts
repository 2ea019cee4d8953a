/**
 * What the certificates core needs to know about the person a certificate is about.
 *
 * The registry module maps its own model onto these shapes; the certificates core never imports the
 * registry, so either side can change its storage without touching the other. Dates are civil dates as
 * ISO strings (`YYYY-MM-DD`), names are as recorded in the registry (the certificate prints them upper-case).
 */

export type IsoDate = string;

export type Sex = 'M' | 'F';

/** Where a person was born or an event took place: an Italian comune (with province) or a foreign place. */
export interface CertificatePlace {
  /** Comune or foreign locality, e.g. `Crema`, `Buenos Aires`. */
  locality: string;
  /** Two-letter Italian province code (`CR`); absent for places abroad. */
  provinceCode?: string;
  /** Country name in Italian for places abroad (`Argentina`); absent or `Italia` for Italian places. */
  country?: string;
}

/** Generalità: the identifying data printed for the subject and for every person a certificate names. */
export interface PersonGeneralities {
  givenName: string;
  familyName: string;
  sex: Sex;
  birthDate: IsoDate;
  birthPlace: CertificatePlace;
  fiscalCode?: string;
}

export interface ResidenceAddress {
  /** Street with its toponym, e.g. `Via Roma`, `Piazza XXV Aprile`. */
  street: string;
  civicNumber: string;
  /** Interno, scala or other detail printed after the civic number. */
  internal?: string;
}

/** Address abroad of a person registered in the AIRE. */
export interface ForeignResidence {
  addressLine: string;
  locality: string;
  country: string;
}

export type MaritalStatusCode =
  | 'single'
  | 'married'
  | 'civil_union'
  | 'divorced'
  | 'widowed'
  /** Free again after a civil union was dissolved (stato libero per scioglimento dell'unione civile). */
  | 'civil_union_dissolved'
  /** Free again after the civil-union partner died. */
  | 'civil_union_widowed'
  /** Not recorded: certificates that need the marital status are then refused. */
  | 'unknown';

export interface MaritalStatus {
  status: MaritalStatusCode;
  /** Date from which the status holds (marriage, divorce, death of the spouse ...), where known. */
  since?: IsoDate;
}

/** Marriage or civil union as the registry records it. */
export interface UnionRecord {
  partner: PersonGeneralities;
  date: IsoDate;
  place: CertificatePlace;
  /** Reference of the civil-status act, e.g. `atto n. 12, parte II, serie A, anno 2010`. */
  actReference?: string;
  endDate?: IsoDate;
  endReason?: 'divorce' | 'death' | 'annulment';
}

/** Cohabitation contract (L. 76/2016, art. 1, commi 50 ss.) registered in the registry. */
export interface CohabitationContractRecord {
  partner: PersonGeneralities;
  contractDate: IsoDate;
  registrationDate: IsoDate;
  /** Notary or lawyer who received or authenticated the contract. */
  certifiedBy?: string;
}

export interface HouseholdMember {
  person: PersonGeneralities;
  /** Relationship to the household head as the registry labels it (`intestatario`, `moglie`, `figlio` ...). */
  relationship: string;
  isHead: boolean;
  maritalStatus?: MaritalStatus;
}

/** Famiglia anagrafica (resident or AIRE); members in registry order, head first. */
export interface Household {
  members: HouseholdMember[];
}

/** Convivenza anagrafica: an institution where the subject lives (care home, religious community ...). */
export interface Cohabitation {
  name: string;
}

export type RegistrationStatus =
  /** Registered in the resident population (APR) of this comune. */
  | 'resident'
  /** Registered in the AIRE of this comune (Italian living abroad). */
  | 'aire'
  | 'deceased'
  /** Removed from the registry for other reasons (emigration, untraceability). */
  | 'cancelled';

export interface Citizenship {
  /** ISO 3166-1 alpha-2 code (`IT`). */
  countryCode: string;
  /** Italian adjective printed on the certificate (`italiana`, `argentina`). */
  label: string;
}

export interface CertificateSubject {
  person: PersonGeneralities;
  registration: RegistrationStatus;
  /** Residence in this comune; required for residents. */
  residence?: ResidenceAddress;
  /** Residence abroad; required for AIRE subjects. */
  foreignResidence?: ForeignResidence;
  /** Date of the AIRE registration (expatriation), where known. */
  aireSince?: IsoDate;
  citizenships: Citizenship[];
  /** Citizenship being ascertained or not attributable (ANPR codes 997/998). */
  citizenshipUndetermined?: boolean;
  maritalStatus: MaritalStatus;
  /** The current or last marriage. */
  marriage?: UnionRecord;
  /** The current or last civil union. */
  civilUnion?: UnionRecord;
  cohabitationContract?: CohabitationContractRecord;
  /** The subject's famiglia anagrafica; absent when the subject lives in a convivenza or is homeless. */
  household?: Household;
  cohabitation?: Cohabitation;
  homeless?: boolean;
  /** The record lacks data the office must complete before any certificate is issued. */
  recordIncomplete?: boolean;
  /** An administrative procedure (change of address, immigration ...) is open on the record. */
  openProcedure?: boolean;
}

import { findCitizenship, findPlaceByCode, isForeignPlaceCode } from '../../registry/domain/places.js';
import type { MaritalStatus, PersonStatus, RegistryEventKind } from '../../registry/domain/registry-types.js';
import type {
  CertificatePlace,
  CertificateSubject,
  ForeignResidence,
  HouseholdMember,
  IsoDate,
  MaritalStatusCode,
  PersonGeneralities,
  RegistrationStatus,
  ResidenceAddress,
  Sex,
  UnionRecord,
} from '../domain/certificate-subject.js';
import { printedRelationship } from './relationship-label.js';

/** A `registry_person` row as the subject source selects it (dates as `YYYY-MM-DD`). */
export interface RegistryPersonRow {
  id: string;
  fiscalCode: string;
  givenName: string;
  familyName: string;
  sex: Sex;
  birthDate: IsoDate;
  birthPlaceCode: string;
  birthPlaceName: string;
  citizenship: string;
  maritalStatus: MaritalStatus;
  status: PersonStatus;
  deathDate: IsoDate | null;
  recordBlocked: boolean;
}

/** The famiglia anagrafica's address: a street of the comune, or a place abroad for AIRE households. */
export interface RegistryHouseholdRow {
  id: string;
  streetToponym: string | null;
  streetName: string | null;
  civicNumber: string | null;
  internal: string | null;
  abroadCountryCode: string | null;
  abroadLocality: string | null;
  abroadAddress: string | null;
}

export interface RegistryMemberRow extends RegistryPersonRow {
  relationshipCode: string;
  isHead: boolean;
}

export interface RegistryEventRow {
  kind: RegistryEventKind;
  date: IsoDate;
  placeCode: string | null;
  placeName: string | null;
}

/** Everything the registry records about a subject on a given day. */
export interface RegistrySubjectRecord {
  person: RegistryPersonRow;
  household: RegistryHouseholdRow | null;
  /** Current members of the household, head first. */
  members: RegistryMemberRow[];
  /** The subject's registry events up to the day, oldest first. */
  events: RegistryEventRow[];
  /** The other party of the last marriage, when the registry identifies them. */
  marriagePartner: RegistryPersonRow | null;
  /** The other party of the last civil union, when the registry identifies them. */
  civilUnionPartner: RegistryPersonRow | null;
}

const REGISTRATION: Readonly<Record<PersonStatus, RegistrationStatus>> = {
  resident: 'resident',
  aire: 'aire',
  deceased: 'deceased',
  emigrated: 'cancelled',
};

/** Maps the anagrafe's records onto what the certificates core prints, as of the day they were read. */
export function toCertificateSubject(record: RegistrySubjectRecord): CertificateSubject {
  const { person, household, events } = record;
  const marriage = unionRecord(events, 'marriage', record.marriagePartner);
  const civilUnion = unionRecord(events, 'civil_union', record.civilUnionPartner);
  return {
    person: generalities(person),
    registration: REGISTRATION[person.status],
    residence: household ? streetAddress(household) : undefined,
    foreignResidence: household ? foreignAddress(household) : undefined,
    aireSince: lastEvent(events, 'aire_registration')?.date,
    citizenships: [{ countryCode: person.citizenship, label: citizenshipLabel(person.citizenship) }],
    maritalStatus: {
      status: person.maritalStatus satisfies MaritalStatusCode,
      since: maritalStatusSince(person.maritalStatus, events, marriage),
    },
    marriage,
    civilUnion,
    household:
      record.members.length > 0
        ? { members: record.members.map((member) => householdMember(member)) }
        : undefined,
    // The office blocks a record while a procedure (change of address, immigration ...) is open on it.
    openProcedure: person.recordBlocked,
  };
}

function generalities(person: RegistryPersonRow): PersonGeneralities {
  return {
    givenName: person.givenName,
    familyName: person.familyName,
    sex: person.sex,
    birthDate: person.birthDate,
    birthPlace: place(person.birthPlaceCode, person.birthPlaceName),
    fiscalCode: person.fiscalCode,
  };
}

/** A Belfiore code with the name the registry recorded; the places table adds province or country. */
function place(code: string, name: string | null): CertificatePlace {
  const known = findPlaceByCode(code);
  const locality = name?.trim() || known?.name || code;
  if (known?.kind === 'municipality') return { locality, provinceCode: known.provinceCode };
  if (known?.kind === 'country') return { locality, country: known.name };
  return isForeignPlaceCode(code) ? { locality, country: locality } : { locality };
}

function streetAddress(household: RegistryHouseholdRow): ResidenceAddress | undefined {
  if (!household.streetName || !household.civicNumber) return undefined;
  return {
    street: [household.streetToponym, household.streetName].filter(Boolean).join(' '),
    civicNumber: household.civicNumber,
    ...(household.internal ? { internal: household.internal } : {}),
  };
}

/** Without the street abroad the AIRE address is incomplete: the office must complete it first. */
function foreignAddress(household: RegistryHouseholdRow): ForeignResidence | undefined {
  const { abroadCountryCode, abroadLocality, abroadAddress } = household;
  if (!abroadCountryCode || !abroadLocality || !abroadAddress) return undefined;
  return {
    addressLine: abroadAddress,
    locality: abroadLocality,
    country: findPlaceByCode(abroadCountryCode)?.name ?? abroadCountryCode,
  };
}

function citizenshipLabel(iso2: string): string {
  return iso2.toUpperCase() === 'IT' ? 'italiana' : (findCitizenship(iso2)?.name ?? iso2);
}

function lastEvent(
  events: readonly RegistryEventRow[],
  kind: RegistryEventKind,
): RegistryEventRow | undefined {
  return events.filter((event) => event.kind === kind).at(-1);
}

function unionRecord(
  events: readonly RegistryEventRow[],
  kind: 'marriage' | 'civil_union',
  partner: RegistryPersonRow | null,
): UnionRecord | undefined {
  const union = lastEvent(events, kind);
  if (!union || !partner || (!union.placeCode && !union.placeName)) return undefined;
  const dissolution = events.find((event) => event.kind === 'divorce' && event.date >= union.date);
  const end = dissolution
    ? { endDate: dissolution.date, endReason: 'divorce' as const }
    : partner.deathDate && partner.deathDate >= union.date
      ? { endDate: partner.deathDate, endReason: 'death' as const }
      : {};
  return {
    partner: generalities(partner),
    date: union.date,
    place: place(union.placeCode ?? '', union.placeName),
    ...end,
  };
}

function maritalStatusSince(
  status: MaritalStatus,
  events: readonly RegistryEventRow[],
  marriage: UnionRecord | undefined,
): IsoDate | undefined {
  switch (status) {
    case 'married':
      return lastEvent(events, 'marriage')?.date;
    case 'civil_union':
      return lastEvent(events, 'civil_union')?.date;
    case 'divorced':
    case 'civil_union_dissolved':
      return lastEvent(events, 'divorce')?.date;
    case 'widowed':
      return marriage?.endReason === 'death' ? marriage.endDate : undefined;
    case 'single':
      return undefined;
  }
}

function householdMember(member: RegistryMemberRow): HouseholdMember {
  return {
    person: generalities(member),
    relationship: printedRelationship(member.relationshipCode, member.sex, member.isHead),
    isHead: member.isHead,
    maritalStatus: { status: member.maritalStatus },
  };
}

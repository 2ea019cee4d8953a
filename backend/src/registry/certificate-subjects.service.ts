import type { AuthUser } from '../auth/authorization/roles.js';
import type {
  CertificatePlace,
  CertificateSubject,
  ForeignResidence,
  HouseholdMember,
  IsoDate,
  RegistrationStatus,
  ResidenceAddress,
} from '../certificates/domain/certificate-subject.js';
import type { RecordRegistryReads } from './access-log/record-registry-reads.service.js';
import { CERTIFICATE_PURPOSE, type RegistryView } from './access-log/registry-read.js';
import { CIVIL_PARTNER, findHouseholdRelationship } from './domain/household-relationships.js';
import { findCitizenship, findPlaceByCode, isForeignPlaceCode } from './domain/places.js';
import type { PersonStatus, Sex } from './domain/registry-types.js';
import type { HouseholdMemberRecord, PersonRecord } from './persistence/registry-records.js';
import type { RegistrySource } from './source/registry-source.js';

const REGISTRATION: Readonly<Record<PersonStatus, RegistrationStatus>> = {
  resident: 'resident',
  aire: 'aire',
  deceased: 'deceased',
  emigrated: 'cancelled',
};

/** A person the requester may ask certificates for (same shape as the certificates' `RequestableSubject`). */
export interface SourceRequestableSubject {
  personId: string;
  fiscalCode: string;
  givenName: string;
  familyName: string;
  relationship: string;
  self: boolean;
}

/**
 * Certificate subjects read through the `RegistrySource` port, for a registry the portal does not hold (ANPR).
 * It answers the certificates' `CertificateSubjectSource` port when `answers` is true; with the local tables
 * (`answers` false) the certificates read the tables in their own transaction, with the registry events
 * (marriages, AIRE) this port does not carry.
 *
 * What the source does not give is never guessed: no citizenship, marital status `unknown`, no marriage or union,
 * so the certificate types that print them are refused with the core's Italian reason, and the others (residenza,
 * stato di famiglia, esistenza in vita, nascita ...) print only the generalità, residence and household read.
 */
export class SourceCertificateSubjects {
  readonly answers: boolean;

  constructor(
    private readonly source: RegistrySource,
    private readonly reads: RecordRegistryReads,
  ) {
    this.answers = source.kind !== 'local';
  }

  async listRequestable(requesterFiscalCode: string, _asOf?: IsoDate): Promise<SourceRequestableSubject[]> {
    const read = readBy(requesterFiscalCode);
    const requester = await this.source.person(requesterFiscalCode, read);
    if (!requester) return [];
    const members = await this.source.householdOf(requester, read);
    await this.logged(read, [requester, ...members], 'certificate_subjects');
    const headId = members.find((member) => member.relationshipCode === '01')?.personId;
    const own = members.find((member) => member.personId === requester.id);
    const self: SourceRequestableSubject = {
      personId: requester.id,
      fiscalCode: requester.fiscalCode,
      givenName: requester.givenName,
      familyName: requester.familyName,
      relationship: own ? printedRelationship(own, own.personId === headId) : '',
      self: true,
    };
    return [
      self,
      ...members
        .filter((member) => member.personId !== requester.id)
        .map((member) => ({
          personId: member.personId,
          fiscalCode: member.fiscalCode,
          givenName: member.givenName,
          familyName: member.familyName,
          relationship: printedRelationship(member, member.personId === headId),
          self: false,
        })),
    ];
  }

  async findForRequester(
    requesterFiscalCode: string,
    personId: string,
    _asOf?: IsoDate,
  ): Promise<{ personId: string; fiscalCode: string; subject: CertificateSubject } | null> {
    const read = readBy(requesterFiscalCode);
    const requester = await this.source.person(requesterFiscalCode, read);
    if (!requester) return null;
    let person: PersonRecord | null = requester;
    let members = await this.source.householdOf(requester, read);
    if (personId !== requester.id) {
      const member = members.find((entry) => entry.personId === personId);
      person = member ? await this.source.person(member.fiscalCode, read) : null;
      if (!person) return null;
      members = await this.source.householdOf(person, read);
    }
    await this.logged(read, [person, ...members], 'certificate_subject');
    return { personId: person.id, fiscalCode: person.fiscalCode, subject: toSubject(person, members) };
  }

  /** Every person read from the source goes in their access log, with the purpose the source was given. */
  private logged(
    read: { user: AuthUser; purpose: string },
    people: readonly { id?: string; personId?: string; fiscalCode: string }[],
    view: RegistryView,
  ): Promise<void> {
    const subjects = new Map<string, { personId: string; fiscalCode: string }>();
    for (const person of people) {
      subjects.set(person.fiscalCode, {
        personId: person.personId ?? person.id ?? '',
        fiscalCode: person.fiscalCode,
      });
    }
    return this.reads.record(
      { user: read.user, role: 'resident' },
      [...subjects.values()],
      view,
      read.purpose,
    );
  }
}

function readBy(fiscalCode: string): { user: AuthUser; purpose: string } {
  return {
    user: {
      sessionId: '',
      fiscalCode,
      givenName: '',
      familyName: '',
      email: null,
      roles: [],
      provider: 'spid',
    },
    purpose: CERTIFICATE_PURPOSE,
  };
}

function toSubject(person: PersonRecord, members: readonly HouseholdMemberRecord[]): CertificateSubject {
  const address = person.membership?.address;
  const headId = members.find((member) => member.relationshipCode === '01')?.personId;
  const citizenship = person.citizenship;
  return {
    person: {
      givenName: person.givenName,
      familyName: person.familyName,
      sex: person.sex,
      birthDate: person.birthDate,
      birthPlace: place(person.birthPlaceCode, person.birthPlaceName),
      fiscalCode: person.fiscalCode,
    },
    registration: REGISTRATION[person.status],
    residence: address?.kind === 'street' ? streetAddress(address) : undefined,
    foreignResidence: address?.kind === 'abroad' ? foreignAddress(address) : undefined,
    citizenships: citizenship
      ? [
          {
            countryCode: citizenship,
            label:
              citizenship.toUpperCase() === 'IT'
                ? 'italiana'
                : (findCitizenship(citizenship)?.name ?? citizenship),
          },
        ]
      : [],
    maritalStatus: { status: person.maritalStatus ?? 'unknown' },
    household:
      members.length > 0
        ? {
            members: members.map(
              (member): HouseholdMember => ({
                person: {
                  givenName: member.givenName,
                  familyName: member.familyName,
                  sex: member.sex,
                  birthDate: member.birthDate,
                  birthPlace: place(member.birthPlaceCode, member.birthPlaceName),
                  fiscalCode: member.fiscalCode,
                },
                relationship: printedRelationship(member, member.personId === headId),
                isHead: member.personId === headId,
              }),
            ),
          }
        : undefined,
    openProcedure: person.blockedReason !== null,
  };
}

function place(code: string, name: string | null): CertificatePlace {
  const known = findPlaceByCode(code);
  const locality = name?.trim() || known?.name || code;
  if (known?.kind === 'municipality') return { locality, provinceCode: known.provinceCode };
  if (known?.kind === 'country') return { locality, country: known.name };
  return isForeignPlaceCode(code) ? { locality, country: locality } : { locality };
}

function streetAddress(address: {
  toponym: string;
  streetName: string;
  civicNumber: string;
  internal: string | null;
}): ResidenceAddress | undefined {
  if (!address.streetName || !address.civicNumber) return undefined;
  return {
    street: [address.toponym, address.streetName].filter(Boolean).join(' '),
    civicNumber: address.civicNumber,
    ...(address.internal ? { internal: address.internal } : {}),
  };
}

function foreignAddress(address: {
  countryCode: string;
  locality: string;
  addressLine: string;
}): ForeignResidence | undefined {
  if (!address.countryCode || !address.locality || !address.addressLine) return undefined;
  return {
    addressLine: address.addressLine,
    locality: address.locality,
    country: findPlaceByCode(address.countryCode)?.name ?? address.countryCode,
  };
}

/** The relationship as certificates print it, agreeing with the sex (`figlia`, `intestatario`). */
function printedRelationship(member: { relationshipCode: string; sex: Sex }, isHead: boolean): string {
  const ending = member.sex === 'F' ? 'a' : 'o';
  if (isHead) return `intestatari${ending}`;
  const relationship = findHouseholdRelationship(member.relationshipCode);
  if (!relationship) return 'rapporto non definito';
  const variants = relationship.labelIt.split(' / ');
  let label = variants.length === 2 ? variants[member.sex === 'F' ? 1 : 0] : relationship.labelIt;
  if (relationship.code === CIVIL_PARTNER && member.sex === 'F') label = 'Unita civilmente';
  return label.charAt(0).toLocaleLowerCase('it-IT') + label.slice(1);
}

import { createHash } from 'node:crypto';
import type { IsoDate } from '../../common/calendar/civil-date.js';
import { findPlacesByName } from '../domain/places.js';
import type { Address, Sex } from '../domain/registry-types.js';
import type { HouseholdMemberRecord, PersonRecord } from '../persistence/registry-records.js';
import type { FamilySubject, ResidenceSubject } from './anpr-client.js';

/**
 * ANPR's answers as the registry's records. ANPR's AR001 and FS001 carry no citizenship, marital status or
 * identity document: those stay null, and the views say so, rather than being guessed.
 */

/** A stable id for a person known by codice fiscale only (the member routes take ids, not codici fiscali). */
export function anprPersonId(fiscalCode: string): string {
  const hex = createHash('sha256').update(`anpr:${fiscalCode.toUpperCase()}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** ANPR writes relationship codes without the leading zero (`1` = intestatario); the registry uses two digits. */
export function anprRelationshipCode(code: string | undefined): string {
  return /^\d{1,2}$/.test(code ?? '') ? (code as string).padStart(2, '0') : '';
}

function birthPlace(place: { code?: string; name?: string } | undefined): { code: string; name: string } {
  const name = place?.name?.trim() ?? '';
  if (place?.code) return { code: place.code, name };
  // A comune is named only: its cadastral code is found when the name is unambiguous.
  const matches = name ? findPlacesByName(name) : [];
  return { code: matches.length === 1 ? (matches[0]?.code ?? '') : '', name };
}

function sex(value: string | undefined): Sex {
  return value === 'F' ? 'F' : 'M';
}

function residenceAddress(subject: ResidenceSubject): { address: Address; since: IsoDate } | null {
  const residence = subject.residenza?.[0];
  if (!residence) return null;
  const since = residence.dataDecorrenzaResidenza ?? '';
  const street = residence.indirizzo;
  if (street?.toponimo?.denominazioneToponimo) {
    const civic = street.numeroCivico;
    return {
      since,
      address: {
        kind: 'street',
        streetCode: street.toponimo.codToponimo ?? '',
        toponym: street.toponimo.specie ?? '',
        streetName: street.toponimo.denominazioneToponimo,
        civicNumber: `${civic?.numero ?? ''}${civic?.lettera ?? ''}` || 'SNC',
        internal: civic?.civicoInterno?.interno1 ?? null,
      },
    };
  }
  const abroad = residence.localitaEstera?.indirizzoEstero;
  if (abroad?.localita) {
    return {
      since,
      address: {
        kind: 'abroad',
        countryCode: abroad.localita.codiceStato ?? '',
        locality: abroad.localita.descrizioneLocalita ?? '',
        addressLine: abroad.toponimo?.denominazione ?? '',
      },
    };
  }
  return null;
}

/**
 * The person of an AR001 answer, in the household `members` (FS001) when they are registered in this comune:
 * resident here, or AIRE. A person living in another comune is `emigrated`, as in the local registry.
 */
export function personFromAnpr(
  subject: ResidenceSubject,
  members: readonly HouseholdMemberRecord[],
  municipalityName: string,
): PersonRecord {
  const general = subject.generalita ?? {};
  const fiscalCode = general.codiceFiscale?.codFiscale ?? '';
  const place = general.luogoNascita;
  const born = birthPlace(
    place?.localita?.codiceStato
      ? { code: place.localita.codiceStato, name: place.localita.descrizioneStato }
      : { name: place?.comune?.nomeComune },
  );
  const residence = residenceAddress(subject);
  const comune = subject.residenza?.[0]?.indirizzo?.comune?.nomeComune;
  const aire = general.soggettoAIRE === 'S';
  const here = aire || (comune !== undefined && comune.toLowerCase() === municipalityName.toLowerCase());
  const status = subject.datiDecesso?.dataEvento
    ? 'deceased'
    : aire
      ? 'aire'
      : here
        ? 'resident'
        : 'emigrated';
  const self = members.find((member) => member.fiscalCode === fiscalCode);
  const head = members.find((member) => member.relationshipCode === '01');
  return {
    id: anprPersonId(fiscalCode),
    fiscalCode,
    familyName: general.cognome ?? '',
    givenName: general.nome ?? '',
    sex: sex(general.sesso),
    birthDate: general.dataNascita ?? '',
    birthPlaceCode: born.code,
    birthPlaceName: born.name,
    citizenship: null,
    maritalStatus: null,
    status,
    deathDate: subject.datiDecesso?.dataEvento ?? null,
    identityDocument: null,
    blockedReason: null,
    membership:
      residence && self && status !== 'emigrated' && status !== 'deceased'
        ? {
            householdId: fiscalCode,
            householdCode: '',
            headPersonId: head?.personId ?? null,
            relationshipCode: self.relationshipCode,
            entryDate: self.entryDate,
            residenceSince: residence.since || self.entryDate,
            address: residence.address,
          }
        : null,
  };
}

/** The household of an FS001 answer, head first; deceased members are not current members. */
export function householdFromAnpr(subjects: readonly FamilySubject[]): HouseholdMemberRecord[] {
  return subjects
    .filter((subject) => !subject.deathDate?.eventDate && subject.generality?.fiscalCode?.fiscalCode)
    .map((subject) => {
      const general = subject.generality ?? {};
      const fiscalCode = general.fiscalCode?.fiscalCode ?? '';
      const place = general.placeOfBirth;
      const born = birthPlace(
        place?.place?.codState
          ? { code: place.place.codState, name: place.place.countryDescription }
          : { name: place?.municipality?.nameMunicipality },
      );
      return {
        personId: anprPersonId(fiscalCode),
        fiscalCode,
        familyName: general.surname ?? '',
        givenName: general.name ?? '',
        sex: sex(general.gender),
        birthDate: general.birthDate ?? '',
        birthPlaceCode: born.code,
        birthPlaceName: born.name,
        relationshipCode: anprRelationshipCode(subject.subjectLink?.relationshipCode),
        entryDate: subject.subjectLink?.startDate ?? '',
      };
    })
    .sort((left, right) => left.relationshipCode.localeCompare(right.relationshipCode));
}

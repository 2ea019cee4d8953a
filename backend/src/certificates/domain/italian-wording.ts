import { italianDate } from '../../common/italian/italian-date.js';
import type {
  CertificatePlace,
  MaritalStatusCode,
  PersonGeneralities,
  ResidenceAddress,
  Sex,
} from './certificate-subject.js';

/** Italian registry wording: dates, places, names and the words that agree with the person's sex. */

/** Adjective or participle ending that agrees with the person's sex: `nat${ending(sex)}`. */
export function ending(sex: Sex): 'o' | 'a' {
  return sex === 'F' ? 'a' : 'o';
}

export function formatPlace(place: CertificatePlace): string {
  if (place.provinceCode) return `${place.locality} (${place.provinceCode.toUpperCase()})`;
  const country = place.country?.trim();
  if (country && country.toLowerCase() !== 'italia') {
    // Registries record some births abroad by the state only: `Argentina`, not `Argentina (Argentina)`.
    return place.locality.trim().toLowerCase() === country.toLowerCase()
      ? place.locality
      : `${place.locality} (${country})`;
  }
  return place.locality;
}

/** Surname first and upper-case, as the registry lists people. */
export function formatName(person: Pick<PersonGeneralities, 'givenName' | 'familyName'>): string {
  return `${person.familyName} ${person.givenName}`.toLocaleUpperCase('it-IT');
}

export function formatBirth(person: PersonGeneralities): string {
  return `nat${ending(person.sex)} a ${formatPlace(person.birthPlace)} il ${italianDate(person.birthDate)}`;
}

export function formatAddress(address: ResidenceAddress): string {
  const internal = address.internal ? ` int. ${address.internal}` : '';
  return `${address.street} n. ${address.civicNumber}${internal}`;
}

export function maritalStatusLabel(status: MaritalStatusCode, sex: Sex): string {
  const e = ending(sex);
  switch (status) {
    case 'single':
      return sex === 'F' ? 'nubile' : 'celibe';
    case 'married':
      return `coniugat${e}`;
    case 'civil_union':
      return `unit${e} civilmente`;
    case 'divorced':
      return `divorziat${e}`;
    case 'widowed':
      return sex === 'F' ? 'vedova' : 'vedovo';
    case 'civil_union_dissolved':
      return `liber${e} per scioglimento dell'unione civile`;
    case 'civil_union_widowed':
      return `liber${e} per decesso della parte unita civilmente`;
    case 'unknown':
      return 'non registrato';
  }
}

/** Initials in the order the certificate prints the name (surname first), e.g. `R. M.`. */
export function initials(person: Pick<PersonGeneralities, 'givenName' | 'familyName'>): string {
  return [person.familyName, person.givenName]
    .map((part) => part.trim().charAt(0).toLocaleUpperCase('it-IT'))
    .filter((letter) => letter !== '')
    .map((letter) => `${letter}.`)
    .join(' ');
}

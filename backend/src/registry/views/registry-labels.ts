import { findHouseholdRelationship } from '../domain/household-relationships.js';
import { findCitizenship, findPlaceByCode } from '../domain/places.js';
import type { IdentityDocumentKind, MaritalStatus, PersonStatus, Sex } from '../domain/registry-types.js';

/** Italian wording of registry codes, as a resident reads them (stato civile agrees with the person's sex). */

const MARITAL: Record<MaritalStatus, { M: string; F: string }> = {
  single: { M: 'Celibe', F: 'Nubile' },
  married: { M: 'Coniugato', F: 'Coniugata' },
  civil_union: { M: 'Unito civilmente', F: 'Unita civilmente' },
  divorced: { M: 'Divorziato', F: 'Divorziata' },
  widowed: { M: 'Vedovo', F: 'Vedova' },
  civil_union_dissolved: { M: 'Già unito civilmente', F: 'Già unita civilmente' },
};

const STATUS: Record<PersonStatus, string> = {
  resident: 'Residente',
  aire: "Iscritto all'AIRE (residente all'estero)",
  deceased: 'Deceduto',
  emigrated: 'Emigrato in altro comune',
};

const DOCUMENT: Record<IdentityDocumentKind, string> = {
  cie: "Carta d'identità elettronica",
  paper: "Carta d'identità cartacea",
};

/** What the views print for a fact the registry source does not give (ANPR's AR001 has no stato civile). */
export const NOT_PROVIDED_LABEL = 'Non fornito da ANPR';

export function maritalStatusLabel(status: MaritalStatus | null, sex: Sex): string {
  return status ? MARITAL[status][sex] : NOT_PROVIDED_LABEL;
}

export function personStatusLabel(status: PersonStatus): string {
  return STATUS[status];
}

export function documentKindLabel(kind: IdentityDocumentKind): string {
  return DOCUMENT[kind];
}

export function relationshipLabel(code: string): string {
  return findHouseholdRelationship(code)?.labelIt ?? `Codice ${code}`;
}

export function citizenshipName(iso2: string | null): string {
  if (iso2 === null) return NOT_PROVIDED_LABEL;
  return findCitizenship(iso2)?.name ?? iso2;
}

/** "Crema (CR)" for a comune, "Romania" for a state; the stored name when the code is not in the table. */
export function placeLabel(code: string, storedName: string): string {
  const place = findPlaceByCode(code);
  if (place?.kind === 'municipality') return `${place.name} (${place.provinceCode})`;
  return place?.name ?? storedName;
}

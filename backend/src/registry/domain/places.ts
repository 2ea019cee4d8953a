import { lettersOnly } from '../../common/italian/fiscal-code.js';
import { PLACE_DATA } from './places-data.js';

export interface MunicipalityPlace {
  kind: 'municipality';
  /** Codice catastale (Belfiore), e.g. `I914`. */
  code: string;
  name: string;
  /** Sigla automobilistica of the province, e.g. `CR`. */
  provinceCode: string;
}

export interface CountryPlace {
  kind: 'country';
  /** Belfiore code of the foreign state (`Z` + 3 digits), e.g. `Z129`. */
  code: string;
  name: string;
  nameEn: string;
  /** ISO 3166-1 alpha-2, the form used for citizenship. */
  iso2: string;
}

export type Place = MunicipalityPlace | CountryPlace;

/** Citizenship is stored as ISO 3166-1 alpha-2; Italy has no Belfiore code of its own. */
export interface Citizenship {
  iso2: string;
  name: string;
  nameEn: string;
}

export const ITALIAN_CITIZENSHIP: Citizenship = { iso2: 'IT', name: 'Italia', nameEn: 'Italy' };

/** Common short forms people type instead of the official ISTAT name. */
const NAME_ALIASES: Record<string, string> = {
  'REGGIO CALABRIA': 'H224',
  'REGGIO EMILIA': 'H223',
  BOZEN: 'A952',
  'BOLZANO BOZEN': 'A952',
  'MONZA E BRIANZA': 'F704',
  'STATI UNITI': 'Z404',
  USA: 'Z404',
  RUSSIA: 'Z154',
  MOLDAVIA: 'Z140',
  'GRAN BRETAGNA': 'Z114',
};

const PLACES: readonly Place[] = [
  ...PLACE_DATA.municipalities.map(
    ([code, name, provinceCode]): MunicipalityPlace => ({ kind: 'municipality', code, name, provinceCode }),
  ),
  ...PLACE_DATA.countries.map(
    ([code, name, nameEn, iso2]): CountryPlace => ({ kind: 'country', code, name, nameEn, iso2 }),
  ),
];

const BY_CODE = new Map(PLACES.map((place) => [place.code, place]));
const BY_ISO2 = new Map(
  PLACES.filter((place): place is CountryPlace => place.kind === 'country').map((place) => [
    place.iso2,
    place,
  ]),
);

/** Comparable form of a place name: accents, apostrophes, spaces and case do not matter. */
function nameKey(name: string): string {
  return lettersOnly(name);
}

const BY_NAME = new Map<string, Place[]>();
for (const place of PLACES) {
  const keys = [nameKey(place.name), ...(place.kind === 'country' ? [nameKey(place.nameEn)] : [])];
  for (const key of new Set(keys)) BY_NAME.set(key, [...(BY_NAME.get(key) ?? []), place]);
}
for (const [alias, code] of Object.entries(NAME_ALIASES)) {
  const place = BY_CODE.get(code);
  if (place) BY_NAME.set(nameKey(alias), [place]);
}

export function allPlaces(): readonly Place[] {
  return PLACES;
}

export function findPlaceByCode(code: string): Place | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}

/** Exact match on the name (Italian or English for states), ignoring case, accents and punctuation. */
export function findPlacesByName(name: string): Place[] {
  return BY_NAME.get(nameKey(name)) ?? [];
}

export function isForeignPlaceCode(code: string): boolean {
  return /^Z[0-9]{3}$/.test(code.trim().toUpperCase());
}

export function findCitizenship(iso2: string): Citizenship | undefined {
  const key = iso2.trim().toUpperCase();
  if (key === ITALIAN_CITIZENSHIP.iso2) return ITALIAN_CITIZENSHIP;
  const country = BY_ISO2.get(key);
  return country ? { iso2: country.iso2, name: country.name, nameEn: country.nameEn } : undefined;
}

/** The foreign state with this ISO alpha-2 code, e.g. to use as birth place of a foreign citizen. */
export function findCountryByIso2(iso2: string): CountryPlace | undefined {
  return BY_ISO2.get(iso2.trim().toUpperCase());
}

import {
  type CivilDate,
  formatIsoDate,
  fromEpochDay,
  type IsoDate,
  isoToEpochDay,
  toEpochDay,
} from '../../common/calendar/civil-date.js';
import {
  applyOmocodia,
  familyNameCode,
  fiscalCodeCheckCharacter,
  fiscalCodeStem,
  givenNameCode,
} from '../../common/italian/fiscal-code.js';
import {
  CHILD,
  CIVIL_PARTNER,
  COHABITANT,
  HEAD_OF_HOUSEHOLD,
  PARENT,
  SPOUSE,
} from '../../registry/domain/household-relationships.js';
import { findCountryByIso2, findPlaceByCode } from '../../registry/domain/places.js';
import type {
  Address,
  Household,
  IdentityDocument,
  MaritalStatus,
  Person,
  PersonStatus,
  RegistryEvent,
  RegistryEventKind,
  Sex,
  StreetAddress,
} from '../../registry/domain/registry-types.js';
import { DemoRandom } from '../demo-random.js';
import {
  type AbroadDestination,
  DEMO_NAME_POOLS,
  type ForeignNamePool,
  femaleFamilyName,
  type Generation,
} from './demo-name-pools.js';
import { DEMO_STREET_REGISTER, type DemoStreet } from './demo-street-register.js';

export interface DemoMunicipality {
  cadastralCode: string;
  name: string;
}

export interface DemoPopulationOptions {
  seed: number;
  /** Number of persons to generate, history included (deceased and emigrated members); default 7,000. */
  size?: number;
  municipality?: DemoMunicipality;
  /** "Today" for the population: ages, document expiry and event dates are relative to it. */
  referenceDate: IsoDate;
}

/** One famiglia anagrafica with everyone who belongs (or belonged) to it and their registry history. */
export interface DemoHousehold {
  household: Household;
  persons: Person[];
  events: RegistryEvent[];
}

export const DEFAULT_DEMO_SIZE = 7000;
export const SPINO_D_ADDA: DemoMunicipality = { cadastralCode: 'I914', name: "Spino d'Adda" };

/**
 * The first households of every population, in this order, so that demo identities always exist:
 * a family with two minor children, a foreigner living alone, a widow whose late husband is kept as history,
 * a resident whose identity card expires in 20 days.
 */
export const SHOWCASE_HOUSEHOLD_COUNT = 4;

const DAYS_PER_YEAR = 365.2425;
const CIVIL_UNIONS_FROM = isoToEpochDay('2016-06-05');
const CIE_GENERALISED_FROM = isoToEpochDay('2019-01-01');
const NEIGHBOURS = [
  'G306',
  'H357',
  'D358',
  'G260',
  'A076',
  'L535',
  'L539',
  'D151',
  'A919',
  'M158',
  'D159',
  'L454',
  'G385',
  'D367',
];
const LOMBARD_CITIES = [
  'F205',
  'F205',
  'F205',
  'A794',
  'B157',
  'D150',
  'E648',
  'G388',
  'F704',
  'L682',
  'C933',
  'E897',
];
const ITALIAN_CITIES = [
  'F839',
  'G273',
  'A662',
  'D643',
  'H224',
  'C351',
  'F158',
  'H703',
  'L049',
  'C352',
  'G942',
  'H501',
  'L219',
  'L736',
  'L781',
  'A944',
  'D969',
  'D612',
  'B354',
  'I452',
  'G482',
  'E506',
  'A285',
  'G224',
  'G337',
];
const HOSPITALS = ['D142', 'D142', 'D142', 'D142', 'D142', 'D142', 'D142', 'E648', 'F205', 'D150'];
const EMIGRATION_DESTINATIONS = ['F205', 'F205', 'E648', 'D142', 'A794', 'A944', 'L219', 'G306', 'H357'];

interface Origin {
  code: string;
  name: string;
}

interface PersonDraft {
  sex: Sex;
  birth: number;
  familyName: string;
  givenName: string;
  origin: Origin;
  citizenship: string;
  maritalStatus: MaritalStatus;
  status?: PersonStatus;
  death?: number;
  /** Epoch day the person was registered in the comune: at birth (birth event) or by immigration. */
  arrival: number;
  arrivalFrom?: Origin;
  /** A document fixed by a showcase household; without it the generator decides. */
  document?: { issued: number; expires: number; kind: 'cie' | 'paper' };
}

interface MemberDraft {
  person: Person;
  relationshipCode: string;
  entry: number;
  exit?: number;
}

function generationOf(birthYear: number): Generation {
  if (birthYear < 1950) return 'before1950';
  if (birthYear < 1980) return 'from1950';
  if (birthYear < 2000) return 'from1980';
  return 'from2000';
}

function isoOf(epochDay: number): IsoDate {
  return formatIsoDate(fromEpochDay(epochDay));
}

function originOf(code: string): Origin {
  const place = findPlaceByCode(code);
  if (!place) throw new Error(`Demo place ${code} is missing from the places table`);
  return { code: place.code, name: place.name };
}

function birthdayIn(birth: number, year: number): number {
  const date = fromEpochDay(birth);
  const day = date.month === 2 && date.day === 29 ? 28 : date.day;
  return toEpochDay({ year, month: date.month, day });
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Generates the households of one population; one instance per call, consumed once. */
class PopulationBuilder {
  private readonly random: DemoRandom;
  private readonly today: number;
  private readonly size: number;
  private readonly municipality: Origin;
  private readonly streets: readonly { weight: number; street: DemoStreet }[];
  private readonly streetWeight: number;
  private readonly foreignWeight: number;
  private readonly abroadWeight: number;
  private personCount = 0;
  private householdCount = 0;
  private documentCount = 0;
  /** Numeric keys of the base codes handed out (see `fiscalCodeKey`), and the homonym counts. */
  private readonly baseCodes = new Set<number>();
  private readonly homonyms = new Map<number, number>();
  private readonly placeIndex = new Map<string, number>();
  private readonly nameCodes = new Map<string, string>();
  private readonly familyCodes = new Map<string, string>();

  constructor(options: DemoPopulationOptions) {
    this.random = new DemoRandom(options.seed);
    this.today = isoToEpochDay(options.referenceDate);
    this.size = options.size ?? DEFAULT_DEMO_SIZE;
    const municipality = options.municipality ?? SPINO_D_ADDA;
    this.municipality = { code: municipality.cadastralCode.toUpperCase(), name: municipality.name };
    // Attested names belong to Spino d'Adda; another comune gets only the generic ones.
    this.streets = (
      this.municipality.code === SPINO_D_ADDA.cadastralCode
        ? DEMO_STREET_REGISTER
        : DEMO_STREET_REGISTER.filter((street) => !street.attested)
    ).map((street) => ({ weight: street.maxCivic, street }));
    this.streetWeight = this.streets.reduce((sum, choice) => sum + choice.weight, 0);
    this.foreignWeight = DEMO_NAME_POOLS.foreign.reduce((sum, pool) => sum + pool.weight, 0);
    this.abroadWeight = DEMO_NAME_POOLS.abroad.reduce((sum, destination) => sum + destination.weight, 0);
  }

  *households(): Generator<DemoHousehold, void, undefined> {
    const showcases = [
      () => this.showcaseFamily(),
      () => this.showcaseForeigner(),
      () => this.showcaseWidow(),
      () => this.showcaseExpiringCard(),
    ];
    for (const build of showcases) {
      if (this.remaining() < 4) break;
      yield build();
    }
    while (this.remaining() > 0) yield this.nextHousehold();
  }

  private remaining(): number {
    return this.size - this.personCount;
  }

  private yearsAgo(years: number): number {
    return Math.floor(this.today - years * DAYS_PER_YEAR);
  }

  private birthForAge(minAge: number, maxAge: number): number {
    return Math.min(this.today, this.yearsAgo(this.random.int(minAge, maxAge)) - this.random.int(0, 364));
  }

  private ageAt(birth: number, day: number): number {
    return Math.floor((day - birth) / DAYS_PER_YEAR);
  }

  /** A day between `from` and `to` (inclusive), clamped to yesterday. */
  private between(from: number, to: number): number {
    const upper = Math.min(to, this.today - 1);
    return from >= upper ? upper : this.random.int(from, upper);
  }

  // ---- names and places ------------------------------------------------------------------------------

  private italianGivenName(sex: Sex, birth: number): string {
    const generation = generationOf(fromEpochDay(birth).year);
    const pool = sex === 'M' ? DEMO_NAME_POOLS.italianMaleNames : DEMO_NAME_POOLS.italianFemaleNames;
    return this.random.pickFrequent(pool[generation]);
  }

  private italianFamilyName(): string {
    return this.random.pickFrequent(DEMO_NAME_POOLS.italianFamilyNames);
  }

  private foreignGivenName(pool: ForeignNamePool, sex: Sex): string {
    return this.random.pickFrequent(sex === 'M' ? pool.maleNames : pool.femaleNames);
  }

  private foreignFamilyName(pool: ForeignNamePool, sex: Sex, familyName?: string): string {
    const name = familyName ?? this.random.pickFrequent(pool.familyNames);
    return sex === 'F' ? femaleFamilyName(pool, name) : name;
  }

  /** Where an Italian was born: at home in the comune before hospitals took over, then in the area. */
  private italianBirthPlace(birth: number): Origin {
    const year = fromEpochDay(birth).year;
    const roll = this.random.int(0, 99);
    if (year < 1975) {
      if (roll < 38) return this.municipality;
      if (roll < 55) return originOf('D142');
      if (roll < 70) return originOf(this.random.pick(NEIGHBOURS));
      if (roll < 80) return originOf(this.random.pick(LOMBARD_CITIES));
      return originOf(this.random.pick(ITALIAN_CITIES));
    }
    if (roll < 3) return this.municipality;
    if (roll < 70) return originOf(this.random.pick(HOSPITALS));
    if (roll < 82) return originOf(this.random.pick(LOMBARD_CITIES));
    if (roll < 90) return originOf(this.random.pick(NEIGHBOURS));
    return originOf(this.random.pick(ITALIAN_CITIES));
  }

  private countryOrigin(iso2: string): Origin {
    const country = findCountryByIso2(iso2);
    if (!country) throw new Error(`Demo country ${iso2} is missing from the places table`);
    return { code: country.code, name: country.name };
  }

  /** Where an Italian who moved to the comune came from. */
  private previousResidence(): Origin {
    const roll = this.random.int(0, 99);
    if (roll < 45) return originOf(this.random.pick(NEIGHBOURS));
    if (roll < 80) return originOf(this.random.pick(LOMBARD_CITIES));
    return originOf(this.random.pick(ITALIAN_CITIES));
  }

  // ---- persons -------------------------------------------------------------------------------------------

  private nameCode(name: string, cache: Map<string, string>, encode: (value: string) => string): string {
    let code = cache.get(name);
    if (code === undefined) {
      code = encode(name);
      cache.set(name, code);
    }
    return code;
  }

  /**
   * Two people share a base code when surname code, name code, sex, birth date and place coincide. The key packs
   * those into an exact integer (17576² name codes × 2 sexes × 60,000 days × 128 places < 2^53), which keeps the
   * set of a million codes small.
   */
  private fiscalCodeKey(
    familyCode: string,
    givenCode: string,
    sex: Sex,
    birth: number,
    placeCode: string,
  ): number {
    let place = this.placeIndex.get(placeCode);
    if (place === undefined) {
      place = this.placeIndex.size;
      if (place >= 128) throw new Error('The demo generator supports at most 128 distinct birth places');
      this.placeIndex.set(placeCode, place);
    }
    const letters = (code: string) =>
      (code.charCodeAt(0) - 65) * 676 + (code.charCodeAt(1) - 65) * 26 + (code.charCodeAt(2) - 65);
    const names = letters(familyCode) * 17576 + letters(givenCode);
    return ((names * 2 + (sex === 'F' ? 1 : 0)) * 60000 + (birth + 30000)) * 128 + place;
  }

  private fiscalCode(draft: PersonDraft, date: CivilDate): string {
    const familyCode = this.nameCode(draft.familyName, this.familyCodes, familyNameCode);
    const givenCode = this.nameCode(draft.givenName, this.nameCodes, givenNameCode);
    const stem = fiscalCodeStem(familyCode, givenCode, draft.sex, date, draft.origin.code);
    const base = stem + fiscalCodeCheckCharacter(stem);
    const key = this.fiscalCodeKey(familyCode, givenCode, draft.sex, draft.birth, draft.origin.code);
    if (!this.baseCodes.has(key)) {
      this.baseCodes.add(key);
      return base;
    }
    // A later homonym gets the next omocodia variant, as the Agenzia delle Entrate would assign it.
    const variant = (this.homonyms.get(key) ?? 0) + 1;
    this.homonyms.set(key, variant);
    return applyOmocodia(base, variant);
  }

  private documentNumber(kind: 'cie' | 'paper'): string {
    const n = this.documentCount++;
    const serial = String(n % 100000).padStart(5, '0');
    const block = Math.floor(n / 100000);
    if (kind === 'cie') {
      return `C${LETTERS[((block / 676) % 26) | 0]}${serial}${LETTERS[((block / 26) % 26) | 0]}${LETTERS[block % 26]}`;
    }
    return `A${LETTERS[block % 26]}${String(n % 10000000).padStart(7, '0')}`;
  }

  private identityDocument(draft: PersonDraft): IdentityDocument | null {
    const status = draft.status ?? 'resident';
    if (status === 'deceased' || status === 'emigrated') return null;
    if (draft.document) {
      const { issued, expires, kind } = draft.document;
      return { kind, number: this.documentNumber(kind), issuedOn: isoOf(issued), expiresOn: isoOf(expires) };
    }
    // Nobody gets a card in the first month of life.
    if (draft.birth + 30 >= this.today) return null;
    const age = this.ageAt(draft.birth, this.today);
    const holds = status === 'aire' ? 0.6 : age < 3 ? 0.15 : age < 18 ? 0.5 : 0.93;
    if (!this.random.chance(holds)) return null;
    const issued = Math.max(draft.birth + 30, this.today - this.random.int(1, 10 * 365 + 180));
    const ageAtIssue = this.ageAt(draft.birth, issued);
    // CIE validity: 3 years under 3, 5 years under 18, 10 years for adults, expiring on the birthday.
    const validity = ageAtIssue < 3 ? 3 : ageAtIssue < 18 ? 5 : 10;
    const expires = birthdayIn(draft.birth, fromEpochDay(issued).year + validity);
    const kind = issued >= CIE_GENERALISED_FROM || this.random.chance(0.3) ? 'cie' : 'paper';
    return { kind, number: this.documentNumber(kind), issuedOn: isoOf(issued), expiresOn: isoOf(expires) };
  }

  private person(draft: PersonDraft, events: RegistryEvent[]): Person {
    const date = fromEpochDay(draft.birth);
    this.personCount++;
    const person: Person = {
      id: `P${String(this.personCount).padStart(7, '0')}`,
      fiscalCode: this.fiscalCode(draft, date),
      givenName: draft.givenName,
      familyName: draft.familyName,
      sex: draft.sex,
      birthDate: formatIsoDate(date),
      birthPlaceCode: draft.origin.code,
      birthPlaceName: draft.origin.name,
      citizenship: draft.citizenship,
      maritalStatus: draft.maritalStatus,
      identityDocument: this.identityDocument(draft),
      status: draft.status ?? 'resident',
    };
    if (draft.death !== undefined) person.deathDate = isoOf(draft.death);
    if (draft.arrivalFrom) {
      const details: Record<string, string> = {
        fromPlaceCode: draft.arrivalFrom.code,
        fromPlaceName: draft.arrivalFrom.name,
      };
      events.push(this.event('immigration', draft.arrival, person, details));
    } else {
      events.push(this.event('birth', draft.birth, person, { placeCode: draft.origin.code }));
    }
    if (draft.death !== undefined) events.push(this.event('death', draft.death, person, {}));
    return person;
  }

  private event(
    kind: RegistryEventKind,
    day: number,
    person: Person,
    details: Record<string, string>,
  ): RegistryEvent {
    return { kind, date: isoOf(day), personId: person.id, details };
  }

  /** Registration in the comune for an Italian adult: native (since birth) or moved in as an adult. */
  private italianArrival(
    birth: number,
    notAfter: number,
    origin: Origin,
  ): Pick<PersonDraft, 'arrival' | 'arrivalFrom'> {
    // Only people born in the comune or in the hospitals around it can have been registered here since birth.
    const local =
      origin.code === this.municipality.code ||
      HOSPITALS.includes(origin.code) ||
      NEIGHBOURS.includes(origin.code);
    if (local && this.random.chance(0.7)) return { arrival: birth };
    const adult = birth + Math.floor(18 * DAYS_PER_YEAR);
    return {
      arrival: this.between(Math.min(adult, notAfter), notAfter),
      arrivalFrom: this.previousResidence(),
    };
  }

  private italianAdult(sex: Sex, birth: number, maritalStatus: MaritalStatus, notAfter: number): PersonDraft {
    const origin = this.italianBirthPlace(birth);
    return {
      sex,
      birth,
      familyName: this.italianFamilyName(),
      givenName: this.italianGivenName(sex, birth),
      origin,
      citizenship: 'IT',
      maritalStatus,
      ...this.italianArrival(birth, notAfter, origin),
    };
  }

  // ---- households ----------------------------------------------------------------------------------------

  private address(): StreetAddress {
    const { street } = this.random.weighted(this.streets, this.streetWeight);
    const number = this.random.int(1, street.maxCivic);
    const exponent = this.random.chance(0.05) ? this.random.pick(['A', 'B', 'C']) : '';
    return {
      kind: 'street',
      streetCode: street.code,
      toponym: street.toponym,
      streetName: street.name,
      civicNumber: `${number}${exponent}`,
      internal: this.random.chance(0.4) ? String(this.random.int(1, 12)) : null,
    };
  }

  private household(address: Address, members: MemberDraft[], events: RegistryEvent[]): DemoHousehold {
    this.householdCount++;
    const head = members.find(
      (member) => member.relationshipCode === HEAD_OF_HOUSEHOLD && member.exit === undefined,
    );
    if (!head) throw new Error('A demo household must have a current head');
    const household: Household = {
      code: `F${String(this.householdCount).padStart(7, '0')}`,
      address,
      headPersonId: head.person.id,
      members: members.map((member) => ({
        personId: member.person.id,
        relationshipCode: member.relationshipCode,
        entryDate: isoOf(member.entry),
        exitDate: member.exit === undefined ? null : isoOf(member.exit),
      })),
    };
    events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return { household, persons: members.map((member) => member.person), events };
  }

  private union(
    first: Person,
    second: Person,
    day: number,
    kind: 'marriage' | 'civil_union',
    events: RegistryEvent[],
  ): void {
    events.push(this.event(kind, day, first, { partnerPersonId: second.id }));
    events.push(this.event(kind, day, second, { partnerPersonId: first.id }));
  }

  /** Couple (married, civil union or cohabiting), optionally with children and a widowed parent. */
  private coupleHousehold(options: {
    kind: 'married' | 'civil_union' | 'cohabiting';
    headAge: [number, number];
    children: number;
    withParent: boolean;
    pool?: ForeignNamePool;
  }): DemoHousehold {
    const events: RegistryEvent[] = [];
    const { pool } = options;
    const sameSex = options.kind === 'civil_union';
    const headSex: Sex = sameSex
      ? this.random.chance(0.5)
        ? 'M'
        : 'F'
      : this.random.chance(0.92)
        ? 'M'
        : 'F';
    const partnerSex: Sex = sameSex ? headSex : headSex === 'M' ? 'F' : 'M';
    const headBirth = this.birthForAge(options.headAge[0], options.headAge[1]);
    const partnerBirth = Math.min(
      this.today - Math.floor(20 * DAYS_PER_YEAR),
      headBirth + Math.floor(this.random.int(-3, 7) * DAYS_PER_YEAR * (headSex === 'M' ? 1 : -1)),
    );
    const younger = Math.max(headBirth, partnerBirth);
    const unionEarliest = sameSex
      ? Math.max(CIVIL_UNIONS_FROM, younger + Math.floor(22 * DAYS_PER_YEAR))
      : younger;
    let unionDay = sameSex
      ? this.between(unionEarliest, this.today - 30)
      : this.between(younger + Math.floor(this.random.int(23, 34) * DAYS_PER_YEAR), this.today - 30);
    const marital: MaritalStatus =
      options.kind === 'married' ? 'married' : options.kind === 'civil_union' ? 'civil_union' : 'single';

    let headDraft: PersonDraft;
    let partnerDraft: PersonDraft;
    if (pool) {
      const arrival = this.between(
        Math.max(isoToEpochDay('2000-01-01'), younger + Math.floor(19 * DAYS_PER_YEAR)),
        this.today - 60,
      );
      const country = this.countryOrigin(pool.iso2);
      const familyName = this.foreignFamilyName(pool, headSex);
      headDraft = {
        sex: headSex,
        birth: headBirth,
        familyName,
        givenName: this.foreignGivenName(pool, headSex),
        origin: country,
        citizenship: pool.iso2,
        maritalStatus: marital,
        arrival,
        arrivalFrom: country,
      };
      const reunion = this.random.chance(0.6) ? this.between(arrival, arrival + 3 * 365) : arrival;
      // Most foreign couples married in their home country, before the first of them moved to Italy.
      if (this.random.chance(0.75))
        unionDay = this.between(younger + Math.floor(21 * DAYS_PER_YEAR), arrival - 30);
      partnerDraft = {
        sex: partnerSex,
        birth: partnerBirth,
        familyName: this.foreignFamilyName(pool, partnerSex),
        givenName: this.foreignGivenName(pool, partnerSex),
        origin: country,
        citizenship: pool.iso2,
        maritalStatus: marital,
        arrival: reunion,
        arrivalFrom: country,
      };
    } else {
      headDraft = this.italianAdult(headSex, headBirth, marital, unionDay);
      partnerDraft = this.italianAdult(partnerSex, partnerBirth, marital, unionDay);
    }
    const head = this.person(headDraft, events);
    const partner = this.person(partnerDraft, events);
    if (options.kind !== 'cohabiting')
      this.union(head, partner, unionDay, options.kind === 'married' ? 'marriage' : 'civil_union', events);
    const partnerCode =
      options.kind === 'married' ? SPOUSE : options.kind === 'civil_union' ? CIVIL_PARTNER : COHABITANT;
    const mother = headSex === 'F' ? headDraft : partnerDraft;
    const father = headSex === 'M' ? headDraft : partnerDraft;
    const arrived = Math.max(headDraft.arrival, partnerDraft.arrival);
    const children: MemberDraft[] = [];
    for (let i = 0; i < options.children; i++)
      children.push(this.child(mother, father, arrived, pool, events));
    // Foreign couples form the household when the second partner arrives; Italian couples when they start
    // living together: at the wedding, or earlier when a child came first.
    const firstBirth = Math.min(...children.map((child) => isoToEpochDay(child.person.birthDate)));
    const formed = pool ? arrived : Math.max(arrived, Math.min(unionDay, firstBirth));
    for (const child of children) child.entry = Math.max(child.entry, formed);
    const members: MemberDraft[] = [
      { person: head, relationshipCode: HEAD_OF_HOUSEHOLD, entry: formed },
      { person: partner, relationshipCode: partnerCode, entry: formed },
      ...children,
    ];
    if (options.withParent && !pool) members.push(this.widowedParent(headDraft, formed, events));
    const motherAge = this.ageAt(mother.birth, this.today);
    if (
      !pool &&
      options.children > 0 &&
      motherAge >= 48 &&
      this.remaining() > 0 &&
      this.random.chance(0.06)
    ) {
      members.push(this.emigratedChild(mother, father, formed, events));
    }
    return this.household(this.address(), this.withAddressChange(members, formed, events), events);
  }

  private child(
    mother: PersonDraft,
    father: PersonDraft,
    formed: number,
    pool: ForeignNamePool | undefined,
    events: RegistryEvent[],
  ): MemberDraft {
    const motherAge = this.ageAt(mother.birth, this.today);
    const oldest = Math.min(29, motherAge - 21);
    const youngest = Math.max(0, motherAge - 45);
    const age = oldest <= youngest ? youngest : this.random.int(youngest, oldest);
    const birth = Math.max(mother.birth + Math.floor(18 * DAYS_PER_YEAR), this.birthForAge(age, age));
    const sex: Sex = this.random.chance(0.51) ? 'M' : 'F';
    const bornHere = birth >= mother.arrival;
    const draft: PersonDraft = pool
      ? {
          sex,
          birth,
          familyName: this.foreignFamilyName(pool, sex, father.familyName),
          givenName: this.foreignGivenName(pool, sex),
          origin: bornHere ? originOf(this.random.pick(HOSPITALS)) : this.countryOrigin(pool.iso2),
          citizenship: pool.iso2,
          maritalStatus: 'single',
          arrival: bornHere ? birth : mother.arrival,
          arrivalFrom: bornHere ? undefined : this.countryOrigin(pool.iso2),
        }
      : {
          sex,
          birth,
          familyName: father.familyName,
          givenName: this.italianGivenName(sex, birth),
          origin: bornHere ? originOf(this.random.pick(HOSPITALS)) : this.italianBirthPlace(birth),
          citizenship: 'IT',
          maritalStatus: 'single',
          arrival: bornHere ? birth : mother.arrival,
          arrivalFrom: bornHere ? undefined : (mother.arrivalFrom ?? this.previousResidence()),
        };
    const person = this.person(draft, events);
    return { person, relationshipCode: CHILD, entry: Math.max(formed, birth, draft.arrival) };
  }

  /** A grown child who moved to another comune: kept as history of the household. */
  private emigratedChild(
    mother: PersonDraft,
    father: PersonDraft,
    formed: number,
    events: RegistryEvent[],
  ): MemberDraft {
    const sex: Sex = this.random.chance(0.5) ? 'M' : 'F';
    const motherAge = this.ageAt(mother.birth, this.today);
    const birth = this.birthForAge(24, Math.min(35, motherAge - 23));
    const left = this.between(Math.max(birth + Math.floor(22 * DAYS_PER_YEAR), formed + 1), this.today - 30);
    const person = this.person(
      {
        sex,
        birth,
        familyName: father.familyName,
        givenName: this.italianGivenName(sex, birth),
        origin: originOf(this.random.pick(HOSPITALS)),
        citizenship: 'IT',
        maritalStatus: 'single',
        status: 'emigrated',
        arrival: birth,
      },
      events,
    );
    const destination = originOf(this.random.pick(EMIGRATION_DESTINATIONS));
    events.push(
      this.event('emigration', left, person, {
        toPlaceCode: destination.code,
        toPlaceName: destination.name,
      }),
    );
    return { person, relationshipCode: CHILD, entry: Math.max(formed, birth), exit: left };
  }

  private widowedParent(head: PersonDraft, formed: number, events: RegistryEvent[]): MemberDraft {
    const sex: Sex = this.random.chance(0.75) ? 'F' : 'M';
    const headAge = this.ageAt(head.birth, this.today);
    const birth = this.birthForAge(Math.min(100, headAge + 24), Math.min(100, headAge + 36));
    const draft: PersonDraft = {
      ...this.italianAdult(sex, birth, 'widowed', this.today - 60),
      familyName: sex === 'M' ? head.familyName : this.italianFamilyName(),
    };
    const person = this.person(draft, events);
    return {
      person,
      relationshipCode: PARENT,
      entry: this.between(Math.max(formed, draft.arrival), this.today - 30),
    };
  }

  /** Some households moved within the comune: one address-change event per current member. */
  private withAddressChange(members: MemberDraft[], formed: number, events: RegistryEvent[]): MemberDraft[] {
    if (!this.random.chance(0.12)) return members;
    const day = this.between(formed + 365, this.today - 30);
    const previous = this.address();
    for (const member of members) {
      if (member.exit === undefined && member.entry < day) {
        events.push(
          this.event('address_change', day, member.person, {
            fromStreetCode: previous.streetCode,
            fromCivicNumber: previous.civicNumber,
          }),
        );
      }
    }
    return members;
  }

  private singleHousehold(pool?: ForeignNamePool): DemoHousehold {
    const events: RegistryEvent[] = [];
    const roll = this.random.int(0, 99);
    const band: [number, number] = pool ? [20, 55] : roll < 30 ? [24, 40] : roll < 58 ? [40, 65] : [65, 97];
    const elderly = band[0] >= 65;
    const sex: Sex = elderly ? (this.random.chance(0.72) ? 'F' : 'M') : this.random.chance(0.55) ? 'M' : 'F';
    const birth = this.birthForAge(band[0], band[1]);
    const statusRoll = this.random.int(0, 99);
    const marital: MaritalStatus = elderly
      ? statusRoll < 70
        ? 'widowed'
        : statusRoll < 85
          ? 'single'
          : 'divorced'
      : band[0] >= 40
        ? statusRoll < 45
          ? 'divorced'
          : statusRoll < 92
            ? 'single'
            : statusRoll < 97
              ? 'widowed'
              : 'civil_union_dissolved'
        : statusRoll < 90
          ? 'single'
          : 'divorced';
    const hadUnion = marital === 'divorced' || marital === 'civil_union_dissolved' || marital === 'widowed';
    const unionKind = marital === 'civil_union_dissolved' ? 'civil_union' : 'marriage';
    const unionEarliest =
      unionKind === 'civil_union'
        ? Math.max(CIVIL_UNIONS_FROM, birth + Math.floor(24 * DAYS_PER_YEAR))
        : birth + Math.floor(this.random.int(22, 32) * DAYS_PER_YEAR);
    const unionDay = this.between(unionEarliest, this.today - 400);
    const endDay = this.between(unionDay + 300, this.today - 60);
    // Half of the widowed keep their late spouse in the household history (only when the size allows it).
    const keepsLateSpouse =
      marital === 'widowed' && !pool && this.remaining() >= 2 && this.random.chance(0.5);

    let draft: PersonDraft;
    if (pool) {
      const country = this.countryOrigin(pool.iso2);
      draft = {
        sex,
        birth,
        familyName: this.foreignFamilyName(pool, sex),
        givenName: this.foreignGivenName(pool, sex),
        origin: country,
        citizenship: pool.iso2,
        maritalStatus: marital,
        arrival: this.between(
          Math.max(isoToEpochDay('2000-01-01'), birth + Math.floor(18 * DAYS_PER_YEAR)),
          this.today - 60,
        ),
        arrivalFrom: country,
      };
    } else {
      draft = this.italianAdult(sex, birth, marital, keepsLateSpouse ? unionDay : this.today - 60);
    }
    const formed = keepsLateSpouse ? Math.max(unionDay, draft.arrival) : this.ownHousehold(draft, 19);
    const person = this.person(draft, events);
    const members: MemberDraft[] = [{ person, relationshipCode: HEAD_OF_HOUSEHOLD, entry: formed }];
    if (keepsLateSpouse) {
      members.push(this.lateSpouse(draft, person, unionDay, endDay, formed, events));
    } else if (hadUnion) {
      events.push(this.event(unionKind, unionDay, person, {}));
      if (marital !== 'widowed') {
        events.push(
          this.event('divorce', endDay, person, unionKind === 'civil_union' ? { union: 'civil_union' } : {}),
        );
      }
    }
    return this.household(this.address(), this.withAddressChange(members, formed, events), events);
  }

  /** When someone living alone set up their household: on arrival, or when a native left the family home. */
  private ownHousehold(draft: PersonDraft, minimumAge: number): number {
    if (draft.arrivalFrom) return draft.arrival;
    const earliest = Math.max(draft.arrival, draft.birth + Math.floor(minimumAge * DAYS_PER_YEAR));
    return this.between(earliest, this.today - 30);
  }

  /** The deceased spouse of a widowed head, kept as history of the household. */
  private lateSpouse(
    survivor: PersonDraft,
    survivorPerson: Person,
    unionDay: number,
    death: number,
    formed: number,
    events: RegistryEvent[],
  ): MemberDraft {
    const sex: Sex = survivor.sex === 'F' ? 'M' : 'F';
    const birth = Math.min(
      unionDay - Math.floor(20 * DAYS_PER_YEAR),
      survivor.birth + Math.floor(this.random.int(-6, 2) * DAYS_PER_YEAR),
    );
    const person = this.person(
      { ...this.italianAdult(sex, birth, 'married', unionDay), status: 'deceased', death },
      events,
    );
    this.union(survivorPerson, person, unionDay, 'marriage', events);
    return { person, relationshipCode: SPOUSE, entry: formed, exit: death };
  }

  private singleParentHousehold(): DemoHousehold {
    const events: RegistryEvent[] = [];
    const sex: Sex = this.random.chance(0.8) ? 'F' : 'M';
    const birth = this.birthForAge(30, 58);
    const roll = this.random.int(0, 99);
    const marital: MaritalStatus = roll < 60 ? 'divorced' : roll < 85 ? 'single' : 'widowed';
    const draft = this.italianAdult(sex, birth, marital, this.today - 365);
    const formed = this.between(
      Math.max(draft.arrival, birth + Math.floor(20 * DAYS_PER_YEAR)),
      this.today - 365,
    );
    const parent = this.person(draft, events);
    const members: MemberDraft[] = [{ person: parent, relationshipCode: HEAD_OF_HOUSEHOLD, entry: formed }];
    const otherParent: PersonDraft = {
      ...draft,
      sex: sex === 'F' ? 'M' : 'F',
      familyName: sex === 'F' ? this.italianFamilyName() : draft.familyName,
    };
    const mother = sex === 'F' ? draft : otherParent;
    const father = sex === 'M' ? draft : otherParent;
    const children = Math.min(this.remaining(), this.random.chance(0.65) ? 1 : 2);
    for (let i = 0; i < children; i++) members.push(this.child(mother, father, formed, undefined, events));
    if (marital !== 'single') {
      const unionDay = this.between(
        birth + Math.floor(this.random.int(23, 32) * DAYS_PER_YEAR),
        this.today - 800,
      );
      events.push(this.event('marriage', unionDay, parent, {}));
      if (marital === 'divorced')
        events.push(this.event('divorce', this.between(unionDay + 365, this.today - 60), parent, {}));
    }
    return this.household(this.address(), members, events);
  }

  /** A family of the comune registered in AIRE: they live abroad and keep their ties to the comune. */
  private aireHousehold(): DemoHousehold {
    const events: RegistryEvent[] = [];
    const destination: AbroadDestination = this.random.weighted(DEMO_NAME_POOLS.abroad, this.abroadWeight);
    const country = this.countryOrigin(destination.iso2);
    const couple = this.remaining() >= 2 && this.random.chance(0.4);
    const headSex: Sex = this.random.chance(0.55) ? 'M' : 'F';
    const headBirth = this.birthForAge(26, 62);
    const registered = this.between(headBirth + Math.floor(23 * DAYS_PER_YEAR), this.today - 60);
    // Citizens of the comune who moved abroad: registered here since birth.
    const native = { status: 'aire' as const, arrivalFrom: undefined };
    const headDraft = this.italianAdult(headSex, headBirth, couple ? 'married' : 'single', registered);
    const drafts: PersonDraft[] = [{ ...headDraft, ...native, arrival: headBirth }];
    const partnerBirth = headBirth + Math.floor(this.random.int(-4, 4) * DAYS_PER_YEAR);
    if (couple) {
      const partnerSex: Sex = headSex === 'M' ? 'F' : 'M';
      const partnerDraft = this.italianAdult(partnerSex, partnerBirth, 'married', registered);
      drafts.push({ ...partnerDraft, ...native, arrival: partnerBirth });
    }
    const members = drafts.map((draft, index): MemberDraft => {
      const person = this.person(draft, events);
      events.push(
        this.event('aire_registration', registered, person, {
          countryCode: country.code,
          countryName: country.name,
        }),
      );
      return { person, relationshipCode: index === 0 ? HEAD_OF_HOUSEHOLD : SPOUSE, entry: registered };
    });
    if (couple) {
      const unionDay = this.between(
        Math.max(headBirth, partnerBirth) + Math.floor(24 * DAYS_PER_YEAR),
        registered,
      );
      this.union(members[0].person, members[1].person, unionDay, 'marriage', events);
    }
    const address: Address = {
      kind: 'abroad',
      countryCode: country.code,
      locality: this.random.pick(destination.localities),
      addressLine: `${this.random.pick(destination.streets)} ${this.random.int(1, 120)}`,
    };
    return this.household(address, members, events);
  }

  private nextHousehold(): DemoHousehold {
    const remaining = this.remaining();
    if (remaining === 1)
      return this.singleHousehold(this.random.chance(0.1) ? this.foreignPool() : undefined);
    if (this.random.chance(0.012)) return this.aireHousehold();
    if (this.random.chance(0.1)) return this.foreignHousehold(remaining);
    const roll = this.random.int(0, 999);
    if (roll < 300) return this.singleHousehold();
    if (roll < 570) {
      const kind = this.random.chance(0.03)
        ? 'civil_union'
        : this.random.chance(0.1)
          ? 'cohabiting'
          : 'married';
      const young = this.random.chance(0.25);
      return this.coupleHousehold({
        kind,
        headAge: young ? [26, 40] : [55, 88],
        children: 0,
        withParent: false,
      });
    }
    if (roll < 900 && remaining >= 3) {
      const children = Math.min(
        remaining - 2,
        this.random.chance(0.45) ? 1 : this.random.chance(0.76) ? 2 : 3,
      );
      const withParent = remaining - 2 - children >= 1 && this.random.chance(0.05);
      const kind = this.random.chance(0.12) ? 'cohabiting' : 'married';
      return this.coupleHousehold({ kind, headAge: [32, 64], children, withParent });
    }
    return this.singleParentHousehold();
  }

  private foreignPool(): ForeignNamePool {
    return this.random.weighted(DEMO_NAME_POOLS.foreign, this.foreignWeight);
  }

  private foreignHousehold(remaining: number): DemoHousehold {
    const pool = this.foreignPool();
    const roll = this.random.int(0, 99);
    if (roll < 35) return this.singleHousehold(pool);
    if (roll < 50 || remaining < 3) {
      return this.coupleHousehold({
        kind: 'married',
        headAge: [24, 50],
        children: 0,
        withParent: false,
        pool,
      });
    }
    const children = Math.min(remaining - 2, this.random.int(1, 3));
    return this.coupleHousehold({ kind: 'married', headAge: [27, 52], children, withParent: false, pool });
  }

  // ---- showcase households (see SHOWCASE_HOUSEHOLD_COUNT) ------------------------------------------

  private showcaseFamily(): DemoHousehold {
    const events: RegistryEvent[] = [];
    const headBirth = this.birthForAge(45, 45);
    const partnerBirth = headBirth + Math.floor(3 * DAYS_PER_YEAR) + this.random.int(0, 200);
    const unionDay = headBirth + Math.floor(30 * DAYS_PER_YEAR);
    const valid = (birth: number, years: number) => {
      const issued = this.today - this.random.int(200, 900);
      return { issued, expires: birthdayIn(birth, fromEpochDay(issued).year + years), kind: 'cie' as const };
    };
    const headDraft: PersonDraft = {
      ...this.italianAdult('M', headBirth, 'married', unionDay),
      arrival: headBirth,
      arrivalFrom: undefined,
      document: valid(headBirth, 10),
    };
    const partnerDraft: PersonDraft = {
      ...this.italianAdult('F', partnerBirth, 'married', unionDay),
      document: valid(partnerBirth, 10),
    };
    const head = this.person(headDraft, events);
    const partner = this.person(partnerDraft, events);
    this.union(head, partner, unionDay, 'marriage', events);
    const formed = Math.max(unionDay, partnerDraft.arrival);
    const members: MemberDraft[] = [
      { person: head, relationshipCode: HEAD_OF_HOUSEHOLD, entry: formed },
      { person: partner, relationshipCode: SPOUSE, entry: formed },
    ];
    for (const age of [16, 9]) {
      const sex: Sex = age === 16 ? 'F' : 'M';
      const birth = this.birthForAge(age, age);
      const child = this.person(
        {
          sex,
          birth,
          familyName: headDraft.familyName,
          givenName: this.italianGivenName(sex, birth),
          origin: originOf('D142'),
          citizenship: 'IT',
          maritalStatus: 'single',
          arrival: birth,
          document: valid(birth, 5),
        },
        events,
      );
      members.push({ person: child, relationshipCode: CHILD, entry: Math.max(formed, birth) });
    }
    return this.household(this.address(), members, events);
  }

  private showcaseForeigner(): DemoHousehold {
    const events: RegistryEvent[] = [];
    const pool = this.foreignPool();
    const country = this.countryOrigin(pool.iso2);
    const sex: Sex = this.random.chance(0.5) ? 'M' : 'F';
    const birth = this.birthForAge(31, 31);
    const arrival = this.today - this.random.int(3 * 365, 6 * 365);
    const issued = arrival + 120;
    const person = this.person(
      {
        sex,
        birth,
        familyName: this.foreignFamilyName(pool, sex),
        givenName: this.foreignGivenName(pool, sex),
        origin: country,
        citizenship: pool.iso2,
        maritalStatus: 'single',
        arrival,
        arrivalFrom: country,
        document: { issued, expires: birthdayIn(birth, fromEpochDay(issued).year + 10), kind: 'cie' },
      },
      events,
    );
    return this.household(
      this.address(),
      [{ person, relationshipCode: HEAD_OF_HOUSEHOLD, entry: arrival }],
      events,
    );
  }

  private showcaseWidow(): DemoHousehold {
    const events: RegistryEvent[] = [];
    const birth = this.birthForAge(82, 82);
    const unionDay = birth + Math.floor(24 * DAYS_PER_YEAR);
    const death = this.today - this.random.int(2 * 365, 4 * 365);
    const issued = this.today - this.random.int(3 * 365, 5 * 365);
    const draft: PersonDraft = {
      sex: 'F',
      birth,
      familyName: this.italianFamilyName(),
      givenName: this.italianGivenName('F', birth),
      origin: this.municipality,
      citizenship: 'IT',
      maritalStatus: 'widowed',
      arrival: birth,
      document: { issued, expires: birthdayIn(birth, fromEpochDay(issued).year + 10), kind: 'paper' },
    };
    const widow = this.person(draft, events);
    const formed = unionDay;
    const members: MemberDraft[] = [{ person: widow, relationshipCode: HEAD_OF_HOUSEHOLD, entry: formed }];
    members.push(this.lateSpouse(draft, widow, unionDay, death, formed, events));
    return this.household(this.address(), members, events);
  }

  private showcaseExpiringCard(): DemoHousehold {
    const events: RegistryEvent[] = [];
    // The card expires on the holder's birthday, 20 days from the reference date.
    // 36 years is a multiple of 4: a 29 February expiry gives a 29 February birth.
    const expires = this.today + 20;
    const expiry = fromEpochDay(expires);
    const birth = toEpochDay({ year: expiry.year - 36, month: expiry.month, day: expiry.day });
    const issued = birthdayIn(birth, expiry.year - 10) + this.random.int(5, 40);
    const sex: Sex = this.random.chance(0.5) ? 'M' : 'F';
    const draft: PersonDraft = {
      ...this.italianAdult(sex, birth, 'single', this.today - 400),
      document: { issued, expires, kind: 'cie' },
    };
    const person = this.person(draft, events);
    const formed = this.ownHousehold(draft, 25);
    return this.household(
      this.address(),
      [{ person, relationshipCode: HEAD_OF_HOUSEHOLD, entry: formed }],
      events,
    );
  }
}

/**
 * A deterministic, streaming demo population for a comune: the same options give the same households in the
 * same order, and households are produced one at a time so that a million persons never sit in memory.
 */
export function generateDemoPopulation(
  options: DemoPopulationOptions,
): Generator<DemoHousehold, void, undefined> {
  return new PopulationBuilder(options).households();
}

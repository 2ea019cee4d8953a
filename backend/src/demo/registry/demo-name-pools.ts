import namePools from './name-pools.json' with { type: 'json' };

/**
 * Names for the demo population, kept as data in `name-pools.json`. Italian given names change with the
 * generation (nobody born in 2015 is called Pierina); foreign pools give each community names that are coherent
 * with its birth country. Lists are ordered from the most to the least frequent: the generator favours the
 * first entries, so reordering or inserting a name changes the generated population and its codici fiscali.
 */

export type Generation = 'before1950' | 'from1950' | 'from1980' | 'from2000';

/** How a surname changes for women: Bulgarian adds -a (Ivanov, Ivanova), Sikh women are Kaur where men are Singh. */
export interface FemaleFamilyNameRule {
  /** Surnames that women bear in another form; the others stay as they are. */
  replacements?: Readonly<Record<string, string>>;
  /** Appended to every surname (after a replacement). */
  suffix?: string;
}

export interface ForeignNamePool {
  /** ISO 3166-1 alpha-2 of citizenship; the Belfiore code comes from the places table. */
  iso2: string;
  /** Relative size of the community (ISTAT, foreign residents of Spino d'Adda, 31.12.2020, rounded). */
  weight: number;
  familyNames: readonly string[];
  maleNames: readonly string[];
  femaleNames: readonly string[];
  femaleFamilyName?: FemaleFamilyNameRule;
}

export interface AbroadDestination {
  iso2: string;
  weight: number;
  localities: readonly string[];
  streets: readonly string[];
}

export interface DemoNamePools {
  italianFamilyNames: readonly string[];
  italianMaleNames: Readonly<Record<Generation, readonly string[]>>;
  italianFemaleNames: Readonly<Record<Generation, readonly string[]>>;
  foreign: readonly ForeignNamePool[];
  /** Where the comune's citizens registered in AIRE live. */
  abroad: readonly AbroadDestination[];
}

export const DEMO_NAME_POOLS: DemoNamePools = namePools;

/** The surname a woman of the pool bears, given the family's (or her own) surname. */
export function femaleFamilyName(pool: ForeignNamePool, familyName: string): string {
  const rule = pool.femaleFamilyName;
  if (!rule) return familyName;
  const replaced =
    rule.replacements && Object.hasOwn(rule.replacements, familyName)
      ? rule.replacements[familyName]
      : familyName;
  return replaced + (rule.suffix ?? '');
}

import { ageOn, type IsoDate } from '../../common/calendar/civil-date.js';
import { CHILD, HEAD_OF_HOUSEHOLD } from '../../registry/domain/household-relationships.js';
import type { Household, Person } from '../../registry/domain/registry-types.js';
import {
  type DemoHousehold,
  type DemoMunicipality,
  generateDemoPopulation,
  SHOWCASE_HOUSEHOLD_COUNT,
} from './demo-population.js';

export type DemoRole =
  | 'resident_with_family'
  | 'minor'
  | 'single_foreigner'
  | 'elderly_widow'
  | 'expiring_identity_card';

export interface DemoIdentity {
  role: DemoRole;
  /** What the identity shows in a demo, in Italian for the login page of the test identity provider. */
  description: string;
  person: Person;
  household: Household;
}

export const DEMO_ROLE_DESCRIPTIONS: Record<DemoRole, string> = {
  resident_with_family:
    'Intestatario di una famiglia con coniuge e due figli minori: stato di famiglia, certificati per i familiari.',
  minor: 'Figlio minorenne della famiglia precedente: i genitori possono chiedere certificati per lui.',
  single_foreigner:
    'Cittadino straniero che vive da solo, immigrato da pochi anni: cittadinanza e residenza.',
  elderly_widow: 'Vedova anziana; il marito deceduto resta nello storico della famiglia.',
  expiring_identity_card: "Residente con la carta d'identità elettronica in scadenza fra 20 giorni.",
};

export interface DemoIdentityOptions {
  seed: number;
  municipality?: DemoMunicipality;
  referenceDate: IsoDate;
}

function current(entry: DemoHousehold, relationshipCode: string): Person[] {
  return entry.household.members
    .filter((member) => member.relationshipCode === relationshipCode && member.exitDate === null)
    .map((member) => entry.persons.find((person) => person.id === member.personId))
    .filter((person): person is Person => person !== undefined);
}

function identity(
  role: DemoRole,
  person: Person | undefined,
  entry: DemoHousehold | undefined,
): DemoIdentity {
  if (!person || !entry) throw new Error(`The demo population has no ${role} identity`);
  return { role, description: DEMO_ROLE_DESCRIPTIONS[role], person, household: entry.household };
}

/**
 * The fixed set of demo identities of a population: the first households the generator produces (its showcase
 * households), so the same options always give the same people, whatever the population size.
 */
export function pickDemoIdentities(options: DemoIdentityOptions): Record<DemoRole, DemoIdentity> {
  const showcase: DemoHousehold[] = [];
  for (const entry of generateDemoPopulation({ ...options, size: 1000 })) {
    showcase.push(entry);
    if (showcase.length === SHOWCASE_HOUSEHOLD_COUNT) break;
  }
  const [family, foreigner, widow, expiring] = showcase;
  // The youngest child: the identity stays a minor for the longest time after the reference date.
  const minor =
    family &&
    current(family, CHILD)
      .sort((a, b) => (a.birthDate < b.birthDate ? 1 : -1))
      .find((child) => ageOn(child.birthDate, options.referenceDate) < 18);
  return {
    resident_with_family: identity(
      'resident_with_family',
      family && current(family, HEAD_OF_HOUSEHOLD)[0],
      family,
    ),
    minor: identity('minor', minor, family),
    single_foreigner: identity(
      'single_foreigner',
      foreigner && current(foreigner, HEAD_OF_HOUSEHOLD)[0],
      foreigner,
    ),
    elderly_widow: identity('elderly_widow', widow && current(widow, HEAD_OF_HOUSEHOLD)[0], widow),
    expiring_identity_card: identity(
      'expiring_identity_card',
      expiring && current(expiring, HEAD_OF_HOUSEHOLD)[0],
      expiring,
    ),
  };
}

import { describe, expect, it } from 'vitest';
import { addDays, ageOn } from '../../common/calendar/civil-date.js';
import { checkFiscalCode, computeFiscalCode, decodeFiscalCode } from '../../common/italian/fiscal-code.js';
import { HEAD_OF_HOUSEHOLD } from '../../registry/domain/household-relationships.js';
import { findPlaceByCode } from '../../registry/domain/places.js';
import type { Person } from '../../registry/domain/registry-types.js';
import { type DemoHousehold, generateDemoPopulation, SHOWCASE_HOUSEHOLD_COUNT } from './demo-population.js';
import { DEMO_STREET_REGISTER } from './demo-street-register.js';

const TODAY = '2026-03-01';

function take(iterable: Iterable<DemoHousehold>, count: number): DemoHousehold[] {
  const taken: DemoHousehold[] = [];
  for (const entry of iterable) {
    taken.push(entry);
    if (taken.length === count) break;
  }
  return taken;
}

function countPersons(size: number, seed = 1): number {
  let persons = 0;
  for (const entry of generateDemoPopulation({ seed, size, referenceDate: TODAY }))
    persons += entry.persons.length;
  return persons;
}

describe('generateDemoPopulation determinism', () => {
  it('should produce identical households for the same seed, whatever the population size', () => {
    const first = take(generateDemoPopulation({ seed: 42, referenceDate: TODAY }), 60);
    const again = take(generateDemoPopulation({ seed: 42, referenceDate: TODAY }), 60);
    const smaller = take(generateDemoPopulation({ seed: 42, size: 2000, referenceDate: TODAY }), 60);
    expect(again).toEqual(first);
    expect(smaller).toEqual(first);
  });

  it('should produce different people for a different seed', () => {
    const fiscalCodes = (seed: number) =>
      take(generateDemoPopulation({ seed, referenceDate: TODAY }), 60).flatMap((entry) =>
        entry.persons.map((person) => person.fiscalCode),
      );
    const a = fiscalCodes(42);
    const b = new Set(fiscalCodes(43));
    expect(a.filter((code) => b.has(code)).length).toBeLessThan(3);
  });

  it('should generate exactly the requested number of persons', () => {
    expect(countPersons(1)).toBe(1);
    expect(countPersons(9)).toBe(9);
    expect(countPersons(137, 5)).toBe(137);
  });
});

describe('generateDemoPopulation at the default size of 7,000', () => {
  const households = [...generateDemoPopulation({ seed: 42, referenceDate: TODAY })];
  const persons = households.flatMap((entry) => entry.persons);
  const residents = persons.filter((person) => person.status === 'resident');
  const share = (people: Person[], predicate: (person: Person) => boolean) =>
    people.filter(predicate).length / people.length;

  it('should have about 2,900 households and 7,000 persons', () => {
    expect(persons).toHaveLength(7000);
    expect(households.length).toBeGreaterThan(2610);
    expect(households.length).toBeLessThan(3190);
  });

  it('should give everyone a valid, unique codice fiscale computed from the generalità', () => {
    expect(new Set(persons.map((person) => person.fiscalCode)).size).toBe(persons.length);
    for (const person of persons) {
      expect(checkFiscalCode(person.fiscalCode).valid).toBe(true);
      const { omocodiaLevel } = decodeFiscalCode(person.fiscalCode, TODAY);
      expect(computeFiscalCode(person, omocodiaLevel)).toBe(person.fiscalCode);
    }
  });

  it('should give every household exactly one current head, of age, who is the declared head', () => {
    for (const { household, persons: members } of households) {
      const heads = household.members.filter(
        (member) => member.relationshipCode === HEAD_OF_HOUSEHOLD && member.exitDate === null,
      );
      expect(heads).toHaveLength(1);
      expect(heads[0].personId).toBe(household.headPersonId);
      const head = members.find((person) => person.id === household.headPersonId);
      expect(ageOn(head?.birthDate ?? TODAY, TODAY)).toBeGreaterThanOrEqual(18);
    }
  });

  it('should have a plausible age pyramid', () => {
    const ages = residents.map((person) => ageOn(person.birthDate, TODAY));
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ages)).toBeLessThanOrEqual(105);
    const minors = ages.filter((age) => age < 18).length / ages.length;
    const elderly = ages.filter((age) => age >= 65).length / ages.length;
    expect(minors).toBeGreaterThan(0.12);
    expect(minors).toBeLessThan(0.25);
    expect(elderly).toBeGreaterThan(0.12);
    expect(elderly).toBeLessThan(0.3);
  });

  it('should keep dates coherent: entries after birth, children younger than the head, nobody married under 16', () => {
    for (const { household, persons: members } of households) {
      const byId = new Map(members.map((person) => [person.id, person]));
      const head = byId.get(household.headPersonId);
      for (const member of household.members) {
        const person = byId.get(member.personId);
        expect(person).toBeDefined();
        if (!person || !head) continue;
        expect(member.entryDate >= person.birthDate).toBe(true);
        expect(member.entryDate <= TODAY).toBe(true);
        if (member.exitDate) expect(member.exitDate >= member.entryDate).toBe(true);
        if (member.relationshipCode === '03') expect(person.birthDate > head.birthDate).toBe(true);
        if (person.maritalStatus !== 'single')
          expect(ageOn(person.birthDate, TODAY)).toBeGreaterThanOrEqual(16);
      }
    }
  });

  it('should include AIRE residents abroad, deceased and emigrated persons kept as history', () => {
    const aire = households.filter((entry) => entry.household.address.kind === 'abroad');
    expect(aire.length).toBeGreaterThanOrEqual(10);
    expect(aire.every((entry) => entry.persons.every((person) => person.status === 'aire'))).toBe(true);
    const deceased = persons.filter((person) => person.status === 'deceased');
    expect(deceased.length).toBeGreaterThanOrEqual(20);
    for (const person of deceased) {
      expect(person.deathDate).toBeDefined();
      expect(person.identityDocument).toBeNull();
    }
    const history = households.flatMap((entry) =>
      entry.household.members.filter((member) => member.exitDate !== null),
    );
    expect(history.length).toBe(
      persons.filter((person) => person.status === 'deceased' || person.status === 'emigrated').length,
    );
    expect(persons.some((person) => person.status === 'emigrated')).toBe(true);
  });

  it('should have about 10% foreign citizens, born abroad when they arrived as adults', () => {
    const foreign = share(residents, (person) => person.citizenship !== 'IT');
    expect(foreign).toBeGreaterThan(0.07);
    expect(foreign).toBeLessThan(0.15);
    const foreignAdults = residents.filter(
      (person) => person.citizenship !== 'IT' && ageOn(person.birthDate, TODAY) >= 30,
    );
    expect(foreignAdults.every((person) => person.birthPlaceCode.startsWith('Z'))).toBe(true);
    expect(new Set(residents.map((person) => person.citizenship)).size).toBeGreaterThanOrEqual(12);
  });

  it('should use every marital status, coherent with the household', () => {
    const statuses = new Set(persons.map((person) => person.maritalStatus));
    expect([...statuses].sort()).toEqual(
      ['civil_union', 'civil_union_dissolved', 'divorced', 'married', 'single', 'widowed'].sort(),
    );
    for (const { household, persons: members } of households) {
      for (const member of household.members) {
        const person = members.find((candidate) => candidate.id === member.personId);
        if (member.relationshipCode === '02') expect(person?.maritalStatus).toBe('married');
        if (member.relationshipCode === '28') expect(person?.maritalStatus).toBe('civil_union');
      }
    }
  });

  it('should give identity documents with unique numbers, some of them expiring within 60 days', () => {
    const documents = persons.flatMap((person) => (person.identityDocument ? [person.identityDocument] : []));
    expect(documents.length).toBeGreaterThan(persons.length * 0.6);
    expect(new Set(documents.map((document) => document.number)).size).toBe(documents.length);
    const soon = documents.filter(
      (document) => document.expiresOn >= TODAY && document.expiresOn <= addDays(TODAY, 60),
    );
    expect(soon.length).toBeGreaterThanOrEqual(5);
    for (const document of documents) expect(document.expiresOn > document.issuedOn).toBe(true);
  });

  it('should record how each person entered the registry and their unions and deaths', () => {
    const events = households.flatMap((entry) => entry.events);
    const entered = new Set(
      events
        .filter((event) => event.kind === 'birth' || event.kind === 'immigration')
        .map((event) => event.personId),
    );
    expect(persons.every((person) => entered.has(person.id))).toBe(true);
    const married = new Set(
      events.filter((event) => event.kind === 'marriage').map((event) => event.personId),
    );
    expect(
      persons
        .filter((person) => person.maritalStatus === 'married')
        .every((person) => married.has(person.id)),
    ).toBe(true);
    const deaths = new Set(events.filter((event) => event.kind === 'death').map((event) => event.personId));
    expect(
      persons.filter((person) => person.status === 'deceased').every((person) => deaths.has(person.id)),
    ).toBe(true);
    expect(events.every((event) => event.date <= TODAY)).toBe(true);
    for (const kind of ['address_change', 'divorce', 'aire_registration', 'emigration', 'civil_union']) {
      expect(events.some((event) => event.kind === kind)).toBe(true);
    }
  });

  it('should place households on the Spino d Adda street register and births on known places', () => {
    const streets = new Set(DEMO_STREET_REGISTER.map((street) => street.code));
    const used = new Set<string>();
    for (const { household } of households) {
      if (household.address.kind === 'street') {
        expect(streets.has(household.address.streetCode)).toBe(true);
        used.add(household.address.streetCode);
      }
    }
    expect(used.size).toBeGreaterThanOrEqual(40);
    expect(
      persons.every((person) => findPlaceByCode(person.birthPlaceCode)?.name === person.birthPlaceName),
    ).toBe(true);
  });

  it('should start with the showcase households used as demo identities', () => {
    const [family, foreigner, widow, expiring] = households.slice(0, SHOWCASE_HOUSEHOLD_COUNT);
    expect(family.household.members.map((member) => member.relationshipCode)).toEqual([
      '01',
      '02',
      '03',
      '03',
    ]);
    expect(foreigner.persons[0].citizenship).not.toBe('IT');
    expect(widow.persons.map((person) => person.status)).toEqual(['resident', 'deceased']);
    expect(expiring.persons[0].identityDocument?.expiresOn).toBe(addDays(TODAY, 20));
  });
});

describe('generateDemoPopulation for another comune', () => {
  it('should use the given comune as birth place of natives and only the generic street names', () => {
    const households = [
      ...generateDemoPopulation({
        seed: 9,
        size: 3000,
        municipality: { cadastralCode: 'G306', name: 'Pandino' },
        referenceDate: TODAY,
      }),
    ];
    const attested = new Set(
      DEMO_STREET_REGISTER.filter((street) => street.attested).map((street) => street.code),
    );
    for (const { household } of households) {
      if (household.address.kind === 'street') expect(attested.has(household.address.streetCode)).toBe(false);
    }
    expect(households.some((entry) => entry.persons.some((person) => person.birthPlaceCode === 'G306'))).toBe(
      true,
    );
  });
});

describe('generateDemoPopulation at scale', () => {
  it('should stream 100,000 persons quickly with unique codici fiscali', () => {
    const started = performance.now();
    const fiscalCodes = new Set<string>();
    let persons = 0;
    for (const entry of generateDemoPopulation({ seed: 2026, size: 100_000, referenceDate: TODAY })) {
      for (const person of entry.persons) fiscalCodes.add(person.fiscalCode);
      persons += entry.persons.length;
    }
    expect(persons).toBe(100_000);
    expect(fiscalCodes.size).toBe(100_000);
    // About one second on an idle developer machine; the bound leaves room for a busy CI runner.
    expect(performance.now() - started).toBeLessThan(8000);
  }, 20_000);
});

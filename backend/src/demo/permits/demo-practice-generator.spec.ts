import { describe, expect, it } from 'vitest';
import { computeFiscalCode } from '../../common/italian/fiscal-code.js';
import { romeDay } from '../../common/italian/rome-day.js';
import { PRACTICE_STATES } from '../../permits/domain/practice-state.js';
import { applyTransition } from '../../permits/domain/practice-state-machine.js';
import { PRACTICE_TYPES } from '../../permits/domain/practice-type.js';
import { type DemoPracticeOptions, generateDemoPractices } from './demo-practice-generator.js';

const NAMES = [
  'Mario Rossi',
  'Anna Bianchi',
  'Luca Verdi',
  'Giulia Neri',
  'Paolo Gallo',
  'Sara Conti',
  'Marco Villa',
];

const RESIDENTS = NAMES.map((name, index) => {
  const [givenName, familyName] = name.split(' ');
  return {
    givenName,
    familyName,
    fiscalCode: computeFiscalCode({
      givenName,
      familyName,
      sex: index % 2 === 0 ? 'M' : 'F',
      birthDate: `19${60 + index}-0${1 + index}-1${index}`,
      birthPlaceCode: 'I914',
    }),
    email: index === 3 ? null : `${givenName.toLowerCase()}@example.test`,
  };
});

const OPTIONS: DemoPracticeOptions = {
  seed: 42,
  count: 400,
  residents: RESIDENTS,
  staff: [
    { fiscalCode: 'BNCNNA70A41I914Y', name: 'Geom. Anna Bianchi' },
    { fiscalCode: 'FRRLGU72B12I914Z', name: 'Arch. Luigi Ferrari' },
  ],
  today: '2026-05-15',
};

describe('generateDemoPractices', () => {
  const practices = generateDemoPractices(OPTIONS);

  it('should give the same practices for the same seed and day', () => {
    expect(generateDemoPractices(OPTIONS)).toEqual(practices);
    expect(generateDemoPractices({ ...OPTIONS, seed: 43 })).not.toEqual(practices);
  });

  it('should cover every type and every state', () => {
    expect(new Set(practices.map((practice) => practice.type))).toEqual(new Set(PRACTICE_TYPES));
    expect(new Set(practices.map((practice) => practice.state))).toEqual(new Set(PRACTICE_STATES));
  });

  it('should build each timeline with the state machine, on past days, in order', () => {
    for (const practice of practices) {
      const [first, ...rest] = practice.timeline;
      expect(first.from).toBeNull();
      expect(romeDay(first.at)).toBe(practice.protocolDate);
      let replayed = { type: practice.type, timeline: [first], constraints: practice.constraints };
      for (const entry of rest) {
        const { transition } = applyTransition(
          replayed,
          {
            to: entry.to,
            publicNote: entry.publicNote,
            internalNote: entry.internalNote,
            dueDate: entry.dueDate,
            requestedDocuments: entry.requestedDocuments,
            decision: entry.decision,
            caseOfficer: entry.caseOfficer,
          },
          entry.actor,
          new Date(entry.at),
        );
        expect(transition).toEqual(entry);
        replayed = { ...replayed, timeline: [...replayed.timeline, transition] };
      }
      expect(practice.timeline.at(-1)!.to).toBe(practice.state);
      expect(romeDay(practice.timeline.at(-1)!.at) <= OPTIONS.today).toBe(true);
    }
  });

  it('should file nothing after today when today is a Sunday (a Saturday no longer moves to tomorrow)', () => {
    const sunday = generateDemoPractices({ ...OPTIONS, today: '2026-12-06' });
    const dates = new Set(sunday.map((practice) => practice.protocolDate));
    expect([...dates].every((date) => date <= '2026-12-06')).toBe(true);
    // Yesterday's Saturday went back to Friday the 4th rather than vanishing.
    expect(dates.has('2026-12-05') || dates.has('2026-12-07')).toBe(false);
  });

  it('should give protocol numbers unique per year, and the featured residents several practices', () => {
    expect(new Set(practices.map((practice) => practice.protocolNumber)).size).toBe(practices.length);
    for (const resident of RESIDENTS.slice(0, 5)) {
      const own = practices.filter((practice) =>
        practice.parties.some(
          (party) => party.role === 'applicant' && party.fiscalCode === resident.fiscalCode,
        ),
      );
      expect(own.length).toBeGreaterThanOrEqual(4);
    }
  });

  it('should name a case officer on every practice the office has handled', () => {
    for (const practice of practices) {
      if (practice.timeline.some((entry) => entry.actor.role === 'permits' && entry.from !== null)) {
        expect(practice.caseOfficer).not.toBeNull();
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { legalClock } from './legal-clock.js';
import type { Practice, PracticeTransition } from './practice.js';
import {
  ANSWERING_STATES,
  APPLICANT_REQUEST_KINDS,
  APPLICANT_WAITING_STATES,
  PRACTICE_STATE_INFO,
  PRACTICE_STATES,
  type PracticeState,
} from './practice-state.js';
import { initialState, PRACTICE_MOVES } from './practice-state-machine.js';
import { PRACTICE_TYPES } from './practice-type.js';

// A state added to the table must fit the rest of the module: these checks name what a new entry forgot.
const INITIAL = new Set(PRACTICE_TYPES.map(initialState));

function movesFrom(state: PracticeState) {
  return PRACTICE_MOVES.filter((move) => move.from.includes(state));
}

function entry(to: PracticeState, from: PracticeState | null, at: string): PracticeTransition {
  return {
    from,
    to,
    at,
    actor: { id: 'BNCNNA70A41I914Y', role: 'permits', name: 'Anna Bianchi' },
    publicNote: null,
    internalNote: null,
    dueDate: null,
    decision: null,
    requestedDocuments: [],
    caseOfficer: null,
  };
}

describe('the catalogue of practice states', () => {
  it.each(PRACTICE_STATES)('should let some practice reach "%s"', (state) => {
    expect(INITIAL.has(state) || PRACTICE_MOVES.some((move) => move.to === state)).toBe(true);
  });

  it.each(PRACTICE_STATES)('should let "%s" be left exactly when it is not terminal', (state) => {
    expect(movesFrom(state).length > 0).toBe(!PRACTICE_STATE_INFO[state].terminal);
  });

  it.each(APPLICANT_WAITING_STATES)('should let the applicant answer the request "%s" opens', (state) => {
    expect(movesFrom(state).some((move) => PRACTICE_STATE_INFO[move.to].answersRequest)).toBe(true);
  });

  it('should file a state under "da integrare" exactly when it waits for the applicant', () => {
    for (const state of PRACTICE_STATES) {
      const info = PRACTICE_STATE_INFO[state];
      expect(info.bucket === 'da_integrare', state).toBe(info.waitsFor === 'applicant');
    }
  });

  it('should wait for nobody and run no term once a practice is concluded', () => {
    for (const state of PRACTICE_STATES.filter((candidate) => PRACTICE_STATE_INFO[candidate].terminal)) {
      expect(PRACTICE_STATE_INFO[state], state).toMatchObject({ waitsFor: 'nobody', term: 'none' });
      expect(['accettate', 'rifiutate'], state).toContain(PRACTICE_STATE_INFO[state].bucket);
    }
  });

  it('should name every state differently, in Italian and in English', () => {
    for (const locale of ['it', 'en'] as const) {
      const labels = PRACTICE_STATES.map((state) => PRACTICE_STATE_INFO[state].label[locale]);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it('should derive the lists the repository and the views read', () => {
    expect(APPLICANT_WAITING_STATES).toEqual([
      'integration_requested',
      'changes_requested',
      'refusal_notice',
    ]);
    expect(APPLICANT_REQUEST_KINDS).toEqual(['integration', 'changes', 'observations']);
    expect(ANSWERING_STATES).toEqual(['under_review', 'integrations_submitted']);
  });

  it.each(PRACTICE_STATES.filter((state) => !PRACTICE_STATE_INFO[state].terminal))(
    'should stop the term of a permesso di costruire in "%s" exactly when the state interrupts or suspends it',
    (state) => {
      const practice: Practice = {
        type: 'PDC',
        constraints: 'none',
        timeline: [
          entry('submitted', null, '2026-03-02T09:00:00Z'),
          entry('assigned', 'submitted', '2026-03-05T09:00:00Z'),
          entry('under_review', 'assigned', '2026-03-10T09:00:00Z'),
          entry(state, 'under_review', '2026-03-20T09:00:00Z'),
        ],
      };
      const stops = ['interrupts', 'suspends_until_answer', 'suspends_for_observations'].includes(
        PRACTICE_STATE_INFO[state].term,
      );
      expect(legalClock(practice, new Date('2026-03-21T09:00:00Z')).paused).toBe(stops);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { PRACTICE_STATE_INFO, PRACTICE_STATES, type ResidentBucket } from './practice-state.js';

describe('practice states for the resident', () => {
  it.each<[ResidentBucket, string[]]>([
    ['inviate', ['submitted']],
    ['in_elaborazione', ['assigned', 'under_review', 'integrations_submitted', 'under_check']],
    ['da_integrare', ['integration_requested', 'changes_requested', 'refusal_notice']],
    ['accettate', ['effective', 'granted']],
    ['rifiutate', ['rejected', 'archived', 'withdrawn']],
  ])('should file under "%s" exactly the states %j', (bucket, states) => {
    expect(PRACTICE_STATES.filter((state) => PRACTICE_STATE_INFO[state].bucket === bucket)).toEqual(states);
  });

  it('should give every state an Italian and an English label', () => {
    for (const state of PRACTICE_STATES) {
      expect(PRACTICE_STATE_INFO[state].label.it).toMatch(/^[A-Z]/);
      expect(PRACTICE_STATE_INFO[state].label.en).toMatch(/^[A-Z]/);
      expect(PRACTICE_STATE_INFO[state].label.en).not.toBe(PRACTICE_STATE_INFO[state].label.it);
    }
  });

  it('should treat exactly the concluded states as terminal', () => {
    expect(PRACTICE_STATES.filter((state) => PRACTICE_STATE_INFO[state].terminal)).toEqual([
      'granted',
      'rejected',
      'archived',
      'withdrawn',
    ]);
  });
});

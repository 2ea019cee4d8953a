import { describe, expect, it } from 'vitest';
import {
  RESIDENT_BUCKETS as BACKEND_BUCKETS,
  PRACTICE_STATES as BACKEND_STATES,
  PRACTICE_STATE_INFO,
  RESIDENT_BUCKET_LABEL,
} from '../../../../backend/src/permits/domain/practice-state';
import { permitsEn } from '../../i18n/permits-en';
import { permitsIt } from '../../i18n/permits-it';
import { PRACTICE_STATES, RESIDENT_BUCKETS } from './practice-states';

// Until the page texts come from the API, the labels here are a copy of the backend's table: this keeps them one.
describe('the permit states the frontend knows', () => {
  it('should be the states and filters of the backend, in its order', () => {
    expect(PRACTICE_STATES).toEqual(BACKEND_STATES);
    expect(RESIDENT_BUCKETS).toEqual(BACKEND_BUCKETS);
  });

  it('should label them as the backend does, in Italian and in English', () => {
    for (const state of BACKEND_STATES) {
      expect(permitsIt.states[state], state).toBe(PRACTICE_STATE_INFO[state].label.it);
      expect(permitsEn.states[state], state).toBe(PRACTICE_STATE_INFO[state].label.en);
    }
    for (const bucket of BACKEND_BUCKETS) {
      expect(permitsIt.buckets[bucket], bucket).toBe(RESIDENT_BUCKET_LABEL[bucket].it);
      expect(permitsEn.buckets[bucket], bucket).toBe(RESIDENT_BUCKET_LABEL[bucket].en);
    }
  });
});

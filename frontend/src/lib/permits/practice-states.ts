import { permitsIt } from '../../i18n/permits-it';
import type { PracticeState, ResidentBucket } from '../api/permits';

/**
 * The keys of a label table that names each value of `Key` once and nothing else: a state the API sends without
 * a label, or a label of a state it no longer knows, is a type error here rather than a gap on a page.
 */
function labelledKeys<Key extends string, Labels extends Record<Key, string>>(
  labels: Labels & Record<Exclude<keyof Labels, Key>, never>,
): readonly Key[] {
  return Object.keys(labels) as Key[];
}

/**
 * The states and the resident's filters in the order the backend's table gives them (`permits/domain/
 * practice-state.ts`), read from the labels every page needs anyway, so the frontend keeps no list of its own.
 */
export const PRACTICE_STATES = labelledKeys<PracticeState, typeof permitsIt.states>(permitsIt.states);

export const RESIDENT_BUCKETS = labelledKeys<ResidentBucket, typeof permitsIt.buckets>(permitsIt.buckets);

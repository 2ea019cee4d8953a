import {
  PRACTICE_TYPES,
  type PracticeState,
  type PracticeType,
  type QueueFilters,
  type ResidentBucket,
} from '../api/permits';
import { PRACTICE_STATES, RESIDENT_BUCKETS } from './practice-states';

type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function oneOf<T extends string>(allowed: readonly T[], value: string | undefined): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/** The queue filters from the page address; anything unknown is dropped rather than sent to the backend. */
export function queueFiltersFrom(params: SearchParams): QueueFilters {
  const page = Number.parseInt(first(params.page) ?? '', 10);
  const officer = first(params.officer)?.trim();
  const q = first(params.q)?.trim();
  return {
    state: oneOf<PracticeState>(PRACTICE_STATES, first(params.state)),
    type: oneOf<PracticeType>(PRACTICE_TYPES, first(params.type)),
    officer: officer ? officer.slice(0, 20) : undefined,
    overdue: first(params.overdue) === 'true' ? true : undefined,
    q: q ? q.slice(0, 100) : undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}

/** The filters back as a query string (without the page), for pagination links. */
export function queueQuery(filters: QueueFilters): URLSearchParams {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (name !== 'page' && value !== undefined) query.set(name, String(value));
  }
  return query;
}

/** The resident's list filter (`?stato=da_integrare`). */
export function bucketFrom(params: SearchParams): ResidentBucket | undefined {
  return oneOf<ResidentBucket>(RESIDENT_BUCKETS, first(params.stato));
}

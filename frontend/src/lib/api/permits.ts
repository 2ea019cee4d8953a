import { serverApi } from './api-fetch';
import { bodyOf } from './read-api-response';
import type { components } from './schema';

/** Backend module `permits`: building-permit practices (pratiche edilizie), for residents and the office. */

type Schemas = components['schemas'];

export type PracticeType = Schemas['QueueItemView']['type'];
export type PracticeState = Schemas['QueueItemView']['state'];
/** The filters of the area personale (Designers Italia). */
export type ResidentBucket = Schemas['ResidentPracticeSummaryView']['bucket'];

// The backend owns the list; a record keyed by its type makes the compiler refuse a missing or unknown type. The
// order is the order the filters show them in. (States and buckets: `lib/permits/practice-states.ts`.)
const TYPE_ORDER: Record<PracticeType, true> = {
  CIL: true,
  CILA: true,
  SCIA: true,
  SCIA_ALTERNATIVA: true,
  PDC: true,
  SCA: true,
  CFL: true,
};

export const PRACTICE_TYPES = Object.keys(TYPE_ORDER) as readonly PracticeType[];

export type PartyRole = Schemas['PartyView']['role'];
export type ActorRole = Schemas['ActorView']['role'];
export type TransitionField = Schemas['AllowedTransitionView']['requires'][number];
export type MilestoneKind = Schemas['LegalMilestoneView']['kind'];
export type Decision = Schemas['DecisionView'];
export type LegalClock = Schemas['LegalClockView'];
export type AllowedTransition = Schemas['AllowedTransitionView'];
/** One step of the practice; the office's view adds `internalNote` and the actor's `id`. */
export type TimelineEntry = Schemas['TimelineEntryView'] &
  Partial<Pick<Schemas['StaffTimelineEntryView'], 'internalNote'>> & { actor: { id?: string } };
export type IntegrationRequest = Schemas['IntegrationRequestView'];
export type PracticeDocument = Schemas['DocumentView'];
export type SignedPracticeDocument = Schemas['SignedDocumentView'];
/** `GET /api/permits/{id}`: what a party sees (no internal notes). */
export type ResidentPractice = Schemas['ResidentPracticeView'];
/** `GET /api/staff/permits/{id}`: what the permits office sees. */
export type StaffPractice = Schemas['StaffPracticeView'];
export type ResidentPracticeSummary = Schemas['ResidentPracticeSummaryView'];
export type ResidentPracticeList = Schemas['ResidentPracticeListView'];
export type QueueItem = Schemas['QueueItemView'];
export type QueuePage = Schemas['QueuePageView'];
/** The body of `POST .../transitions`, for residents and staff alike. */
export type TransitionRequest = Schemas['TransitionPracticeDto'];

export interface QueueFilters {
  state?: PracticeState;
  type?: PracticeType;
  /** A codice fiscale, `me` or `none`. */
  officer?: string;
  overdue?: boolean;
  q?: string;
  page?: number;
}

/** The body of `POST .../transitions`, for residents and staff alike. */

export function getMyPractices(bucket?: ResidentBucket): Promise<ResidentPracticeList> {
  return bodyOf(serverApi().GET('/api/permits', { params: { query: bucket ? { bucket } : undefined } }));
}

export function getMyPractice(id: string): Promise<ResidentPractice> {
  return bodyOf(serverApi().GET('/api/permits/{id}', { params: { path: { id } } }));
}

export function getPermitsQueue(filters: QueueFilters): Promise<QueuePage> {
  const { state, type, officer, overdue, q, page } = filters;
  const query = {
    ...(state ? { state: [state] } : {}),
    ...(type ? { type: [type] } : {}),
    ...(officer ? { officer } : {}),
    ...(overdue !== undefined ? { overdue } : {}),
    ...(q ? { q } : {}),
    ...(page !== undefined ? { page } : {}),
  };
  return bodyOf(serverApi().GET('/api/staff/permits', { params: { query } }));
}

export function getStaffPractice(id: string): Promise<StaffPractice> {
  return bodyOf(serverApi().GET('/api/staff/permits/{id}', { params: { path: { id } } }));
}

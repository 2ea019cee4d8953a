import { serverApi } from './api-fetch';
import { bodyOf } from './read-api-response';
import type { components } from './schema';

/** Backend module `permits`: building-permit practices (pratiche edilizie), for residents and the office. */

type Schemas = components['schemas'];

export type PracticeType = Schemas['QueueItemView']['type'];
export type PracticeState = Schemas['QueueItemView']['state'];
/** The filters of the area personale (Designers Italia). */
export type ResidentBucket = Schemas['ResidentPracticeSummaryView']['bucket'];

// The backend owns these lists; records keyed by their types make the compiler refuse a missing or unknown value.
// The order is the order the pages show them in.
const BUCKET_ORDER: Record<ResidentBucket, true> = {
  inviate: true,
  in_elaborazione: true,
  da_integrare: true,
  accettate: true,
  rifiutate: true,
};
const TYPE_ORDER: Record<PracticeType, true> = {
  CIL: true,
  CILA: true,
  SCIA: true,
  SCIA_ALTERNATIVA: true,
  PDC: true,
  SCA: true,
};
const STATE_ORDER: Record<PracticeState, true> = {
  submitted: true,
  assigned: true,
  under_review: true,
  integration_requested: true,
  integrations_submitted: true,
  changes_requested: true,
  refusal_notice: true,
  effective: true,
  under_check: true,
  granted: true,
  rejected: true,
  archived: true,
  withdrawn: true,
};

export const RESIDENT_BUCKETS = Object.keys(BUCKET_ORDER) as readonly ResidentBucket[];
export const PRACTICE_TYPES = Object.keys(TYPE_ORDER) as readonly PracticeType[];
export const PRACTICE_STATES = Object.keys(STATE_ORDER) as readonly PracticeState[];

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
